import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import { type ScheduleStep, scheduleApi } from './model.js';

interface Values {
  doneOn: Dayjs;
  outcome: 'done' | 'not-needed';
  note?: string;
}

/** Records by hand that a step was done on a day, or that the village need not do it (with the reason). */
export function MarkStepModal({
  village,
  step,
  onClose,
}: {
  village: VillageRef;
  step: ScheduleStep;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const mark = useWriteMutation({
    mutationFn: ({ doneOn, ...v }: Values) =>
      api.post<ScheduleStep>(`${scheduleApi(village.roundId, village.code)}/${encodeURIComponent(step.id)}`, {
        ...v,
        doneOn: isoDay(doneOn),
      }),
    invalidates: [['registration'], ['schedule']],
    success: '已记录',
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title={`记录完成：${step.title}`}
      okText="记录"
      open
      form={form}
      busy={mark.isPending}
      onCancel={onClose}
      onSubmit={(v) => mark.mutate(v)}
      initialValues={{ doneOn: dayjs(), outcome: 'done' }}
    >
      {step.due && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          期限：{step.due}（{step.basis}，{step.rule}）
        </Typography.Paragraph>
      )}
      <Form.Item name="outcome" label="办理情况">
        <Radio.Group
          options={[
            { value: 'done', label: '已完成' },
            { value: 'not-needed', label: '本村无需办理' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="doneOn"
        label={outcome === 'not-needed' ? '确认日期' : '完成日期'}
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="note"
        label="说明"
        rules={[
          { required: outcome === 'not-needed', whitespace: true, message: '请写明无需办理的原因' },
          { max: 500, message: '说明不超过 500 字' },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={
            outcome === 'not-needed' ? '如：本村无委托投票申请' : '如：已在村务公开栏张贴，附照片存档'
          }
        />
      </Form.Item>
    </FormModal>
  );
}
