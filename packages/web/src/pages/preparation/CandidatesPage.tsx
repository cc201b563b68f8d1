import { Empty } from 'antd';

/** 正式候选人 (issue 5): being built. */
export function CandidatesPage() {
  return <Empty description="正式候选人" />;
}
