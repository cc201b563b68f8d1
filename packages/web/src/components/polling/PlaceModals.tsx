import { Alert, Form, Input, Select, Typography } from 'antd';
import { api } from '../../api.js';
import { POLLING_KEY } from '../../hooks/usePolling.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { type PollingPlace, type PollingPlanAnswer, pollingApi } from './model.js';

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeRule = (required: boolean) => [
  ...(required ? [{ required: true, message: '请填写时间' }] : []),
  { pattern: TIME, message: '写成 HH:MM，如 08:00' },
];

interface VenueValues {
  place: string;
  opensAt: string;
  closesAt: string;
}

/** 中心会场: where, and the hours on election day (B-7). */
export function VenueModal({
  village,
  data,
  onClose,
}: {
  village: VillageRef;
  data: PollingPlanAnswer;
  onClose: () => void;
}) {
  const venue = data.places.find((p) => p.kind === 'central');
  const save = useWriteMutation({
    mutationFn: (v: VenueValues) => api.put(`${pollingApi(village.roundId, village.code)}/venue`, v),
    invalidates: [[POLLING_KEY]],
    success: '中心会场已保存',
    onSuccess: onClose,
  });
  return (
    <FormModal<VenueValues>
      title="中心会场"
      okText="保存"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{
        place: venue?.place ?? '',
        opensAt: venue?.opensAt ?? '08:00',
        closesAt: venue?.closesAt ?? '12:00',
      }}
    >
      <Typography.Paragraph type="secondary">
        投票日期为选举日（{data.electionDay ?? '未定'}）。所有票箱投票结束后封存，集中到中心会场统一开箱计票。
      </Typography.Paragraph>
      <Form.Item name="place" label="地点" rules={[{ required: true, message: '请填写中心会场地点' }]}>
        <Input maxLength={100} placeholder="如：村文化礼堂" />
      </Form.Item>
      <Form.Item name="opensAt" label="投票开始时间" rules={timeRule(true)}>
        <Input maxLength={5} placeholder="08:00" />
      </Form.Item>
      <Form.Item name="closesAt" label="投票结束时间" rules={timeRule(true)}>
        <Input maxLength={5} placeholder="12:00" />
      </Form.Item>
    </FormModal>
  );
}

interface PlaceValues {
  name: string;
  place: string;
  groups?: string[];
  route?: string;
  opensAt?: string;
  closesAt?: string;
}

/** A polling station (serving 村民小组) or a mobile box (route; proposed to the township, G-7). */
export function PlaceModal({
  village,
  data,
  kind,
  place,
  onClose,
}: {
  village: VillageRef;
  data: PollingPlanAnswer;
  kind: 'station' | 'mobile';
  /** null: a new one */
  place: PollingPlace | null;
  onClose: () => void;
}) {
  const base = pollingApi(village.roundId, village.code);
  const title = kind === 'station' ? '投票站' : '流动票箱';
  const save = useWriteMutation({
    mutationFn: (v: PlaceValues) => {
      const body = {
        name: v.name,
        place: v.place ?? '',
        ...(kind === 'station' ? { groups: v.groups ?? [] } : { route: v.route || null }),
        opensAt: v.opensAt || null,
        closesAt: v.closesAt || null,
      };
      return place
        ? api.put(`${base}/places/${place.id}`, body)
        : api.post(`${base}/places`, { kind, ...body });
    },
    invalidates: [[POLLING_KEY]],
    success: place ? `${title}已修改` : `${title}已设立`,
    onSuccess: onClose,
  });
  const takenBy = new Map(
    data.places
      .filter((p) => p.kind === 'station' && p.id !== place?.id)
      .flatMap((p) => p.groups.map((g) => [g, p.name])),
  );
  const needsApproval = kind === 'mobile' && data.rules.mobileBoxNeedsTownshipApproval.value;
  return (
    <FormModal<PlaceValues>
      title={place ? `修改${title}` : `新设${title}`}
      okText="保存"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{
        name:
          place?.name ??
          (kind === 'station'
            ? `第${CN_NUMBERS[data.places.filter((p) => p.kind === 'station').length] ?? ''}投票站`
            : ''),
        place: place?.place ?? '',
        groups: place?.groups ?? [],
        route: place?.route ?? '',
        opensAt: place?.opensAt ?? '',
        closesAt: place?.closesAt ?? '',
      }}
    >
      {needsApproval && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`设立流动票箱须报乡镇批准（${data.rules.mobileBoxNeedsTownshipApproval.rule}）`}
          description={`仅用于居住分散、交通不便等难以集中投票的情况；须确定使用它投票的选民名单，并安排${data.rules.mobileBoxMinStaff.value ?? ''}名以上监票人。修改路线或选民后须重新报批。`}
        />
      )}
      <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
        <Input maxLength={40} placeholder={kind === 'station' ? '如：第一投票站' : '如：东坑流动票箱'} />
      </Form.Item>
      <Form.Item name="place" label={kind === 'station' ? '地点' : '出发地点'}>
        <Input maxLength={100} placeholder={kind === 'station' ? '如：郑家祠堂' : '如：村委会'} />
      </Form.Item>
      {kind === 'station' ? (
        <Form.Item
          name="groups"
          label="服务的村民小组"
          rules={[{ required: true, message: '投票站至少服务一个村民小组' }]}
          extra="未设投票站的村民小组在中心会场投票。"
        >
          <Select
            mode="multiple"
            placeholder="选择村民小组"
            options={data.groups.map((g) => ({
              value: g.name,
              label: takenBy.has(g.name)
                ? `${g.name}（已由${takenBy.get(g.name)}负责）`
                : `${g.name}（${g.voters}人）`,
              disabled: takenBy.has(g.name),
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="route" label="巡回路线">
          <Input.TextArea rows={2} maxLength={500} placeholder="如：东坑—西坑—后山" />
        </Form.Item>
      )}
      <Form.Item name="opensAt" label="开始时间（不填同中心会场）" rules={timeRule(false)}>
        <Input maxLength={5} placeholder="08:00" />
      </Form.Item>
      <Form.Item name="closesAt" label="结束时间（不填同中心会场）" rules={timeRule(false)}>
        <Input maxLength={5} placeholder="11:00" />
      </Form.Item>
    </FormModal>
  );
}

/** The township approves a mobile box (G-7) or returns it with a note. */
export function BoxDecisionModal({
  village,
  place,
  action,
  onClose,
}: {
  village: VillageRef;
  place: PollingPlace;
  action: 'approve' | 'return';
  onClose: () => void;
}) {
  const approve = action === 'approve';
  const decide = useWriteMutation({
    mutationFn: (v: { note?: string }) =>
      api.post(`${pollingApi(village.roundId, village.code)}/places/${place.id}/${action}`, {
        note: v.note || undefined,
      }),
    invalidates: [[POLLING_KEY]],
    success: approve ? '已批准设立流动票箱' : '已退回',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ note?: string }>
      title={`${approve ? '批准' : '退回'}：${place.name}`}
      okText={approve ? '批准' : '退回'}
      open
      busy={decide.isPending}
      onCancel={onClose}
      onSubmit={(v) => decide.mutate(v)}
    >
      <Typography.Paragraph>
        使用该票箱投票的选民 {place.voters} 人，监票人 {place.scrutineers} 名。
        {place.route ? `巡回路线：${place.route}` : ''}
      </Typography.Paragraph>
      <Form.Item
        name="note"
        label={approve ? '批准意见（可不填）' : '退回意见'}
        rules={approve ? [] : [{ required: true, message: '请写明退回的理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
