import { Empty } from 'antd';

/** 提名 (issue 5): being built. */
export function NominationPage() {
  return <Empty description="提名" />;
}
