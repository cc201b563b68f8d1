// One office of a result: every person's votes, who is elected, who waits for a revote, the threshold.
import { Card, Table, Tag, Typography } from 'antd';
import type { OfficeRow, OfficeView } from './model.js';

export function OfficeResultCard({ office }: { office: OfficeView }) {
  const extra = (
    <Typography.Text type="secondary">
      应选 {office.seats} 名 · 当选票数线 {office.minimumVotes} 票
    </Typography.Text>
  );
  return (
    <Card size="small" title={`${office.title}${office.womenOnly ? '（单列妇女委员）' : ''}`} extra={extra}>
      <Table<OfficeRow>
        size="small"
        rowKey="voterId"
        pagination={false}
        dataSource={office.rows}
        rowClassName={(r) => (r.elected ? 'result-elected' : '')}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, r) => (
              <>
                {name}
                {!r.onBallot && (
                  <Tag style={{ marginInlineStart: 6 }} color="default">
                    另选他人
                  </Tag>
                )}
              </>
            ),
          },
          { title: '得票', dataIndex: 'votes', align: 'right', width: 90 },
          {
            title: '结果',
            key: 'state',
            width: 150,
            render: (_: unknown, r) =>
              r.elected ? (
                <Tag color="success">当选</Tag>
              ) : r.tied ? (
                <Tag color="warning">票数相等，再次投票</Tag>
              ) : r.votes >= office.minimumVotes ? (
                <Tag>达到票数线</Tag>
              ) : null,
          },
        ]}
        summary={() =>
          office.unfilled > 0 || office.tieRevote ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text type="warning">
                  {office.tieRevote ? `${office.tieRevote.seats} 个名额待再次投票` : ''}
                  {office.tieRevote && office.unfilled > 0 ? '；' : ''}
                  {office.unfilled > 0 ? `尚缺 ${office.unfilled} 名` : ''}
                </Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
