// 统计分析: the round's statistics for a county, township or village (seed-requirements §9) — headline
// figures, charts that export their data, the table of the townships or villages below, the county's
// targets with their gaps. Every figure comes from the server's person-level computation; the page only
// formats it with core's helpers.

import { DownloadOutlined } from '@ant-design/icons';
import {
  type AreaStatistics,
  average,
  averageChange,
  CHILDREN_HEADERS,
  type ChartId,
  childRow,
  educationRollUps,
  percent,
  points,
  pointsChange,
  signedCount,
  signedFixed,
  type TeamStructure,
} from '@huanjie/core';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Input,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { ChartCard } from '../../components/statistics/charts.js';
import { TargetsCard } from '../../components/statistics/TargetsCard.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRegion } from '../../hooks/useRegion.js';
import { useRound } from '../../hooks/useRounds.js';
import { type StatisticsAnswer, useStatistics, xlsxUrl } from '../../hooks/useStatistics.js';

const CHARTS: ChartId[] = ['office-sex', 'age', 'education', 'incumbency', 'ethnicity'];
/** column widths of the children table; the ratio columns hold '11/15（73.33%）' */
const columnWidth = (header: string, i: number) =>
  i === 0 ? 120 : header === '一肩挑' || header === '交叉任职' ? 150 : header.length > 4 ? 112 : 84;

function Headline({
  id,
  title,
  value,
  lines,
}: {
  id: string;
  title: string;
  value: React.ReactNode;
  lines: React.ReactNode[];
}) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`headline-${id}`}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div data-testid={`headline-${id}-value`} style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.4 }}>
        {value}
      </div>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of one card
        <div key={i} style={{ fontSize: 12, color: '#666' }}>
          {l}
        </div>
      ))}
    </Card>
  );
}

/** the women members' share in each office: 书记, 主任, 副主任, 委员 (the women member counted as 委员) */
function womenByOffice(a: AreaStatistics) {
  const pick = (list: AreaStatistics['committeeByOffice'], ...ids: string[]) =>
    list
      .filter((o) => ids.includes(o.office))
      .reduce((n, o) => ({ women: n.women + o.structure.women, people: n.people + o.structure.people }), {
        women: 0,
        people: 0,
      });
  return [
    { title: '书记', ...pick(a.partyByOffice, 'secretary') },
    { title: '主任', ...pick(a.committeeByOffice, 'chair') },
    { title: '副主任', ...pick(a.committeeByOffice, 'vice') },
    { title: '委员', ...pick(a.committeeByOffice, 'women', 'member') },
  ];
}

const college = (s: TeamStructure) => educationRollUps(s.education.parts).collegeOrAbove;

