import { CheckOutlined, ClockCircleOutlined, CloseOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type React from 'react';
import type { Department, Reviewee } from './model.js';

/** One department's verdict on one nominee as a tag: 通过, 不通过 (with the item), 待审, or — when nobody waits. */
export function VerdictTag({
  nominee,
  department,
  onClick,
  withName = false,
}: {
  nominee: Reviewee;
  department: Department;
  onClick?: (() => void) | undefined;
  /** prefix the department's name (the phone's list of tags) */
  withName?: boolean;
}) {
  const v = nominee.verdicts[department.id];
  const prefix = withName ? `${department.name} ` : '';
  const clickable = onClick
    ? {
        onClick,
        role: 'button',
        tabIndex: 0,
        onKeyDown: (e: React.KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') onClick();
        },
        style: { cursor: 'pointer', marginInlineEnd: 0 },
      }
    : { style: { marginInlineEnd: 0 } };
  const label = `${nominee.name} · ${department.name}`;
  if (v?.verdict === 'pass')
    return (
      <Tooltip title={`${v.decidedOn} 通过${v.note ? `：${v.note}` : ''}（${v.recordedByName}录入）`}>
        <Tag color="success" icon={<CheckOutlined />} aria-label={`${label} 通过`} {...clickable}>
          {prefix}通过
        </Tag>
      </Tooltip>
    );
  if (v?.verdict === 'fail')
    return (
      <Tooltip
        title={`${v.decidedOn} 不通过：${v.conditionText ?? ''}${v.note ? `。${v.note}` : ''}（${v.recordedByName}录入）`}
      >
        <Tag color="error" icon={<CloseOutlined />} aria-label={`${label} 不通过`} {...clickable}>
          {prefix}不通过
        </Tag>
      </Tooltip>
    );
  if (nominee.reviewStatus === 'failed')
    return (
      <Tag variant="filled" aria-label={`${label} 无需再审`} style={{ marginInlineEnd: 0, color: '#bfbfbf' }}>
        {prefix}—
      </Tag>
    );
  return (
    <Tag icon={<ClockCircleOutlined />} aria-label={`${label} 待审`} {...clickable}>
      {prefix}待审
    </Tag>
  );
}
