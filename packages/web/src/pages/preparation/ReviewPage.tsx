import { Empty } from 'antd';

/** 联审 (issue 5): being built. */
export function ReviewPage() {
  return <Empty description="联审" />;
}
