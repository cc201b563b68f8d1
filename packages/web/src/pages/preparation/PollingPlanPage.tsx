import { Empty } from 'antd';

/** 投票安排 (issue 5): being built. */
export function PollingPlanPage() {
  return <Empty description="投票安排" />;
}
