import { DownloadOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  DatePicker,
  Segmented,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  LEVEL_COLORS,
  LEVEL_LABELS,
  LEVEL_TAG,
  type LedgerVillage,
  ledgerXlsx,
  type RiskLevel,
} from '../../components/oversight/model.js';
import { VillageRiskDrawer } from '../../components/oversight/VillageRiskDrawer.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRiskLedger } from '../../hooks/useOversight.js';
import { useRegion } from '../../hooks/useRegion.js';
import { useRound } from '../../hooks/useRounds.js';
import { may } from '../../permissions.js';

type ColourFilter = 'all' | RiskLevel | 'unrated';

/** 风险台账: every village's 红/橙/绿 with its reasons and open risk points; one click opens the village. */
export function RiskLedgerPage() {
  const { roundId = '', code = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const region = useRegion(code);
  const round = useRound(roundId);
  const ledger = useRiskLedger(roundId, code);
  const [colour, setColour] = useState<ColourFilter>('all');
  const [township, setTownship] = useState<string | undefined>();
  const [week, setWeek] = useState<Dayjs | null>(null);
  const [rateFirst, setRateFirst] = useState(false);
  const openCode = search.get('village');
  const setOpen = (v: string | null, rate = false) => {
    const next = new URLSearchParams(search);
    if (v) next.set('village', v);
    else next.delete('village');
    setRateFirst(rate);
    setSearch(next, { replace: true });
  };

  if (ledger.error) return <QueryError error={ledger.error} onRetry={() => ledger.refetch()} />;
  const data = ledger.data;
  const townships = data
    ? [...new Map(data.villages.map((v) => [v.townshipCode, v.townshipName])).entries()]
    : [];
  const shown = (data?.villages ?? []).filter(
    (v) =>
      (colour === 'all' || (colour === 'unrated' ? v.level === null : v.level === colour)) &&
      (!township || v.townshipCode === township),
  );
  const opened = data?.villages.find((v) => v.code === openCode);
  const c = data?.counts;

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '本次换届'}</Link> },
          { title: '风险台账' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {region.data?.name ?? code} · 风险台账
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        “红橙绿”三色研判、动态管理，风险点挂牌销号；村转为红色时通知乡镇。
        {data && ` 本周 ${data.week.start} 至 ${data.week.end}。`}
      </Typography.Paragraph>
      {c && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="risk-counts">
          <Tag color="red">红 {c.red}</Tag>
          <Tag color="orange">橙 {c.orange}</Tag>
          <Tag color="green">绿 {c.green}</Tag>
          <Tag>未研判 {c.unrated}</Tag>
          <Typography.Text type="secondary">
            未销号风险点 {c.openItems}（逾期 {c.overdueItems}），已销号 {c.closedItems}
          </Typography.Text>
        </Space>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<ColourFilter>
          value={colour}
          onChange={setColour}
          options={[
            { value: 'all', label: '全部' },
            { value: 'red', label: '红' },
            { value: 'orange', label: '橙' },
            { value: 'green', label: '绿' },
            { value: 'unrated', label: '未研判' },
          ]}
        />
        {townships.length > 1 && (
          <Select<string>
            allowClear
            placeholder="乡镇（街道）"
            aria-label="按乡镇筛选"
            style={{ width: 160 }}
            value={township}
            onChange={setTownship}
            options={townships.map(([value, label]) => ({ value, label }))}
          />
        )}
        <DatePicker picker="week" value={week} onChange={setWeek} placeholder="选择周（默认本周）" />
        <Button
          icon={<DownloadOutlined />}
          href={ledgerXlsx(roundId, code, week ? week.startOf('week').format('YYYY-MM-DD') : undefined)}
          download
        >
          下载每周风险台账
        </Button>
      </Space>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        {!data ? (
          <Skeleton active style={{ padding: 16 }} />
        ) : (
          <Table<LedgerVillage>
            size="small"
            rowKey="code"
            dataSource={shown}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: isPhone ? 560 : undefined }}
            locale={{ emptyText: '没有符合条件的村' }}
            onRow={(v) => ({ onClick: () => setOpen(v.code), style: { cursor: 'pointer' } })}
            columns={[
              ...(townships.length > 1
                ? [
                    {
                      title: '乡镇（街道）',
                      dataIndex: 'townshipName',
                      width: 120,
                      responsive: ['md' as const],
                    },
                  ]
                : []),
              {
                title: '村（社区）',
                dataIndex: 'name',
                width: 130,
                render: (n: string, v) => (
                  <Space size={6}>
                    <span
                      aria-hidden
                      style={{
                        display: 'inline-block',
                        width: 10,
                        height: 10,
                        borderRadius: 5,
                        background: v.level ? LEVEL_COLORS[v.level] : '#d9d9d9',
                      }}
                    />
                    {n}
                  </Space>
                ),
              },
              {
                title: '等级',
                dataIndex: 'level',
                width: 80,
                render: (l: RiskLevel | null) =>
                  l ? <Tag color={LEVEL_TAG[l]}>{LEVEL_LABELS[l]}色</Tag> : <Tag>未研判</Tag>,
              },
              {
                title: '研判理由',
                dataIndex: 'reasons',
                ellipsis: true,
                render: (r: string[]) => r.join('；') || '—',
              },
              {
                title: '研判日期',
                dataIndex: 'ratedOn',
                width: 106,
                responsive: ['lg'],
                render: (d) => d ?? '—',
              },
              {
                title: '风险点',
                key: 'items',
                width: 120,
                render: (_: unknown, v) => (
                  <>
                    {v.openItems > 0 ? `未销号 ${v.openItems}` : v.closedItems > 0 ? '均已销号' : '—'}
                    {v.overdueItems > 0 && (
                      <Tag color="red" style={{ marginInlineStart: 4 }}>
                        逾期 {v.overdueItems}
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: '最近直报',
                dataIndex: 'lastReportDate',
                width: 106,
                responsive: ['md'],
                render: (d: string | null) => d ?? '—',
              },
              ...(may(user, 'oversight.handle')
                ? [
                    {
                      title: '操作',
                      key: 'act',
                      width: 80,
                      render: (_: unknown, v: LedgerVillage) => (
                        <Button
                          size="small"
                          onClick={(e) => {
                            e.stopPropagation();
                            setOpen(v.code, true);
                          }}
                        >
                          研判
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <VillageRiskDrawer
        key={`${openCode}-${rateFirst}`}
        roundId={roundId}
        code={openCode}
        name={opened?.name ?? openCode ?? ''}
        initialAction={rateFirst ? 'rate' : null}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
