import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import {
  CHANNEL_LABELS,
  COMPLAINT_CATEGORY_IDS,
  COMPLAINT_CATEGORY_LABELS,
  type Complaint,
  type ComplaintCategory,
  type ComplaintLimit,
  ITEM_CATEGORY_LABELS,
  LEVEL_LABELS,
  LEVELS,
  oversightKeys,
  type RiskLevel,
  villageApi,
} from './model.js';

const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

interface IntakeValues {
  villageCode: string;
  receivedOn: Dayjs;
  channel: string;
  category: ComplaintCategory;
  anonymous: boolean;
  complainantName?: string;
  complainantPhone?: string;
  summary: string;
}

/** 登记信访件: the village, the day received, channel, category (its time limit shown), who and what. */
export function RegisterComplaintModal(props: {
  roundId: string;
  villages: { code: string; name: string; townshipName: string }[];
  limits: ComplaintLimit[];
  defaultVillage?: string | undefined;
  onClose: () => void;
  onDone: (c: Complaint) => void;
}) {
  const [form] = Form.useForm<IntakeValues>();
  const category = Form.useWatch('category', form);
  const anonymous = Form.useWatch('anonymous', form);
  const limit = props.limits.find((l) => l.category === category);
  const save = useWriteMutation({
    mutationFn: ({ villageCode, receivedOn, ...v }: IntakeValues) =>
      api.post<Complaint>(`${villageApi(props.roundId, villageCode)}/complaints`, {
        ...v,
        receivedOn: isoDay(receivedOn),
        complainantName: v.anonymous ? undefined : v.complainantName,
        complainantPhone: v.anonymous ? undefined : v.complainantPhone || undefined,
      }),
    invalidates: [oversightKeys.all],
    success: '信访件已登记',
    onSuccess: props.onDone,
  });
  const twoTownships = new Set(props.villages.map((v) => v.townshipName)).size > 1;
  return (
    <FormModal<IntakeValues>
      title="登记信访件"
      okText="登记"
      open
      form={form}
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{
        receivedOn: dayjs(),
        channel: 'visit',
        category: 'voter-list',
        anonymous: false,
        villageCode: props.defaultVillage,
      }}
    >
      <Form.Item
        name="villageCode"
        label="涉及村（社区）"
        rules={[{ required: true, message: '请选择涉及的村' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择村（社区）"
          options={props.villages.map((v) => ({
            value: v.code,
            label: twoTownships ? `${v.townshipName} ${v.name}` : v.name,
          }))}
        />
      </Form.Item>
      <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true, message: '请选择收到日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
      </Form.Item>
      <Form.Item name="channel" label="来源渠道" rules={[{ required: true, message: '请选择来源渠道' }]}>
        <Select options={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item
        name="category"
        label="类别"
        rules={[{ required: true, message: '请选择类别' }]}
        extra={limit ? `办理时限 ${limit.days} 日：${limit.basis}` : undefined}
      >
        <Select
          options={COMPLAINT_CATEGORY_IDS.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item name="anonymous" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>匿名反映</Checkbox>
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item
            name="complainantName"
            label="信访人"
            rules={[{ required: true, whitespace: true, message: '请填写信访人姓名，或勾选匿名' }]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="complainantPhone" label="联系电话">
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="summary"
        label="反映问题"
        rules={[{ required: true, whitespace: true, message: '请填写反映的问题' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** The county's own days per category; voter-list objections keep the law's B-3 days. */
export function LimitsModal(props: {
  roundId: string;
  limits: ComplaintLimit[];
  canEdit: boolean;
  onClose: () => void;
}) {
  const [editing, setEditing] = useState<Record<string, number | null>>({});
  const save = useWriteMutation({
    mutationFn: (v: { category: ComplaintCategory; days: number | null }) =>
      api.put(`/rounds/${props.roundId}/complaints/limits`, v),
    invalidates: [oversightKeys.all],
    success: '办理时限已保存',
  });
  return (
    <FormModal<object>
      title="各类信访件的办理时限"
      okText="关闭"
      open
      busy={false}
      onCancel={props.onClose}
      onSubmit={props.onClose}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        自收到之日的次日起计算，最后一日为法定休假日的顺延（C-3）。新登记的信访件按登记时的时限计算。
      </Typography.Paragraph>
      <Table<ComplaintLimit>
        size="small"
        rowKey="category"
        pagination={false}
        dataSource={props.limits}
        columns={[
          {
            title: '类别',
            dataIndex: 'category',
            render: (c: ComplaintCategory) => COMPLAINT_CATEGORY_LABELS[c],
          },
          {
            title: '时限（日）',
            key: 'days',
            width: 120,
            render: (_: unknown, l) =>
              props.canEdit && l.countyMaySet ? (
                <InputNumber
                  aria-label={`${COMPLAINT_CATEGORY_LABELS[l.category]}办理时限`}
                  min={1}
                  max={90}
                  size="small"
                  value={editing[l.category] !== undefined ? editing[l.category] : l.days}
                  onChange={(v) => setEditing((e) => ({ ...e, [l.category]: v }))}
                  onBlur={() => {
                    const v = editing[l.category];
                    if (v !== undefined && v !== l.days)
                      save.mutate({ category: l.category, days: v ?? null });
                  }}
                />
              ) : (
                l.days
              ),
          },
          {
            title: '依据',
            dataIndex: 'basis',
            render: (b: string, l) => (
              <Typography.Text
                type={l.source === 'county' ? undefined : 'secondary'}
                style={{ fontSize: 12 }}
              >
                {b}
              </Typography.Text>
            ),
          },
        ]}
      />
    </FormModal>
  );
}

interface ItemValues {
  title: string;
  category: string;
  level: RiskLevel;
  owner: string;
  measures?: string;
  dueOn: Dayjs;
}

/** The fields of a risk point (风险点), shared by the ledger and by a complaint turned into one. */
export function RiskItemFields() {
  return (
    <>
      <Form.Item
        name="title"
        label="风险点"
        rules={[{ required: true, whitespace: true, message: '请填写风险点' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="category" label="风险类别" rules={[{ required: true, message: '请选择风险类别' }]}>
        <Select options={Object.entries(ITEM_CATEGORY_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="level" label="等级" rules={[{ required: true, message: '请选择等级' }]}>
        <Select options={LEVELS.map((l) => ({ value: l, label: `${LEVEL_LABELS[l]}色` }))} />
      </Form.Item>
      <Form.Item
        name="owner"
        label="责任人"
        rules={[{ required: true, whitespace: true, message: '请填写责任人' }]}
      >
        <Input maxLength={100} placeholder="如：包村干部 张三" />
      </Form.Item>
      <Form.Item name="measures" label="防控措施">
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="dueOn" label="销号时限" rules={[{ required: true, message: '请选择销号时限' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

export function RiskItemModal(props: {
  title: string;
  /** the POST path under /api */
  path: string;
  initial?: Partial<ItemValues>;
  onClose: () => void;
}) {
  const save = useWriteMutation({
    mutationFn: ({ dueOn, ...v }: ItemValues) => api.post(props.path, { ...v, dueOn: isoDay(dueOn) }),
    invalidates: [oversightKeys.all],
    success: '风险点已列入台账',
    onSuccess: props.onClose,
  });
  return (
    <FormModal<ItemValues>
      title={props.title}
      okText="保存"
      open
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ level: 'orange', category: 'other', dueOn: dayjs().add(7, 'day'), ...props.initial }}
    >
      <RiskItemFields />
    </FormModal>
  );
}
