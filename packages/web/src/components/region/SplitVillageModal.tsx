import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { nameRules, reasonRules, villageCodeRules } from '../../formRules.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';

interface Values {
  into: { code: string; name: string }[];
  reason: string;
  effectiveDate: Dayjs;
}

/** 规模调整: one village becomes two or more new ones. */
export function SplitVillageModal({
  village,
  onClose,
}: {
  village: { code: string; name: string };
  onClose: () => void;
}) {
  const split = useWriteMutation({
    mutationFn: (v: Values) =>
      api.post(`/regions/${village.code}/split`, {
        into: v.into,
        reason: v.reason,
        effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
      }),
    invalidates: [['regions'], ['rounds']],
    success: '已拆分',
    onSuccess: onClose,
  });

  return (
    <FormModal<Values>
      title={`拆分（规模调整）：${village.name}`}
      open
      busy={split.isPending}
      onCancel={onClose}
      onSubmit={(v) => split.mutate(v)}
      initialValues={{
        into: [
          { code: '', name: '' },
          { code: '', name: '' },
        ],
        effectiveDate: dayjs(),
      }}
    >
      <Form.List
        name="into"
        rules={[
          {
            validator: (_, value: unknown[] | undefined) =>
              value && value.length >= 2 ? Promise.resolve() : Promise.reject(new Error('拆分后至少两个村')),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                <Form.Item
                  label={i === 0 ? '新村区划代码' : undefined}
                  name={[field.name, 'code']}
                  rules={villageCodeRules}
                >
                  <Input maxLength={12} inputMode="numeric" style={{ width: 160 }} />
                </Form.Item>
                <Form.Item
                  label={i === 0 ? '新村名称' : undefined}
                  name={[field.name, 'name']}
                  rules={nameRules('新村名称')}
                >
                  <Input style={{ width: 160 }} />
                </Form.Item>
                {fields.length > 2 && (
                  <Button
                    type="text"
                    aria-label="删除此行"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                )}
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', name: '' })} block>
                再加一个新村
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item
        label="生效日期"
        name="effectiveDate"
        rules={[{ required: true, message: '请选择生效日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="调整原因" name="reason" rules={reasonRules}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
