import { Form, Select } from 'antd';
import { api } from '../../api.js';
import { useRegionVillages } from '../../hooks/useRegion.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { RoundDetail } from '../../types.js';
import { FormModal } from '../FormModal.js';

interface Values {
  code: string;
}

/** Adds back a village of the round's region that is not taking part yet. */
export function IncludeVillageModal({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const villages = useRegionVillages(round.regionCode);
  const taking = new Set(round.villages.map((v) => v.code));
  const candidates = (villages.data?.items ?? []).filter((v) => v.status === 'active' && !taking.has(v.code));
  const include = useWriteMutation({
    mutationFn: (v: Values) =>
      api.put(`/rounds/${round.id}/villages/${v.code}`, { electionDay: null, included: true }),
    invalidates: [['rounds'], ['regions']],
    success: '已加入本届',
    onSuccess: onClose,
  });

  return (
    <FormModal<Values>
      title="加入村（社区）"
      open
      okText="加入"
      busy={include.isPending}
      onCancel={onClose}
      onSubmit={(v) => include.mutate(v)}
    >
      <Form.Item label="村（社区）" name="code" rules={[{ required: true, message: '请选择村（社区）' }]}>
        <Select
          loading={villages.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={candidates.map((v) => ({ value: v.code, label: `${v.name}（${v.townshipName}）` }))}
          notFoundContent={villages.error ? villages.error.message : '本区域的村（社区）都已加入'}
        />
      </Form.Item>
    </FormModal>
  );
}
