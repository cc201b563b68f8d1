// Vacant seats (plan seats minus serving members), what the rule set says about by-electing them
// (H-7 quorums, H-8 waiver), the by-election votes held, and 开始补选.
import { Alert, Button, Card, Descriptions, Flex, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { ResultDocuments } from '../ResultDocuments.js';
import { ByElectionModal } from './ByElectionModal.js';
import {
  MEETING_TITLES,
  type Meeting,
  type RecallAnswer,
  type Vacancy,
  VOTE_STATUS_LABELS,
} from './model.js';

export function ByElectionCard({
  village,
  answer,
  canDecide,
}: {
  village: VillageRef;
  answer: RecallAnswer;
  canDecide: boolean;
}) {
  const [opening, setOpening] = useState(false);
  const plan = answer.byElection;
  const vacant = plan.vacancies.reduce((n, v) => n + v.vacant, 0);
  return (
    <Card
      size="small"
      title="出缺职位和补选"
      extra={
        canDecide && (
          <Button type="primary" disabled={plan.problems.length > 0} onClick={() => setOpening(true)}>
            开始补选
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        {plan.problems.length > 0 && answer.members.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={plan.problems
              .map((p) => `${p.field}：${p.reason}${p.rule ? `（${p.rule}）` : ''}`)
              .join('；')}
          />
        )}
        <Table<Vacancy>
          size="small"
          rowKey="office"
          pagination={false}
          dataSource={plan.vacancies}
          columns={[
            { title: '职位', dataIndex: 'title' },
            { title: '职数', dataIndex: 'seats', width: 64 },
            { title: '在任', dataIndex: 'serving', width: 64 },
            {
              title: '出缺',
              dataIndex: 'vacant',
              width: 64,
              render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0),
            },
          ]}
        />
        <Descriptions
          size="small"
          column={1}
          items={[
            ...(Object.keys(MEETING_TITLES) as Meeting[]).map((m) => ({
              key: m,
              label: `${MEETING_TITLES[m]}补选`,
              children: `${plan.quorum[m].text}（${plan.quorum[m].rule}）`,
            })),
            ...(plan.waiver.text
              ? [
                  {
                    key: 'waiver',
                    label: '可否不再补选',
                    children: `${plan.waiver.text}（${plan.waiver.rule}）`,
                  },
                ]
              : []),
          ]}
        />
        {vacant > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            村民委员会成员出缺，可以由村民会议或者村民代表会议进行补选（H-6）。
          </Typography.Text>
        )}
        {plan.votes.length > 0 && (
          <List
            size="small"
            header="补选投票"
            dataSource={plan.votes}
            renderItem={(v) => (
              <List.Item>
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <Space wrap>
                    <strong>第 {v.seq} 次投票（补选）</strong>
                    <Tag color="blue">{VOTE_STATUS_LABELS[v.status]}</Tag>
                    <span>{v.pollingDate}</span>
                    {v.meeting && <span>{MEETING_TITLES[v.meeting]}</span>}
                    <span>{v.offices.map((o) => `${o.title} ${o.seats} 名`).join('、')}</span>
                  </Space>
                  <ResultDocuments
                    roundId={village.roundId}
                    code={village.code}
                    voteId={v.id}
                    status={v.status}
                    size="small"
                  />
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Flex>
      {opening && <ByElectionModal village={village} answer={answer} onClose={() => setOpening(false)} />}
    </Card>
  );
}
