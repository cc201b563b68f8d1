import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay, type ProxyApplication, proxyReasonLabels, relationLabels, villageApi } from './model.js';
import { VoterSelect } from './VoterSelect.js';

interface Values {
  principalVoterId: string;
  trusteeVoterId: string;
  relation: string;
  reason: string;
  appliedOn: Dayjs;
}

/** Records a proxy application; the server checks it against the rule set and lists every problem. */
export function ApplyProxyModal({
  village,
  onClose,
  onApplied,
}: {
  village: VillageRef;
  onClose: () => void;
  onApplied: (p: ProxyApplication) => void;
}) {
  const apply = useWriteMutation({
    mutationFn: ({ appliedOn, ...v }: Values) =>
      api.post<ProxyApplication>(`${villageApi(village.roundId, village.code)}/proxies`, {
        ...v,
        appliedOn: isoDay(appliedOn),
      }),
    invalidates: [['registration']],
    success: '委托投票申请已登记',
    onSuccess: (p) => {
      onClose();
      onApplied(p);
    },
  });
  return (
    <FormModal<Values>
      title="登记委托投票申请"
      okText="登记并审查"
      open
      busy={apply.isPending}
      onCancel={onClose}
      onSubmit={(v) => apply.mutate(v)}
      initialValues={{ appliedOn: dayjs(), reason: 'away' }}
    >
      <Form.Item name="principalVoterId" label="委托人" rules={[{ required: true, message: '请选择委托人' }]}>
        <VoterSelect village={village} onListOnly placeholder="搜索委托人：姓名、拼音首字母或身份证号" />
      </Form.Item>
      <Form.Item
        name="trusteeVoterId"
        label="受委托人"
        rules={[{ required: true, message: '请选择受委托人' }]}
      >
        <VoterSelect village={village} placeholder="搜索受委托人：姓名、拼音首字母或身份证号" />
      </Form.Item>
      <Form.Item
        name="relation"
        label="受委托人是委托人的"
        rules={[{ required: true, message: '请选择关系' }]}
      >
        <Select options={Object.entries(relationLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="reason" label="委托事由" rules={[{ required: true }]}>
        <Select options={Object.entries(proxyReasonLabels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="appliedOn" label="申请日期" rules={[{ required: true, message: '请选择申请日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
