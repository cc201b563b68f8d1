import { Empty } from 'antd';

/** 职数方案 (issue 5): being built. */
export function SeatPlanPage() {
  return <Empty description="职数方案" />;
}
