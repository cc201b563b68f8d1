import { Empty } from 'antd';

/** 村民选举委员会 (issue 5): being built. */
export function ElectionCommitteePage() {
  return <Empty description="村民选举委员会" />;
}
