import { Breadcrumb, Card, Skeleton, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { type AreaVillage, STATUS_COLORS } from '../../components/polling-day/result/model.js';
import { useAreaResults } from '../../components/polling-day/result/useResults.js';
import { QueryError } from '../../components/QueryError.js';
import { villagePage } from '../../components/registration/model.js';
import { useRegion } from '../../hooks/useRegion.js';
import { useRound } from '../../hooks/useRounds.js';

/** The township's (or county's) results board: each village's latest vote and who is elected so far. */
export function ResultsAreaPage() {
  const { roundId = '', code = '' } = useParams();
  const region = useRegion(code);
  const round = useRound(roundId);
  const results = useAreaResults(roundId, code);
  if (results.error) return <QueryError error={results.error} onRetry={() => results.refetch()} />;
  if (!results.data) return <Skeleton active />;
  const items = results.data.items;
  const waiting = items.filter((v) => v.awaitingConfirmation.length > 0).length;
  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '本次换届'}</Link> },
          { title: '选举结果' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {region.data?.name ?? code} · 选举结果
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        村选委会报送结果后即显示在这里；
        {waiting > 0 ? `${waiting} 个村的结果待确认。` : '目前没有待确认的结果。'}
      </Typography.Paragraph>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<AreaVillage>
          size="small"
          rowKey="villageCode"
          pagination={false}
          dataSource={items}
          columns={[
            {
              title: '村（社区）',
              dataIndex: 'name',
              render: (name: string, v) => (
                <Link to={`${villagePage(roundId, v.villageCode)}/result`}>{name}</Link>
              ),
            },
            {
              title: '选举日',
              dataIndex: 'electionDay',
              responsive: ['md'],
              render: (d: string | null) => d ?? '—',
            },
            {
              title: '最近一次投票',
              key: 'latest',
              render: (_: unknown, v) =>
                v.latest ? (
                  <>
                    {v.latest.kindLabel}（第{v.latest.seq}次）{' '}
                    <Tag color={STATUS_COLORS[v.latest.status]}>{v.latest.statusLabel}</Tag>
                    {v.awaitingConfirmation.length > 0 && <Tag color="purple">待确认</Tag>}
                  </>
                ) : (
                  <Typography.Text type="secondary">尚未投票</Typography.Text>
                ),
            },
            {
              title: '当选人',
              key: 'winners',
              render: (_: unknown, v) =>
                v.winners.length === 0
                  ? '—'
                  : v.winners.map((w) => (
                      <Tag key={w.voterId} color={w.confirmed ? 'success' : 'default'}>
                        {w.officeTitle} {w.name}（{w.votes} 票）
                      </Tag>
                    )),
            },
          ]}
        />
      </Card>
    </>
  );
}
