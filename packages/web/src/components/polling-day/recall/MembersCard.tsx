// The committee's members as the confirmed results seated them, with a way to file a recall request.
import { Button, Card, Table, Tag, Typography } from 'antd';
import { MEMBER_STATUS_LABELS, type Member, type RecallAnswer } from './model.js';

export function MembersCard({
  answer,
  canDecide,
  onRecall,
}: {
  answer: RecallAnswer;
  canDecide: boolean;
  onRecall: (m: Member) => void;
}) {
  const open = new Set(
    answer.requests
      .filter((r) => r.status === 'collecting' || r.status === 'accepted' || r.status === 'voting')
      .map((r) => r.member.voterId),
  );
  return (
    <Card size="small" title="本届村民委员会成员">
      {answer.members.length === 0 ? (
        <Typography.Text type="secondary">
          尚无成员：选举结果经乡镇确认后，当选的人在这里列出，才能提出罢免或补选出缺的职位。
        </Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="voterId"
          pagination={false}
          dataSource={answer.members}
          columns={[
            { title: '职务', dataIndex: 'officeTitle', width: 80 },
            {
              title: '姓名',
              dataIndex: 'name',
              render: (n: string) => <span style={{ whiteSpace: 'nowrap' }}>{n}</span>,
            },
            { title: '得票', dataIndex: 'votes', width: 56, responsive: ['sm'], render: (v) => v ?? '—' },
            { title: '任职日期', dataIndex: 'since', width: 104, responsive: ['xxl'] },
            {
              title: '状态',
              render: (_v, m: Member) => (
                <span>
                  <Tag color={MEMBER_STATUS_LABELS[m.status].color}>
                    {MEMBER_STATUS_LABELS[m.status].text}
                  </Tag>
                  {m.endedOn && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {m.endedOn}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            ...(canDecide
              ? [
                  {
                    title: '',
                    width: 96,
                    render: (_v: unknown, m: Member) =>
                      m.status === 'serving' && !open.has(m.voterId) ? (
                        <Button size="small" onClick={() => onRecall(m)}>
                          提出罢免
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
