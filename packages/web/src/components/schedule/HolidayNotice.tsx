import { Alert } from 'antd';
import type { ReactNode } from 'react';
import type { HolidayNotice as Notice } from './model.js';

/** Says when the county has not entered the holidays of a year the schedule's dates fall in (C-3). */
export function HolidayNotice({
  notice,
  action,
  compact,
}: {
  notice: Notice;
  action?: ReactNode;
  /** on a phone: the title only */
  compact?: boolean;
}) {
  if (notice.missing.length === 0) return null;
  const years = notice.missing.join('、');
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={
        compact
          ? `尚未录入 ${years} 年法定节假日，期限按自然日计算（C-3）`
          : `县换届办尚未录入 ${years} 年的法定节假日`
      }
      description={
        compact
          ? undefined
          : '申诉期、处理期、工作移交期等“某日起N日内”的期限，最后一日遇法定休假日本应顺延（C-3）；未录入节假日时按自然日计算，请以县里公布的节假日安排核对。'
      }
      action={action}
    />
  );
}
