import { EditOutlined, SplitCellsOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryError } from '../components/QueryError.js';
import { AreaVillages } from '../components/region/AreaVillages.js';
import { ChildRegionsTable } from '../components/region/ChildRegionsTable.js';
import { RegionBreadcrumb } from '../components/region/RegionBreadcrumb.js';
import { RegionDialog, type RegionDialogState } from '../components/region/RegionDialog.js';
import { RegionHistory } from '../components/region/RegionHistory.js';
import { VillageOverview } from '../components/region/VillageOverview.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { useRegion } from '../hooks/useRegion.js';
import { labelOf, levelLabels, regionStatusLabels, tagOf, villageKindLabels } from '../labels.js';
import { canEditRegions } from '../permissions.js';
import type { Region } from '../types.js';

function levelText(region: Region): string {
  if (region.level === 'village' && region.kind) return labelOf(villageKindLabels, region.kind);
  return labelOf(levelLabels, region.level);
}

function RegionBody({ region, canEdit }: { region: Region; canEdit: boolean }) {
  if (region.level === 'village') {
    return (
      <>
        <VillageOverview region={region} />
        <RegionHistory code={region.code} />
      </>
    );
  }
  if (region.level === 'county' || region.level === 'township') {
    return <AreaVillages region={region} canEdit={canEdit} />;
  }
  return <ChildRegionsTable code={region.code} />;
}

export function RegionPage() {
  const { code = '' } = useParams();
  const user = useCurrentUser();
  const region = useRegion(code);
  const [dialog, setDialog] = useState<RegionDialogState>(null);

  if (region.error) return <QueryError error={region.error} onRetry={() => region.refetch()} />;
  if (!region.data) return <Skeleton active />;
  const r = region.data;
  const canEdit = canEditRegions(user) && r.status === 'active';
  const status = tagOf(regionStatusLabels, r.status);

  return (
    <>
      <RegionBreadcrumb path={r.path} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '12px 0 16px' }}>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {r.name}
          </Typography.Title>
          <Tag>{levelText(r)}</Tag>
          {r.status !== 'active' && <Tag color={status.color}>{status.text}</Tag>}
        </Space>
        {canEdit && r.level === 'village' && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setDialog({ type: 'rename', target: r })}>
              更名
            </Button>
            <Button icon={<SplitCellsOutlined />} onClick={() => setDialog({ type: 'split', target: r })}>
              拆分（规模调整）
            </Button>
          </Space>
        )}
      </Flex>
      <RegionBody region={r} canEdit={canEdit} />
      <RegionDialog state={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
