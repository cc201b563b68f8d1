import { Card, Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRegionHistory } from '../../hooks/useRegion.js';
import { labelOf, regionChangeLabels } from '../../labels.js';
import { QueryError } from '../QueryError.js';

function detailsText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details === 'string') return details;
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
