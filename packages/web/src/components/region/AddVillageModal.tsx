import { Form, Input, Radio } from 'antd';
import { api } from '../../api.js';
import { nameRules, reasonRules, villageCodeRules } from '../../formRules.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { Region, VillageKind } from '../../types.js';
import { FormModal } from '../FormModal.js';

interface Values {
  code: string;
  name: string;
  kind: VillageKind;
  reason: string;
}

export function AddVillageModal({ township, onClose }: { township: Region; onClose: () => void }) {
  const add = useWriteMutation({
    mutationFn: (v: Values) => api.post<Region>(`/regions/${township.code}/villages`, v),
    invalidates: [['regions'], ['rounds']],
    success: '已新增村（社区）',
    onSuccess: onClose,
  });
  const codeRules = [
    ...villageCodeRules,
    {
      validator: (_: unknown, value: string | undefined) =>
        !value || value.startsWith(township.code)
          ? Promise.resolve()
          : Promise.reject(new Error(`区划代码应以本乡镇代码 ${township.code} 开头`)),
    },
  ];

  return (
    <FormModal<Values>
      title={`在${township.name}新增村（社区）`}
      open
      busy={add.isPending}
      onCancel={onClose}
      onSubmit={(v) => add.mutate(v)}
      initialValues={{ kind: 'village', code: township.code }}
    >
      <Form.Item label="区划代码（12 位）" name="code" rules={codeRules}>
        <Input maxLength={12} inputMode="numeric" />
      </Form.Item>
      <Form.Item label="名称" name="name" rules={nameRules('名称')}>
        <Input placeholder="如：郑坑村" />
      </Form.Item>
      <Form.Item label="类型" name="kind">
        <Radio.Group
          options={[
            { value: 'village', label: '村' },
            { value: 'community', label: '社区' },
          ]}
        />
      </Form.Item>
      <Form.Item label="调整原因" name="reason" rules={reasonRules}>
        <Input.TextArea rows={3} placeholder="如：依据县政府批复新设" />
      </Form.Item>
    </FormModal>
  );
}
