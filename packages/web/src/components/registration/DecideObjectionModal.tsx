import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { claimLabels, isoDay, type Objection, villageApi } from './model.js';
import { VoterSelect } from './VoterSelect.js';

interface Values {
  decision: 'upheld' | 'rejected';
  decisionNote: string;
  decidedOn: Dayjs;
  publishedOn?: Dayjs;
  subjectVoterId?: string;
  groupName?: string;
  householdNo?: string;
  name?: string;
}

/** Decides an objection; an upheld one changes the list (补登, 除名 or a correction) at once. */
export function DecideObjectionModal({
  village,
  objection: o,
  onClose,
}: {
  village: VillageRef;
  objection: Objection;
  onClose: () => void;
}) {
  const decide = useWriteMutation({
    mutationFn: (v: Values) => {
      const corrections = Object.fromEntries(
        (['name', 'groupName', 'householdNo'] as const).filter((k) => v[k]).map((k) => [k, v[k]]),
      );
      return api.post(`${villageApi(village.roundId, village.code)}/objections/${o.id}/decision`, {
        decision: v.decision,
        decisionNote: v.decisionNote,
        decidedOn: isoDay(v.decidedOn),
        publishedOn: v.publishedOn ? isoDay(v.publishedOn) : null,
        subjectVoterId: v.subjectVoterId || null,
        ...(o.claim === 'correct' && v.decision === 'upheld' && { corrections }),
      });
    },
    invalidates: [['registration']],
    success: '处理决定已记录',
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title={`处理申诉：${o.subjectName}（${claimLabels[o.claim]}）`}
      okText="作出决定"
      open
      busy={decide.isPending}
      onCancel={onClose}
      onSubmit={(v) => decide.mutate(v)}
      initialValues={{ decision: 'upheld', decidedOn: dayjs(), publishedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary">
        {o.filedOn} {o.filerName}申诉：{o.content}。应于 {o.dueDecisionOn ?? '—'} 前作出处理决定。
      </Typography.Paragraph>
      <Form.Item name="decision" label="处理决定" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'upheld', label: '申诉成立' },
            { value: 'rejected', label: '申诉不成立' },
          ]}
        />
      </Form.Item>
      <Form.Item name="decisionNote" label="处理意见" rules={[{ required: true, message: '请填写处理意见' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {!o.subjectVoterId && (
        <Form.Item name="subjectVoterId" label="申诉对象在登记册中的记录（已录入时选择）">
          <VoterSelect village={village} />
        </Form.Item>
      )}
      {o.claim === 'correct' && (
        <>
          <Form.Item name="name" label="更正后的姓名">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="groupName" label="更正后的村民小组">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="householdNo" label="更正后的户号">
            <Input maxLength={40} />
          </Form.Item>
        </>
      )}
      <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="publishedOn" label="公布日期">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
