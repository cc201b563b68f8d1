// Which vote of the village's election a page shows: one button per vote, newest last.
import { Segmented, Tag, Typography } from 'antd';
import type { VoteSummary } from '../count/model.js';
import { STATUS_COLORS } from './model.js';

const STATUS_SHORT: Record<string, string> = {
  polling: '投票中',
  counting: '计票中',
  counted: '已计算',
  reported: '已报送',
  confirmed: '已确认',
};

export function VotePicker({
  votes,
  value,
  onChange,
}: {
  votes: VoteSummary[];
  value: string | null;
  onChange: (voteId: string) => void;
}) {
  if (votes.length === 1) {
    const v = votes[0]!;
    return (
      <Typography.Title level={4} style={{ margin: 0 }}>
        {v.kindLabel} <Tag color={STATUS_COLORS[v.status]}>{STATUS_SHORT[v.status]}</Tag>
      </Typography.Title>
    );
  }
  return (
    <Segmented
      aria-label="选择投票"
      value={value ?? undefined}
      onChange={(v) => onChange(String(v))}
      options={votes.map((v) => ({
        value: v.id,
        label: `${v.seq}. ${v.kindLabel} · ${STATUS_SHORT[v.status] ?? v.status}`,
      }))}
    />
  );
}

/** The vote a page opens on: the one being worked on (counting, then awaiting a step), else the newest. */
export function defaultVote(votes: VoteSummary[], prefer: readonly string[]): string | null {
  for (const status of prefer) {
    const found = [...votes].reverse().find((v) => v.status === status);
    if (found) return found.id;
  }
  return votes[votes.length - 1]?.id ?? null;
}
