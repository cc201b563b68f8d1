import { Flex, Tag } from 'antd';
import type { ScheduleCounts } from './model.js';

/** The counts a clerk needs at a glance: late ones first. */
export function ScheduleCountTags({ counts, total }: { counts: ScheduleCounts; total: number }) {
  return (
    <Flex wrap gap={6} align="center">
      <Tag color={counts.late > 0 ? 'error' : 'default'} style={{ fontSize: 14, padding: '2px 10px' }}>
        逾期未办 {counts.late}
      </Tag>
      {counts.doneLate > 0 && (
        <Tag color="orange" style={{ fontSize: 14, padding: '2px 10px' }}>
          逾期完成 {counts.doneLate}
        </Tag>
      )}
      <Tag color={counts.dueSoon > 0 ? 'gold' : 'default'} style={{ fontSize: 14, padding: '2px 10px' }}>
        即将到期 {counts.dueSoon}
      </Tag>
      {counts.lapsed > 0 && (
        <Tag color="purple" style={{ fontSize: 14, padding: '2px 10px' }}>
          请核实 {counts.lapsed}
        </Tag>
      )}
      <Tag style={{ fontSize: 14, padding: '2px 10px' }}>
        已办 {counts.done}/{total}
      </Tag>
    </Flex>
  );
}
