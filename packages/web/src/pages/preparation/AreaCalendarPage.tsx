import { Empty } from 'antd';

/** 日程总览 (issue 5): being built. */
export function AreaCalendarPage() {
  return <Empty description="日程总览" />;
}
