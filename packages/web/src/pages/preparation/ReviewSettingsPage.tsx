import { Empty } from 'antd';

/** 联审设置 (issue 5): being built. */
export function ReviewSettingsPage() {
  return <Empty description="联审设置" />;
}
