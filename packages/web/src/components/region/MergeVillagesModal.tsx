import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { nameRules, reasonRules, villageCodeRules } from '../../formRules.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { VillageRow } from '../../types.js';
import { FormModal } from '../FormModal.js';

interface Values {
  fromCodes: string[];
  target: 'existing' | 'new';
  existingCode?: string;
  code?: string;
  name?: string;
  reason: string;
  effectiveDate: Dayjs;
}

function toBody(v: Values) {
  return {
    fromCodes: v.fromCodes,
    into: v.target === 'existing' ? { existingCode: v.existingCode } : { code: v.code, name: v.name },
    reason: v.reason,
    effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
  };
}

/** 合并村: two or more villages become one, either kept under one of their names or as a new village. */
export function MergeVillagesModal({ villages, onClose }: { villages: VillageRow[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const fromCodes = Form.useWatch('fromCodes', form) ?? [];
  const target = Form.useWatch('target', form);
  const merge = useWriteMutation({
    mutationFn: (v: Values) => api.post('/regions/merge', toBody(v)),
    invalidates: [['regions'], ['rounds']],
    success: '已合并',
    onSuccess: onClose,
  });
  const active = villages.filter((v) => v.status === 'active');
  const options = active.map((v) => ({ value: v.code, label: `${v.name}（${v.code}）` }));

  return (
    <FormModal<Values>
      title="合并村（社区）"
      form={form}
      open
      busy={merge.isPending}
      onCancel={onClose}
      onSubmit={(v) => merge.mutate(v)}
      initialValues={{ target: 'existing', effectiveDate: dayjs() }}
    >
      <Form.Item
        label="参与合并的村（至少两个）"
        name="fromCodes"
        rules={[
          { required: true, message: '请选择参与合并的村' },
          { type: 'array', min: 2, message: '参与合并的村至少两个' },
        ]}
      >
        <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item label="合并后" name="target">
        <Radio.Group
          options={[
            { value: 'existing', label: '并入其中一个村' },
            { value: 'new', label: '新设一个村' },
          ]}
        />
      </Form.Item>
      {target === 'new' ? (
        <>
          <Form.Item label="新村区划代码" name="code" rules={villageCodeRules}>
            <Input maxLength={12} inputMode="numeric" />
          </Form.Item>
          <Form.Item label="新村名称" name="name" rules={nameRules('新村名称')}>
            <Input />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label="并入的村"
          name="existingCode"
          rules={[{ required: true, message: '请选择并入的村' }]}
        >
          <Select options={options.filter((o) => fromCodes.includes(o.value))} />
        </Form.Item>
      )}
      <Form.Item
        label="生效日期"
        name="effectiveDate"
        rules={[{ required: true, message: '请选择生效日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="调整原因" name="reason" rules={reasonRules}>
        <Input.TextArea rows={3} placeholder="如：依据县政府关于村规模调整的批复" />
      </Form.Item>
    </FormModal>
  );
}
