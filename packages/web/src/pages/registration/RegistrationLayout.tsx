import { Breadcrumb, Skeleton, Tabs, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { CommitteeWarningBanner } from '../../components/committee/CommitteeWarningBanner.js';
import { QueryError } from '../../components/QueryError.js';
import { villagePage } from '../../components/registration/model.js';
import { useRoundVillage } from '../../hooks/useRegistration.js';

/**
 * The village's work in a round, screen by screen in the order it is done, grouped by phase: a row of
 * phases (概览 holds the schedule and the daily reports) above the screens of the current phase (twenty screens in one row do not fit 1366 px).
 * A screen added here needs its route in AppRoutes.
 */
const PHASES = [
  {
    key: 'schedule',
    label: '概览',
    tabs: [
      { key: 'schedule', label: '日程' },
      { key: 'daily-report', label: '每日直报' },
    ],
  },
  {
    key: 'registration',
    label: '选民登记',
    tabs: [
      { key: 'voters', label: '选民名单' },
      { key: 'import', label: '导入户籍' },
      { key: 'objections', label: '申诉' },
      { key: 'proxies', label: '委托投票' },
      { key: 'representatives', label: '村民代表' },
    ],
  },
  {
    key: 'preparation',
    label: '选举准备',
    tabs: [
      { key: 'committee', label: '选委会' },
      { key: 'seats', label: '职数方案' },
      { key: 'nomination', label: '提名' },
      { key: 'review', label: '联审' },
      { key: 'candidates', label: '候选人' },
      { key: 'polling', label: '投票安排' },
      { key: 'ballots', label: '选票' },
    ],
  },
  {
    key: 'polling-day',
    label: '投票选举',
    tabs: [
      { key: 'checkin', label: '签到发票' },
      { key: 'count', label: '计票' },
      { key: 'result', label: '选举结果' },
      { key: 'recall', label: '罢免补选' },
    ],
  },
  {
    key: 'after',
    label: '选后工作',
    tabs: [
      { key: 'bodies', label: '村级班子' },
      { key: 'handover', label: '交接' },
      { key: 'archive', label: '档案' },
    ],
  },
];

const TABS = PHASES.flatMap((p) => p.tabs);
const phaseOf = (tab: string) => PHASES.find((p) => p.tabs.some((t) => t.key === tab)) ?? PHASES[1]!;

const AFTER_NOMINATION = new Set(['nomination', 'review', 'candidates', 'polling', 'ballots']);

function activeTab(pathname: string): string {
  const rest = pathname.split('/').slice(5);
  if (rest[0] === 'voters' && rest[1] === 'import') return 'import';
  if (rest[0] === 'sheets') return 'count';
  return rest[0] ?? 'voters';
}

/** One village's work in one round: the round and village above, a tab per screen. */
export function RegistrationLayout() {
  const { roundId = '', code = '' } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { round, village } = useRoundVillage({ roundId, code });

  if (round.error) return <QueryError error={round.error} onRetry={() => round.refetch()} />;
  if (!round.data) return <Skeleton active />;
  const name = village?.name ?? code;
  const base = villagePage(roundId, code);
  const tab = activeTab(pathname);
  const phase = phaseOf(tab);
  const go = (key: string) => navigate(key === 'import' ? `${base}/voters/import` : `${base}/${key}`);

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data.name}</Link> },
          { title: <Link to={`/regions/${code}`}>{name}</Link> },
          { title: TABS.find((t) => t.key === tab)?.label ?? '换届工作' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {name} · 换届工作
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        选举日：{village?.electionDay ?? '未定'}
        {village?.townshipName ? ` · ${village.townshipName}` : ''}
      </Typography.Paragraph>
      <Tabs
        activeKey={phase.key}
        items={PHASES.map(({ key, label }) => ({ key, label }))}
        onChange={(key) => go(PHASES.find((p) => p.key === key)?.tabs[0]?.key ?? 'voters')}
        style={{ marginBottom: 0 }}
      />
      {phase.tabs.length > 1 && (
        <Tabs
          size="small"
          type="card"
          activeKey={tab}
          items={phase.tabs}
          onChange={go}
          style={{ marginBottom: 8 }}
          aria-label={`${phase.label}的工作`}
        />
      )}
      {/* a committee member who must withdraw (C2-2, C2-6) is everyone's business from nomination on */}
      {AFTER_NOMINATION.has(tab) && <CommitteeWarningBanner village={{ roundId, code }} />}
      <Outlet />
    </>
  );
}
