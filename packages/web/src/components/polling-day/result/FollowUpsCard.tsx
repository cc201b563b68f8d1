// The votes a result calls for next (a revote among tied people, a kinship revote, a runoff 另行选举,
// or holding an invalid vote again), each with its offices, seats and people, and a button to start it
// on the same day or a later day within the rule set's limit.
import { Alert, Button, Card, DatePicker, Form, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { FormModal } from '../../FormModal.js';
import { type FollowUpView, RESULT_KEY, type ResultAnswer } from './model.js';

export function FollowUpsCard({
  vote,
  answer,
  canDecide,
  onOpened,
}: {
  vote: string;
  answer: ResultAnswer;
  canDecide: boolean;
  onOpened: (voteId: string) => void;
}) {
  const [opening, setOpening] = useState<FollowUpView | null>(null);
  const plan = answer.followUps;
  const window = answer.followUpWindow;
  const open = useWriteMutation({
    mutationFn: (v: { kind: string; pollingDate: string }) =>
      api.post<{ id: string }>(`${vote}/follow-ups`, v),
    invalidates: [[RESULT_KEY], ['votes']],
    success: '已开始新的投票：请到“签到发票”页签到发票',
    onSuccess: (created) => {
      setOpening(null);
      onOpened(created.id);
    },
  });
  if (!plan) return null;
  const people = (f: FollowUpView, office: string) =>
    f.candidates
      .filter((c) => c.office === office)
      .map((c) => c.name)
      .join('、') || '无（可另选他人）';
  return (
    <Card size="small" title="下一步">
      {plan.votes.length === 0 ? (
        <Typography.Text>
          {plan.vacancyMayRemain === true
            ? '已选出的成员达到法定人数，不需要再投票。'
            : '本次投票的职位都已产生，不需要再投票。'}
        </Typography.Text>
      ) : (
        <List<FollowUpView>
          dataSource={plan.votes}
          renderItem={(f) => (
            <List.Item
              actions={[
                f.openedVoteId ? (
                  <Tag key="opened" color="blue">
                    已开始
                  </Tag>
                ) : canDecide ? (
                  <Button key="open" type={f.optional ? 'default' : 'primary'} onClick={() => setOpening(f)}>
                    开始{f.label}
                  </Button>
                ) : null,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space size={4}>
                    {f.label}
                    <Tag>{f.rule}</Tag>
                    {f.optional && <Tag color="default">可不再选举</Tag>}
                  </Space>
                }
                description={f.offices.map((o) => (
                  <div key={o.id}>
                    {o.title}
                    {o.womenOnly ? '（单列妇女委员）' : ''} {o.seats} 名：{people(f, o.id)}
                  </div>
                ))}
              />
            </List.Item>
          )}
        />
      )}
      <FormModal<{ pollingDate: Dayjs }>
        title={opening ? `开始${opening.label}` : ''}
        okText="开始"
        open={opening !== null}
        busy={open.isPending}
        onCancel={() => setOpening(null)}
        initialValues={{ pollingDate: dayjs(window?.earliest) }}
        onSubmit={(v) =>
          opening && open.mutate({ kind: opening.kind, pollingDate: v.pollingDate.format('YYYY-MM-DD') })
        }
      >
        {window && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              window.last
                ? `可在本次投票当日（${window.earliest}）或之后举行，最晚在选举日（${window.electionDay}）后 ${window.days} 日内，即 ${window.last} 前（${window.rule}）`
                : `可在本次投票当日（${window.earliest}）或之后举行；本选举办法没有规定期限`
            }
          />
        )}
        <Form.Item
          name="pollingDate"
          label="投票日期"
          rules={[{ required: true, message: '请选择投票日期' }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) =>
              (window !== null && d.isBefore(dayjs(window.earliest), 'day')) ||
              (window?.last != null && d.isAfter(dayjs(window.last), 'day'))
            }
          />
        </Form.Item>
        <Typography.Text type="secondary">
          新的投票同样经过签到发票和计票；登记选民人数沿用本次投票，已当选的成员计入“此前当选”。
        </Typography.Text>
      </FormModal>
    </Card>
  );
}
