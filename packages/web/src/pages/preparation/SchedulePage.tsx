import { Empty } from 'antd';

/** 本村日程 (issue 5): being built. */
export function SchedulePage() {
  return <Empty description="本村日程" />;
}
