import type { TableColumnsType } from 'antd';
import { Card, Table, Typography } from 'antd';
import type { CountsAnswer, PlaceTally, Tally } from './model.js';

function issuedCell(t: Tally) {
  return (
    <>
      <Typography.Text strong>{t.issued}</Typography.Text>
      <div style={{ color: '#8c8c8c', fontSize: 12, whiteSpace: 'nowrap' }}>
        本人 {t.inPerson} · 委托 {t.proxy}
        {t.mobile > 0 ? ` · 流动 ${t.mobile}` : ''}
      </div>
    </>
  );
}

/** Issued, printed, remaining and turnout per place and for the village, refreshed live. */
export function CountsCard({ counts, placeId }: { counts: CountsAnswer; placeId: string | null }) {
  const columns: TableColumnsType<PlaceTally> = [
    {
      title: '投票地点',
      dataIndex: 'name',
      render: (n: string, p) =>
        p.id === placeId ? <Typography.Text strong>{n}（本地点）</Typography.Text> : n,
    },
    { title: '已发', key: 'issued', align: 'right', render: (_: unknown, p) => issuedCell(p) },
    {
      title: '余票',
      key: 'remaining',
      align: 'right',
      render: (_: unknown, p) => (
        <span title={`印制 ${p.printed} 张`}>
          <Typography.Text type={p.remaining < 0 ? 'danger' : undefined}>{p.remaining}</Typography.Text>
          <div style={{ color: '#8c8c8c', fontSize: 12 }}>印 {p.printed}</div>
        </span>
      ),
    },
    {
      title: '投票率',
      key: 'turnout',
      align: 'right',
      render: (_: unknown, p) => (
        <>
          {p.turnoutText}
          <div style={{ color: '#8c8c8c', fontSize: 12, whiteSpace: 'nowrap' }}>
            {p.issued}/{p.registered}
          </div>
        </>
      ),
    },
  ];
  const v = counts.village;
  return (
    <Card size="small" title="发票统计（实时）" styles={{ body: { padding: 0 } }}>
      <Table<PlaceTally>
        rowKey="id"
        size="small"
        dataSource={counts.places}
        columns={columns}
        pagination={false}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>全村</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {issuedCell(v)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {v.remaining}
              <div style={{ color: '#8c8c8c', fontSize: 12 }}>印 {v.printed}</div>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong data-testid="village-turnout">
                {v.turnoutText}
              </Typography.Text>
              <div style={{ color: '#8c8c8c', fontSize: 12, whiteSpace: 'nowrap' }}>
                {v.issued}/{v.registered}
              </div>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
