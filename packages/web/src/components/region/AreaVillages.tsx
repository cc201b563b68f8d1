import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useRegionVillages } from '../../hooks/useRegion.js';
import type { Region, VillageRow } from '../../types.js';
import { QueryError } from '../QueryError.js';
import { RegionDialog, type RegionDialogState } from './RegionDialog.js';
import { VillagesTable } from './VillagesTable.js';

/** A county's or township's villages with their election day and status; the county office may adjust them. */
export function AreaVillages({ region, canEdit }: { region: Region; canEdit: boolean }) {
  const villages = useRegionVillages(region.code);
  const [dialog, setDialog] = useState<RegionDialogState>(null);
  if (villages.error) return <QueryError error={villages.error} onRetry={() => villages.refetch()} />;
  const rows = villages.data?.items ?? [];

  const toolbar = canEdit ? (
    <Space wrap>
      {region.level === 'township' && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ type: 'add', township: region })}>
          新增村（社区）
        </Button>
      )}
      <Button icon={<MergeCellsOutlined />} onClick={() => setDialog({ type: 'merge', villages: rows })}>
        合并村
      </Button>
    </Space>
  ) : null;

  const rowActions = canEdit
    ? (v: VillageRow) =>
        v.status === 'active' ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setDialog({ type: 'rename', target: v })}>
              更名
            </Button>
            <Button type="link" size="small" onClick={() => setDialog({ type: 'split', target: v })}>
              拆分
            </Button>
          </Space>
        ) : null
    : undefined;

  return (
    <Card
      title={`所辖村（社区）${villages.data ? `（${rows.length}）` : ''}`}
      extra={toolbar}
      size="small"
      styles={{ body: { padding: 0 } }}
    >
      <VillagesTable
        villages={rows}
        loading={villages.isPending}
        showTownship={region.level !== 'township'}
        actions={rowActions}
      />
      <RegionDialog state={dialog} onClose={() => setDialog(null)} />
    </Card>
  );
}
