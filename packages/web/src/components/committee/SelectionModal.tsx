import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { COMMITTEE_KEY } from '../../hooks/useCommittee.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { isoDay } from '../registration/model.js';
import { bodyLabels, type CommitteeAnswer, committeeApi, type SelectionBody, sizeText } from './model.js';
import { PersonSelect } from './PersonSelect.js';

type Role = 'chair' | 'member' | 'alternate';

interface Row {
  voterId?: string;
  role: Role;
  votes?: number | null;
}

interface Values {
  body: SelectionBody;
  heldOn: Dayjs;
  minutesRef?: string;
  note?: string;
  people: Row[];
}

const ROLE_OPTIONS = [
  { value: 'chair', label: '主任' },
  { value: 'member', label: '委员' },
  { value: 'alternate', label: '候补' },
];

/**
 * Records the selection meeting and its result in order (C2-1, C2-3): the original selection (or its
 * correction), or a 另行推选 whose people join the end of the order as alternates.
 */
export function SelectionModal({
  village,
  committee,
  kind,
  onClose,
}: {
  village: VillageRef;
  committee: CommitteeAnswer;
  kind: 'original' | 'reselection';
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const isPhone = useIsPhone();
  const { modal } = App.useApp();
  const people = Form.useWatch('people', form) ?? [];
  const original = committee.meetings.find((m) => m.kind === 'original');
  const correcting = kind === 'original' && original !== undefined;
  const known = Object.fromEntries(
    committee.members.map((m) => [m.voterId, `${m.name}（${m.groupName ?? ''}）`]),
  );
  const base = committeeApi(village.roundId, village.code);

  const save = useWriteMutation({
    mutationFn: ({ heldOn, people: rows, ...v }: Values) => {
      const body = { ...v, heldOn: isoDay(heldOn), minutesRef: v.minutesRef || null, note: v.note || null };
      const list = rows.filter((r) => r.voterId);
      return kind === 'original'
        ? api.put<CommitteeAnswer>(base, {
            ...body,
            people: list.map((r) => ({ voterId: r.voterId, role: r.role, votes: r.votes ?? null })),
          })
        : api.post<CommitteeAnswer>(`${base}/reselections`, {
            ...body,
            people: list.map((r) => ({ voterId: r.voterId, votes: r.votes ?? null })),
          });
    },
    invalidates: [[COMMITTEE_KEY]],
    success: kind === 'original' ? '推选结果已记录' : '另行推选结果已记录',
    onSuccess: (answer) => {
      onClose();
      const advice = answer.advisories ?? [];
      if (advice.length > 0)
        modal.warning({
          title: '已记录，请注意',
          content: advice.map((a) => `${a.reason}（${a.rule}）`).join('；'),
        });
    },
  });

  const seated = people.filter((p) => p?.role === 'chair' || p?.role === 'member').length;
  const chairs = people.filter((p) => p?.role === 'chair').length;
  const alternates = people.filter((p) => p?.role === 'alternate').length;
  const { size } = committee.rules;
  const sizeOk = seated >= size.min && (size.max === null || seated <= size.max);

  const initial: Partial<Values> = correcting
    ? {
        body: original.body,
        heldOn: dayjs(original.heldOn),
        minutesRef: original.minutesRef ?? '',
        note: original.note ?? '',
        people: committee.members
          .filter((m) => m.meetingId === original.id)
          .map((m) => ({
            voterId: m.voterId,
            role: m.status === 'alternate' ? 'alternate' : m.chair ? 'chair' : 'member',
            votes: m.votes,
          })),
      }
    : {
        body: 'representatives-meeting',
        heldOn: dayjs(),
        people:
          kind === 'original'
            ? [
                { role: 'chair' },
                ...Array.from({ length: Math.max(size.min - 1, 2) }, () => ({ role: 'member' as const })),
                { role: 'alternate' },
              ]
            : [{ role: 'alternate' }],
      };

  return (
    <Modal
      title={kind === 'reselection' ? '另行推选选举委员会成员' : correcting ? '更正推选结果' : '记录推选结果'}
      open
      width={isPhone ? '100%' : 760}
      okText="保存"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        style={{ marginTop: 16 }}
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {kind === 'reselection'
            ? '另行推选的人员按顺序排在原推选结果之后，用于递补空缺（C2-3）。'
            : `选举委员会由村民会议、村民代表会议或各村民小组会议推选产生（C2-1）。请按推选结果的顺序填写：主任、委员，再填候补人员；有成员退出时按此顺序依次递补（C2-3）。`}
        </Typography.Paragraph>
        <Flex gap={12} wrap>
          <Form.Item
            name="body"
            label="推选会议"
            rules={[{ required: true, message: '请选择推选会议' }]}
            style={{ flex: '1 1 200px' }}
          >
            <Select options={Object.entries(bodyLabels).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            name="heldOn"
            label="推选日期"
            rules={[{ required: true, message: '请选择推选日期' }]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="minutesRef" label="会议记录编号" style={{ flex: '1 1 200px' }}>
            <Input maxLength={100} placeholder="如：柳村代〔2026〕3号" />
          </Form.Item>
        </Flex>
        <Form.List name="people">
          {(fields, { add, remove, move }) => (
            <>
              <Typography.Text strong>推选结果（按顺序）</Typography.Text>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={6} align="start" style={{ marginTop: 8 }} wrap={isPhone}>
                  <Typography.Text style={{ width: 24, lineHeight: '32px', textAlign: 'right' }}>
                    {i + 1}
                  </Typography.Text>
                  <Form.Item
                    name={[field.name, 'voterId']}
                    rules={[{ required: true, message: '请选择人员' }]}
                    style={{ flex: '1 1 220px', marginBottom: 0, minWidth: 0 }}
                  >
                    <PersonSelect village={village} known={known} ariaLabel={`第${i + 1}位人员`} />
                  </Form.Item>
                  {kind === 'original' && (
                    <Form.Item name={[field.name, 'role']} style={{ width: 96, marginBottom: 0 }}>
                      <Select options={ROLE_OPTIONS} aria-label="职务" />
                    </Form.Item>
                  )}
                  <Form.Item name={[field.name, 'votes']} style={{ width: 96, marginBottom: 0 }}>
                    <InputNumber min={0} placeholder="得票" style={{ width: '100%' }} aria-label="得票" />
                  </Form.Item>
                  <Button
                    icon={<ArrowUpOutlined />}
                    aria-label="上移"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  />
                  <Button
                    icon={<ArrowDownOutlined />}
                    aria-label="下移"
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label="删除"
                    danger
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => add({ role: kind === 'original' && seated === 0 ? 'chair' : 'alternate' })}
              >
                添加一人
              </Button>
            </>
          )}
        </Form.List>
        {kind === 'original' && (
          <Typography.Paragraph
            style={{ marginTop: 12 }}
            type={sizeOk && chairs === 1 ? 'secondary' : 'danger'}
          >
            主任 {chairs} 人、委员 {seated - chairs} 人，合计 {seated} 人（本规则集：{sizeText(size)}，规则{' '}
            {size.rule}
            {committee.rules.oddPreferred.value ? '，以奇数为宜' : ''}）；候补 {alternates} 人。
          </Typography.Paragraph>
        )}
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
