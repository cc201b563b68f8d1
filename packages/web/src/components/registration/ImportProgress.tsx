import { Card, Progress, Typography } from 'antd';
import type { ImportJob } from './model.js';

/** What a running import is doing, in words, and how far it has got (the server's 0–100, commit included). */
function describe(
  job: ImportJob | undefined,
  fileName: string,
  uploading: boolean,
): { title: string; detail: string } {
  if (uploading) return { title: `正在上传 ${fileName}……`, detail: '上传完成后开始读取和检查' };
  if (!job) return { title: `正在读取并检查 ${fileName}……`, detail: '' };
  const rejected = job.rejected > 0 ? `，其中 ${job.rejected} 行有错误` : '';
  if (job.phase === 'committing')
    return {
      title: '正在写入选民名单……',
      detail: `已检查全部 ${job.rowsRead} 行${rejected}；写入完成前名单保持原样`,
    };
  const total = job.rowsTotal > job.rowsRead ? `，共约 ${job.rowsTotal} 行` : '';
  return { title: `正在读取并检查 ${fileName}……`, detail: `已检查 ${job.rowsRead} 行${total}${rejected}` };
}

export function ImportProgress({
  job,
  fileName,
  uploading,
}: {
  job: ImportJob | undefined;
  fileName: string;
  uploading: boolean;
}) {
  const { title, detail } = describe(job, fileName, uploading);
  return (
    <Card size="small">
      <Typography.Paragraph>{title}</Typography.Paragraph>
      <Progress percent={job?.progress ?? 0} status="active" aria-label="导入进度" />
      <Typography.Text type="secondary">{detail}</Typography.Text>
    </Card>
  );
}
