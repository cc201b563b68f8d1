import { Form, Input } from 'antd';
import { api } from '../../api.js';
import { nameRules, reasonRules } from '../../formRules.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { Region } from '../../types.js';
import { FormModal } from '../FormModal.js';

interface Values {
  name: string;
  reason: string;
}

export function RenameRegionModal({
  region,
  onClose,
}: {
  region: { code: string; name: string };
  onClose: () => void;
}) {
  const rename = useWriteMutation({
    mutationFn: (v: Values) => api.patch<Region>(`/regions/${region.code}`, v),
    invalidates: [['regions'], ['rounds'], ['users']],
    success: '已更名',
    onSuccess: onClose,
  });

  return (
    <FormModal<Values>
      title={`更名：${region.name}`}
      open
      busy={rename.isPending}
      onCancel={onClose}
      onSubmit={(v) => rename.mutate(v)}
      initialValues={{ name: region.name }}
    >
      <Form.Item label="新名称" name="name" rules={nameRules('新名称')}>
        <Input />
      </Form.Item>
      <Form.Item label="调整原因" name="reason" rules={reasonRules}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
