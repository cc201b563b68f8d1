// The last ballots entered in this set, newest first, each with its number in reading order and
// whether it has reached the server.
import { List, Tag, Typography } from 'antd';
import { ballotWords, type VoteOffice } from './model.js';
import type { StandingBallot } from './useEntryQueue.js';

const SHOWN = 12;

export function RecentBallots({
  standing,
  offices,
  names,
}: {
  standing: StandingBallot[];
  offices: VoteOffice[];
  names: (id: string) => string;
}) {
  const rows = standing
    .map((b, i) => ({ ...b, n: i + 1 }))
    .slice(-SHOWN)
    .reverse();
  return (
    <List
      size="small"
      bordered
      header={<Typography.Text strong>最近录入（共 {standing.length} 张，最新在上）</Typography.Text>}
      dataSource={rows}
      locale={{ emptyText: '还没有录入选票' }}
      renderItem={(b) => (
        <List.Item data-testid="recent-ballot">
          <Typography.Text>
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
              第{b.n}张{' '}
            </Typography.Text>
            {ballotWords(b.ballot, offices, names)}
          </Typography.Text>
          {b.sent ? <Tag color="green">已上传</Tag> : <Tag color="orange">未上传</Tag>}
        </List.Item>
      )}
    />
  );
}
