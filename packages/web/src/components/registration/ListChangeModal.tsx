import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay, type Voter, villageApi } from './model.js';

interface Values {
  reason: string;
  changedOn: Dayjs;
}

/** 补登 (add to the published list) or 除名 (remove from it), each with its reason and date. */
export function ListChangeModal({
  village,
  voter,
  kind,
  onClose,
}: {
  village: VillageRef;
  voter: Voter;
  kind: 'add' | 'remove';
  onClose: () => void;
}) {
  const word = kind === 'add' ? '补登' : '除名';
  const save = useWriteMutation({
    mutationFn: (v: Values) =>
      api.post(`${villageApi(village.roundId, village.code)}/voters/${voter.id}/${kind}`, {
        reason: v.reason,
        changedOn: isoDay(v.changedOn),
      }),
    invalidates: [['registration']],
    success: `已${word}${voter.name}`,
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title={`${word}：${voter.name}`}
      okText={word}
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ changedOn: dayjs() }}
    >
      <Form.Item
        name="reason"
        label={`${word}原因`}
        rules={[{ required: true, message: `请填写${word}原因` }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={kind === 'add' ? '如：年满18周岁、迁入本村' : '如：死亡、迁出本村、被剥夺政治权利'}
        />
      </Form.Item>
      <Form.Item name="changedOn" label={`${word}日期`} rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
