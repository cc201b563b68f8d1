import { App, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { claimLabels, isoDay, type Objection, problemText, villageApi } from './model.js';
import { VoterSelect } from './VoterSelect.js';

interface Values {
  filedOn: Dayjs;
  filerName: string;
  claim: 'add' | 'remove' | 'correct';
  subjectVoterId?: string;
  subjectName?: string;
  subjectIdNumber?: string;
  content: string;
}

/** Files an objection (申诉); one filed too late is recorded as refused, with the rule. */
export function FileObjectionModal({ village, onClose }: { village: VillageRef; onClose: () => void }) {
  const { modal } = App.useApp();
  const file = useWriteMutation({
    mutationFn: ({ filedOn, ...v }: Values) =>
      api.post<Objection>(`${villageApi(village.roundId, village.code)}/objections`, {
        ...v,
        filedOn: isoDay(filedOn),
        subjectName: v.subjectName || null,
        subjectIdNumber: v.subjectIdNumber || null,
      }),
    invalidates: [['registration']],
    success: '申诉已登记',
    onSuccess: (o) => {
      onClose();
      if (o.refusal || !o.accepted) {
        modal.warning({
          title: '该申诉不予受理',
          content: o.refusal ? problemText(o.refusal) : (o.refusedReason ?? ''),
          okText: '知道了',
        });
      }
    },
  });
  return (
    <FormModal<Values>
      title="登记申诉"
      okText="登记"
      open
      busy={file.isPending}
      onCancel={onClose}
      onSubmit={(v) => file.mutate(v)}
      initialValues={{ filedOn: dayjs(), claim: 'add' }}
    >
      <Form.Item name="filedOn" label="申诉日期" rules={[{ required: true, message: '请选择申诉日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="filerName" label="申诉人" rules={[{ required: true, message: '请填写申诉人姓名' }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="claim" label="申诉请求" rules={[{ required: true }]}>
        <Radio.Group options={Object.entries(claimLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="subjectVoterId" label="申诉对象（从登记册中选择）">
        <VoterSelect village={village} />
      </Form.Item>
      <Form.Item
        name="subjectName"
        label="或填写登记册中没有的人的姓名"
        dependencies={['subjectVoterId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value || getFieldValue('subjectVoterId')
                ? Promise.resolve()
                : Promise.reject(new Error('请选择或填写申诉对象')),
          }),
        ]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="subjectIdNumber" label="其公民身份号码">
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="content" label="申诉内容" rules={[{ required: true, message: '请填写申诉内容' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
