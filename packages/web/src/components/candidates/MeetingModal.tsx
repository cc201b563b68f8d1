import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import { CANDIDATE_INVALIDATES, type Candidate, candidatesApi } from './model.js';

interface Values {
  heldOn: Dayjs;
  place: string;
  attendance: number;
  candidateIds: string[];
  notes?: string;
}

/** Records the candidates' meeting with villagers (D-3): date, place, attendance, who spoke, what was asked. */
export function MeetingModal({
  village,
  candidates,
  onClose,
}: {
  village: VillageRef;
  candidates: Candidate[];
  onClose: () => void;
}) {
  const record = useWriteMutation({
    mutationFn: (v: Values) =>
      api.post(`${candidatesApi(village.roundId, village.code)}/meetings`, {
        heldOn: isoDay(v.heldOn),
        place: v.place,
        attendance: v.attendance,
        candidateIds: v.candidateIds ?? [],
        ...(v.notes?.trim() && { notes: v.notes.trim() }),
      }),
    invalidates: CANDIDATE_INVALIDATES,
    success: '见面会已记录',
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title="记录候选人与村民见面会"
      okText="记录"
      open
      busy={record.isPending}
      onCancel={onClose}
      onSubmit={(v) => record.mutate(v)}
      initialValues={{ heldOn: dayjs(), candidateIds: candidates.map((c) => c.id) }}
    >
      <Typography.Paragraph type="secondary">
        村民选举委员会组织候选人与村民见面，由候选人介绍履行职责的设想，回答村民提出的问题（D-3）。
      </Typography.Paragraph>
      <Form.Item name="heldOn" label="见面日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="place"
        label="地点"
        rules={[
          { required: true, whitespace: true, message: '请填写见面地点' },
          { max: 60, message: '地点不超过 60 字' },
        ]}
      >
        <Input placeholder="如村文化礼堂" />
      </Form.Item>
      <Form.Item
        name="attendance"
        label="到会村民人数"
        rules={[{ required: true, message: '请填写到会人数' }]}
      >
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} suffix="人" />
      </Form.Item>
      <Form.Item name="candidateIds" label="到会候选人">
        <Select
          mode="multiple"
          options={candidates.map((c) => ({ value: c.id, label: `${c.name}（${c.officeTitle}）` }))}
        />
      </Form.Item>
      <Form.Item name="notes" label="见面情况" rules={[{ max: 1000, message: '不超过 1000 字' }]}>
        <Input.TextArea rows={3} placeholder="村民提出的主要问题和候选人的回答" />
      </Form.Item>
    </FormModal>
  );
}
