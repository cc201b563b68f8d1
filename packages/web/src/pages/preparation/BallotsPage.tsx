import { Empty } from 'antd';

/** 选票 (issue 5): being built. */
export function BallotsPage() {
  return <Empty description="选票" />;
}
