import { Card, Descriptions, Empty, Steps } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useRegionVillages } from '../../hooks/useRegion.js';
import {
  electionStatusLabels,
  labelOf,
  tagOf,
  villageKindLabels,
  villageRoundStatusLabels,
} from '../../labels.js';
import type { ElectionStatus, ElectionSummary, Region } from '../../types.js';
import { inOrder } from '../ElectionTags.js';
import { QueryError } from '../QueryError.js';
import { RegistrationLinks } from '../registration/RegistrationLinks.js';
import { StatusTag } from '../StatusTag.js';

// Held and failed elections carry their own mark; the first one not yet held is the current step.
const stepStatus: Partial<Record<ElectionStatus, 'finish' | 'error'>> = {
  held: 'finish',
  failed: 'error',
};

function currentStep(elections: ElectionSummary[]): number {
  const next = inOrder(elections).findIndex((e) => e.status !== 'held');
  return next === -1 ? elections.length : next;
}

/** A village's details and its elections in the current round, in the order they are held. */
export function VillageOverview({ region }: { region: Region }) {
  const isPhone = useIsPhone();
  const villages = useRegionVillages(region.code);
  if (villages.error) return <QueryError error={villages.error} onRetry={() => villages.refetch()} />;
  const row = villages.data?.items.find((v) => v.code === region.code);
  const township = region.path.at(-2);

  return (
    <>
      <Card title="基本信息" size="small" loading={villages.isPending} style={{ marginBottom: 16 }}>
        <Descriptions column={isPhone ? 1 : 3} size="small">
          <Descriptions.Item label="区划代码">{region.code}</Descriptions.Item>
          <Descriptions.Item label="类型">{labelOf(villageKindLabels, region.kind)}</Descriptions.Item>
          <Descriptions.Item label="所属乡镇">{row?.townshipName ?? township?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="本届选举日">{row?.electionDay ?? '未定'}</Descriptions.Item>
          <Descriptions.Item label="本届状态">
            <StatusTag tag={tagOf(villageRoundStatusLabels, row?.roundStatus)} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="本届选举（按顺序）" size="small" loading={villages.isPending} style={{ marginBottom: 16 }}>
        {row && row.elections.length > 0 ? (
          <Steps
            orientation={isPhone ? 'vertical' : 'horizontal'}
            size="small"
            current={currentStep(row.elections)}
            items={inOrder(row.elections).map((e) => ({
              title: e.title,
              status: stepStatus[e.status],
              content: (
                <>
                  {tagOf(electionStatusLabels, e.status).text}
                  {e.scheduledDate ? ` · ${e.scheduledDate}` : ''}
                </>
              ),
            }))}
          />
        ) : (
          <Empty description="本村（社区）尚未纳入换届，或尚未安排选举" />
        )}
      </Card>
      <RegistrationLinks villageCode={region.code} />
    </>
  );
}
