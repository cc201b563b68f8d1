import { DatePicker, Form, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay, type RegisterUnits, villageApi } from './model.js';
import { VoterSelect } from './VoterSelect.js';

interface Values {
  voterId: string;
  unitKind: 'households' | 'group';
  householdNos?: string[];
  groupName?: string;
  chosenOn: Dayjs;
  votes?: number;
}

export function RecordRepresentativeModal({
  village,
  units,
  onClose,
}: {
  village: VillageRef;
  units: RegisterUnits | undefined;
  onClose: () => void;
}) {
  const record = useWriteMutation({
    mutationFn: ({ chosenOn, ...v }: Values) =>
      api.post(`${villageApi(village.roundId, village.code)}/representatives`, {
        ...v,
        chosenOn: isoDay(chosenOn),
        votes: v.votes ?? null,
      }),
    invalidates: [['registration']],
    success: '村民代表已记录',
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title="记录推选产生的村民代表"
      okText="记录"
      open
      busy={record.isPending}
      onCancel={onClose}
      onSubmit={(v) => record.mutate(v)}
      initialValues={{ unitKind: 'households', chosenOn: dayjs() }}
    >
      <Form.Item name="voterId" label="村民代表" rules={[{ required: true, message: '请选择村民代表' }]}>
        <VoterSelect village={village} onListOnly />
      </Form.Item>
      <Form.Item name="unitKind" label="推选单位">
        <Radio.Group
          options={[
            { value: 'households', label: '按户（每5至15户推选一人）' },
            { value: 'group', label: '按村民小组' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['unitKind']}>
        {({ getFieldValue }) =>
          getFieldValue('unitKind') === 'group' ? (
            <Form.Item
              name="groupName"
              label="村民小组"
              rules={[{ required: true, message: '请选择村民小组' }]}
            >
              <Select
                options={(units?.groups ?? []).map((g) => ({
                  value: g.groupName,
                  label: `${g.groupName}（${g.households}户）`,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="householdNos" label="推选的户" rules={[{ required: true, message: '请选择户' }]}>
              <Select
                mode="multiple"
                showSearch
                options={(units?.households ?? []).map((h) => ({
                  value: h.householdNo,
                  label: `${h.householdNo}（${h.groupName}，${h.people}人）`,
                }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="chosenOn" label="推选日期" rules={[{ required: true, message: '请选择推选日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="votes" label="得票数">
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
