import { Form, Input } from 'antd';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { type ProxyApplication, problemText, villageApi } from './model.js';

export function RefuseProxyModal({
  village,
  proxy,
  onClose,
}: {
  village: VillageRef;
  proxy: ProxyApplication;
  onClose: () => void;
}) {
  const refuse = useWriteMutation({
    mutationFn: (v: { reason: string }) =>
      api.post(`${villageApi(village.roundId, village.code)}/proxies/${proxy.id}/refuse`, v),
    invalidates: [['registration']],
    success: '已不予批准',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ reason: string }>
      title={`不予批准：${proxy.principalName} 委托 ${proxy.trusteeName}`}
      okText="不予批准"
      open
      busy={refuse.isPending}
      onCancel={onClose}
      onSubmit={(v) => refuse.mutate(v)}
      initialValues={{ reason: proxy.problems.map(problemText).join('；').slice(0, 500) }}
    >
      <Form.Item name="reason" label="不予批准的理由" rules={[{ required: true, message: '请填写理由' }]}>
        <Input.TextArea rows={4} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