function Headlines({ data }: { data: StatisticsAnswer }) {
  const a = data.area;
  const prev = data.previous?.area ?? null;
  const two = a.twoCommittees;
  const turnoutChange = pointsChange(a.turnout, a.previousTurnout);
  const votedChange = a.previousTurnout ? a.comparableVoted - a.previousTurnout.num : null;
  const both = a.crossServing.num;
  const cards = [
    {
      id: 'turnout',
      title: '参选率',
      value: percent(a.turnout),
      lines: [
        `登记 ${a.registered} 人，参加投票 ${a.voted} 人`,
        a.previousTurnout ? `较上届 ${points(turnoutChange)}，${signedCount(votedChange)}` : '无上届数据',
      ],
    },
    {
      id: 'one-shoulder',
      title: '一肩挑比例',
      value: percent(a.oneShoulder),
      lines: [`书记、主任一肩挑 ${a.oneShoulder.num} 个 / 有选举结果 ${a.oneShoulder.den} 个村（社区）`],
    },
    {
      id: 'cross-serving',
      title: '交叉任职比例',
      value: percent(a.crossServing),
      lines: [`交叉任职 ${both} 人 / 党组织成员 ${a.crossServing.den} 人`],
    },
    {
      id: 'headcount',
      title: '两委人数',
      value: `${a.twoCommitteesHeadcount} 人`,
      lines: [
        `党组织 ${a.partyCommittee.people} + 村（居）委 ${a.committee.people} − 交叉 ${both}`,
        prev ? `较上届 ${signedCount(a.twoCommitteesHeadcount - prev.twoCommitteesHeadcount)}` : '无上届数据',
      ],
    },
    {
      id: 'women',
      title: '女性占比（两委）',
      value: percent({ num: two.women, den: two.people }),
      lines: [
        `女性 ${two.women} 人${prev ? `，较上届 ${signedCount(two.women - prev.twoCommittees.women)}` : ''}`,
        womenByOffice(a)
          .map((o) => `${o.title} ${percent({ num: o.women, den: o.people }, 1)}`)
          .join('　'),
      ],
    },
    {
      id: 'college',
      title: '大专及以上（两委）',
      value: percent({ num: college(two), den: two.people }),
      lines: [
        `${college(two)} 人`,
        prev
          ? `较上届 ${points(
              pointsChange(
                { num: college(two), den: two.people },
                { num: college(prev.twoCommittees), den: prev.twoCommittees.people },
              ),
            )}`
          : '无上届数据',
      ],
    },
    {
      id: 'party',
      title: '党员占比（两委）',
      value: percent({ num: two.partyMembers, den: two.people }),
      lines: [`党员 ${two.partyMembers} 人`],
    },
    {
      id: 'age',
      title: '平均年龄（两委）',
      value: `${average(two.ageSum, two.people)} 岁`,
      lines: [
        `年龄按 ${data.referenceDate} 计算`,
        prev
          ? `较上届 ${signedFixed(
              averageChange(two.ageSum, two.people, prev.twoCommittees.ageSum, prev.twoCommittees.people),
              1,
              '岁',
            )}`
          : '无上届数据',
      ],
    },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {cards.map((c) => (
        <Col key={c.id} xs={24} sm={12} xl={6}>
          <Headline {...c} />
        </Col>
      ))}
    </Row>
  );
}

function ProgressCard({ a }: { a: AreaStatistics }) {
  const total = a.villages + a.communities;
  const c = a.coverage;
  return (
    <Card size="small" title="完成情况与覆盖" style={{ height: '100%' }} data-testid="progress">
      <Space direction="vertical" size={4}>
        <span>
          村 {a.villages} 个、社区 {a.communities} 个，共 {total} 个
        </span>
        <span>
          已完成 {a.completed} 个，一次选举成功 {a.firstVoteSuccess} 个（
          {percent({ num: a.firstVoteSuccess, den: a.withResult })}）
        </span>
        <span>
          选举失败 {a.failed} 个，延期 {a.postponed} 个
        </span>
        <span>
          有女性委员的村（社区） {c.woman}/{c.of}，有大专及以上干部 {c.college}/{c.of}，有35岁及以下干部{' '}
          {c.young}/{c.of}
        </span>
      </Space>
    </Card>
  );
}

function ChildrenTable({
  data,
  roundId,
  bands,
  onOpen,
}: {
  data: StatisticsAnswer;
  roundId: string;
  bands: string;
  onOpen: (code: string) => void;
}) {
  const rows = [
    ...data.children.map((c) => ({ code: c.code, cells: childRow(c) })),
    { code: '', cells: ['合计', ...childRow(data.area).slice(1)] },
  ];
  const villageLevel = data.area.level === 'township';
  const flag = (v: string | number) =>
    v === '有' ? <Tag color="success">有</Tag> : v === '无' ? <Tag color="error">无</Tag> : String(v);
  return (
    <Card
      size="small"
      title={villageLevel ? '各村（社区）' : '各乡镇（街道）'}
      data-testid="children"
      styles={{ body: { padding: 0 } }}
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={xlsxUrl(roundId, data.area.code, 'children', bands)}
          download
        >
          导出Excel
        </Button>
      }
    >
      <Table
        size="small"
        rowKey={(r) => r.code || 'total'}
        pagination={false}
        scroll={{ x: CHILDREN_HEADERS.reduce((n, h, i) => n + columnWidth(h, i), 0) }}
        dataSource={rows}
        columns={CHILDREN_HEADERS.map((h, i) => ({
          title: h,
          key: h,
          fixed: i === 0 ? ('left' as const) : undefined,
          width: columnWidth(h, i),
          render: (_: unknown, r: { code: string; cells: (string | number)[] }) => {
            const v = r.cells[i]!;
            if (i === 0 && r.code)
              return (
                <Typography.Link onClick={() => onOpen(r.code)} data-code={r.code}>
                  {v}
                </Typography.Link>
              );
            if (i === 0) return <strong>{v}</strong>;
            return i >= 15 ? flag(v) : v;
          },
        }))}
      />
    </Card>
  );
}

