import { Card, Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRegionHistory } from '../../hooks/useRegion.js';
import { labelOf, regionChangeLabels } from '../../labels.js';
import { QueryError } from '../QueryError.js';

interface Named {
  code: string;
  name: string;
}
const named = (v: Named) => `${v.name}（${v.code}）`;

/** The server's change details in words: 柳山村 → 柳山新村; 张坑下村 并入 郑坑村; … */
function detailsText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details === 'string') return details;
  const d = details as { from?: unknown; to?: unknown; into?: unknown; added?: Named };
  if (typeof d.from === 'string' && typeof d.to === 'string') return `${d.from} → ${d.to}`;
  if (d.added) return `增设 ${named(d.added)}`;
  if (Array.isArray(d.from) && d.into)
    return `${(d.from as Named[]).map(named).join('、')} 合并为 ${named(d.into as Named)}`;
  if (d.from && Array.isArray(d.into))
    return `${named(d.from as Named)} 拆分为 ${(d.into as Named[]).map(named).join('、')}`;
  return JSON.stringify(details);
}

/** Additions, renames, merges and splits of this region, newest first, with who and why. */
export function RegionHistory({ code }: { code: string }) {
  const history = useRegionHistory(code);
  if (history.error) return <QueryError error={history.error} onRetry={() => history.refetch()} />;
  const items = [...(history.data?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <Card title="变更记录" size="small" loading={history.isPending}>
      {items.length === 0 ? (
        <Empty description="暂无变更记录" />
      ) : (
        <Timeline
          items={items.map((h) => ({
            key: h.id,
            content: (
              <>
                <Typography.Text strong>{labelOf(regionChangeLabels, h.kind)}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {dayjs(h.at).format('YYYY-MM-DD HH:mm')} · {h.actorName}
                </Typography.Text>
                <div>原因：{h.reason || '—'}</div>
                {h.details !== null && h.details !== undefined && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {detailsText(h.details)}
                  </Typography.Text>
                )}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
