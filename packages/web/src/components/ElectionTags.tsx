import { Tag, Tooltip } from 'antd';
import { electionStatusLabels, tagOf } from '../labels.js';
import type { ElectionSummary } from '../types.js';

export function inOrder(elections: ElectionSummary[]): ElectionSummary[] {
  return [...elections].sort((a, b) => a.seq - b.seq);
}

/** A village's elections as a compact row of tags, in the order the round holds them. */
export function ElectionTags({ elections }: { elections: ElectionSummary[] }) {
  if (elections.length === 0) return <span style={{ color: '#999' }}>—</span>;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
      {inOrder(elections).map((e) => {
        const status = tagOf(electionStatusLabels, e.status);
        const date = e.scheduledDate ? `，${e.scheduledDate}` : '';
        return (
          <Tooltip key={e.id} title={`第${e.seq}项：${e.title}（${status.text}${date}）`}>
            <Tag color={status.color} style={{ marginInlineEnd: 0 }}>
              {e.seq}. {e.title} · {status.text}
            </Tag>
          </Tooltip>
        );
      })}
    </div>
  );
}