export function StatisticsPage() {
  const { roundId = '', code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const bands = search.get('bands') ?? '35,45,55';
  const [bandsDraft, setBandsDraft] = useState(bands);
  const round = useRound(roundId);
  const region = useRegion(code);
  const stats = useStatistics(roundId, code, bands);

  if (stats.error) {
    return (
      <>
        <QueryError error={stats.error} onRetry={() => stats.refetch()} />
        {search.get('bands') && (
          <div style={{ textAlign: 'center' }}>
            <Button onClick={() => setSearch({})}>恢复默认年龄段</Button>
          </div>
        )}
      </>
    );
  }
  if (!stats.data) return <Skeleton active />;
  const data = stats.data;
  const a = data.area;
  const open = (c: string) =>
    navigate(`/rounds/${roundId}/areas/${c}/statistics${bands !== '35,45,55' ? `?bands=${bands}` : ''}`);
  const roundRegion = round.data?.regionCode ?? '';
  const ancestors = (region.data?.path ?? []).filter(
    (p) => p.inScope && p.code.length >= roundRegion.length && p.code.length >= 6 && p.code !== code,
  );

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{data.roundName}</Link> },
          { title: '统计分析' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }} data-testid="stats-title">
        {a.name} · 统计分析
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        本页数字由各村（社区）任职人员和选举结果逐人计算，乡镇、县的合计等于所辖各村之和。
        {data.previous ? `与上届（${data.previous.roundName}）比较。` : '本次换届没有上届数据。'}
      </Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size="middle">
          <Space size={4} wrap>
            <span>区域：</span>
            {ancestors.map((p) => (
              <span key={p.code}>
                <Typography.Link onClick={() => open(p.code)}>{p.name}</Typography.Link> ›
              </span>
            ))}
            <strong>{a.name}</strong>
          </Space>
          {data.children.length > 0 && (
            <Select
              style={{ width: 220 }}
              placeholder={a.level === 'county' ? '查看乡镇（街道）' : '查看村（社区）'}
              aria-label="查看下辖区域"
              showSearch
              optionFilterProp="label"
              options={data.children.map((c) => ({ value: c.code, label: c.name }))}
              onChange={(v: string) => open(v)}
            />
          )}
          <Space size={4}>
            <span>年龄段分界：</span>
            <Input
              aria-label="年龄段分界"
              value={bandsDraft}
              onChange={(e) => setBandsDraft(e.target.value)}
              onPressEnter={() => setSearch(bandsDraft.trim() ? { bands: bandsDraft.trim() } : {})}
              style={{ width: 120 }}
            />
            <Button onClick={() => setSearch(bandsDraft.trim() ? { bands: bandsDraft.trim() } : {})}>
              应用
            </Button>
          </Space>
        </Space>
      </Card>
      <Headlines data={data} />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} xl={10}>
          <ProgressCard a={a} />
        </Col>
        <Col xs={24} xl={14}>
          <TargetsCard
            roundId={roundId}
            area={a.code}
            checks={data.targets}
            canEdit={user.role === 'county'}
          />
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {CHARTS.map((id) => (
          <Col key={id} xs={24} xl={12}>
            <ChartCard
              id={id}
              area={a}
              below={data.children}
              exportHref={xlsxUrl(roundId, a.code, id, bands)}
            />
          </Col>
        ))}
        {data.children.length > 0 && (
          <Col xs={24} xl={12}>
            <ChartCard
              id="children"
              title={a.level === 'county' ? '各乡镇（街道）参选率' : '各村（社区）参选率'}
              area={a}
              below={data.children}
              exportHref={xlsxUrl(roundId, a.code, 'children', bands)}
            />
          </Col>
        )}
      </Row>
      {data.children.length > 0 && (
        <ChildrenTable data={data} roundId={roundId} bands={bands} onOpen={open} />
      )}
    </>
  );
}
