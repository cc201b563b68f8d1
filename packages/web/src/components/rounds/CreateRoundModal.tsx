import { Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api.js';
import { nameRules } from '../../formRules.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRulesets } from '../../hooks/useRounds.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import type { Round } from '../../types.js';
import { FormModal } from '../FormModal.js';
import { RegionTreeSelect } from '../RegionTreeSelect.js';

interface Values {
  name: string;
  regionCode: string;
  rulesetId: string;
}

/** A new round for a county or township; the server adds the villages under it. */
export function CreateRoundModal({ onClose }: { onClose: () => void }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const rulesets = useRulesets();
  const create = useWriteMutation({
    mutationFn: (v: Values) => api.post<Round>('/rounds', v),
    invalidates: [['rounds'], ['regions']],
    success: '已新建换届',
    onSuccess: (round) => {
      onClose();
      navigate(`/rounds/${round.id}`);
    },
  });

  return (
    <FormModal<Values>
      title="新建换届"
      open
      okText="创建"
      busy={create.isPending}
      onCancel={onClose}
      onSubmit={(v) => create.mutate(v)}
      initialValues={{ regionCode: user.regionCode }}
    >
      <Form.Item label="换届名称" name="name" rules={nameRules('换届名称')}>
        <Input placeholder="如：2026年村级组织换届" />
      </Form.Item>
      <Form.Item
        label="区域（县或乡镇）"
        name="regionCode"
        rules={[{ required: true, message: '请选择区域' }]}
        extra="该区域下的村（社区）将自动加入本届"
      >
        <RegionTreeSelect levels={['county', 'township']} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="适用选举办法（规则集）"
        name="rulesetId"
        rules={[{ required: true, message: '请选择规则集' }]}
      >
        <Select
          loading={rulesets.isPending}
          options={(rulesets.data?.items ?? []).map((r) => ({
            value: r.id,
            label: `${r.title}（${r.effectiveFrom} 起施行）`,
          }))}
          notFoundContent={rulesets.error ? rulesets.error.message : undefined}
        />
      </Form.Item>
    </FormModal>
  );
}
