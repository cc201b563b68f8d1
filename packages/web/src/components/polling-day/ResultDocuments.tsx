import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { villageApi } from '../registration/model.js';

export type ResultVoteStatus = 'polling' | 'counting' | 'counted' | 'reported' | 'confirmed';

interface Props {
  roundId: string;
  code: string;
  voteId: string;
  status: ResultVoteStatus;
  /** a recall vote has no certificates */
  kind?: string;
  size?: 'small' | 'middle';
}

const COUNTED = new Set<ResultVoteStatus>(['counted', 'reported', 'confirmed']);

/**
 * The result documents of one vote (issue 6 item 4): the report (选举结果报告单) and the announcement
 * (选举结果公告) once counted, the certificates (当选证书) once the township confirmed. A button not yet
 * available is disabled and says why.
 */
export function ResultDocuments({ roundId, code, voteId, status, kind, size = 'middle' }: Props) {
  const base = `/api${villageApi(roundId, code)}/votes/${voteId}`;
  const counted = COUNTED.has(status);
  const notCounted = '计票完毕后才能打印';
  const certificates =
    kind === 'recall'
      ? '罢免表决没有当选证书'
      : status !== 'confirmed'
        ? '选举结果经乡镇确认后才能打印当选证书'
        : null;
  const link = (file: string, label: string, why: string | null) => (
    <Tooltip title={why ?? undefined}>
      <Button
        size={size}
        icon={<FilePdfOutlined />}
        href={why ? undefined : `${base}/${file}`}
        target="_blank"
        disabled={why !== null}
      >
        {label}
      </Button>
    </Tooltip>
  );
  return (
    <Space wrap>
      {link(
        'report.pdf',
        kind === 'recall' ? '表决结果报告单' : '选举结果报告单',
        counted ? null : notCounted,
      )}
      {link(
        'announcement.pdf',
        kind === 'recall' ? '表决结果公告' : '选举结果公告',
        counted ? null : notCounted,
      )}
      {kind !== 'recall' && link('certificates.pdf', '当选证书', certificates)}
    </Space>
  );
}
