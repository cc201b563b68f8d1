import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { reasonRules } from '../../formRules.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { RoundVillage } from '../../types.js';
import { FormModal } from '../FormModal.js';

interface Values {
  newDate: Dayjs;
  reason: string;
}

export function PostponeModal({
  roundId,
  village,
  onClose,
}: {
  roundId: string;
  village: RoundVillage;
  onClose: () => void;
}) {
  const postpone = useWriteMutation({
    mutationFn: (v: Values) =>
      api.post(`/rounds/${roundId}/villages/${village.code}/postpone`, {
        newDate: v.newDate.format('YYYY-MM-DD'),
        reason: v.reason,
      }),
    invalidates: [['rounds'], ['regions']],
    success: `已推迟${village.name}的选举`,
    onSuccess: onClose,
  });

  return (
    <FormModal<Values>
      title={`推迟选举：${village.name}`}
      open
      okText="推迟"
      busy={postpone.isPending}
      onCancel={onClose}
      onSubmit={(v) => postpone.mutate(v)}
    >
      <Form.Item label="原选举日">{village.electionDay ?? '未定'}</Form.Item>
      <Form.Item label="新选举日" name="newDate" rules={[{ required: true, message: '请选择新选举日' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="推迟原因" name="reason" rules={reasonRules}>
        <Input.TextArea rows={3} placeholder="如：村规模调整尚未完成" />
      </Form.Item>
    </FormModal>
  );
}
