import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Radio, Space, Typography } from 'antd';
import { useRef } from 'react';
import { api } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { ProblemList } from '../../registration/ProblemList.js';
import { type VotesAnswer, votesApi } from './model.js';
import { CHECKIN_KEY, VOTES_KEY } from './useCheckin.js';

/** No vote open yet: the committee starts the first vote (what still bars it is listed). */
export function OpenVoteCard({
  village,
  votes,
  decide,
}: {
  village: VillageRef;
  votes: VotesAnswer;
  decide: boolean;
}) {
  const { modal } = App.useApp();
  // the dialog's content is built once: the choice lives in a ref, read when OK is pressed
  const mode = useRef<'ballots' | 'sheets'>('ballots');
  const open = useWriteMutation({
    mutationFn: (countMode: 'ballots' | 'sheets') =>
      api.post(votesApi(village.roundId, village.code), { countMode }),
    invalidates: [[VOTES_KEY], [CHECKIN_KEY]],
    success: '第一次投票已开始，可以签到发票',
  });
  const problems = votes.firstVote.problems;
  const hasFirst = votes.items.some((v) => v.kind === 'first');
  if (hasFirst) return null;
  const confirm = () =>
    modal.confirm({
      title: '开始第一次投票？',
      content: (
        <Space orientation="vertical">
          <Typography.Text>
            开始后按已印制的选票确定职位和候选人，登记选民 {votes.firstVote.registered}{' '}
            人，各投票地点即可签到发票。
          </Typography.Text>
          <Radio.Group
            defaultValue={mode.current}
            onChange={(e) => {
              mode.current = e.target.value;
            }}
            options={[
              { value: 'ballots', label: '逐票唱票录入' },
              { value: 'sheets', label: '计票统计表' },
            ]}
          />
        </Space>
      ),
      okText: '开始投票',
      cancelText: '取消',
      onOk: () => open.mutateAsync(mode.current),
    });
  return (
    <Card size="small" title="本村尚未开始投票" style={{ marginBottom: 12 }}>
      {problems.length > 0 ? (
        <ProblemList title="开始第一次投票前还须解决" problems={problems} />
      ) : (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          选举日由村民选举委员会宣布开始投票后，各投票地点方可签到发票。
        </Typography.Paragraph>
      )}
      {decide ? (
        <Button
          type="primary"
          size="large"
          icon={<PlayCircleOutlined />}
          disabled={problems.length > 0}
          loading={open.isPending}
          onClick={confirm}
          style={{ marginTop: 12 }}
        >
          开始第一次投票
        </Button>
      ) : (
        <Alert
          type="info"
          showIcon
          title="村民选举委员会开始投票后，这里即可签到发票。"
          style={{ marginTop: 12 }}
        />
      )}
    </Card>
  );
}
