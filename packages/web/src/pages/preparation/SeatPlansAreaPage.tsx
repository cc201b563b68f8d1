import { Empty } from 'antd';

/** 职数方案审核 (issue 5): being built. */
export function SeatPlansAreaPage() {
  return <Empty description="职数方案审核" />;
}
