import { Empty } from 'antd';

/** 联审进度 (issue 5): being built. */
export function ReviewBoardPage() {
  return <Empty description="联审进度" />;
}
