import { Form, Select, Typography } from 'antd';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { VoterSelect } from '../registration/VoterSelect.js';
import { reviewApi } from './model.js';
import { VERDICT_INVALIDATES } from './VerdictModal.js';

interface Values {
  voterId: string;
  office: string;
}

/**
 * After the vote: someone elected without having stood (另选他人) is added to the review and reviewed by
 * every department like the candidates; one who fails is dealt with by the election committee (D-9).
 */
export function WriteInModal({
  village,
  offices,
  onClose,
}: {
  village: VillageRef;
  offices: { id: string; title: string }[];
  onClose: () => void;
}) {
  const add = useWriteMutation({
    mutationFn: (v: Values) => api.post(`${reviewApi(village.roundId, village.code)}/write-ins`, v),
    invalidates: VERDICT_INVALIDATES,
    success: '已列入联审',
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title="登记另选他人当选人"
      okText="列入联审"
      open
      busy={add.isPending}
      onCancel={onClose}
      onSubmit={(v) => add.mutate(v)}
    >
      <Typography.Paragraph type="secondary">
        投票中另选他人当选、未作为候选人（自荐人）参选的人员，投票后同样进行资格条件审查；不符合条件的，由村民选举委员会宣布其当选无效（D-9）。
      </Typography.Paragraph>
      <Form.Item name="voterId" label="当选人" rules={[{ required: true, message: '请选择当选人' }]}>
        <VoterSelect village={village} onListOnly />
      </Form.Item>
      <Form.Item name="office" label="当选职务" rules={[{ required: true, message: '请选择当选职务' }]}>
        <Select options={offices.map((o) => ({ value: o.id, label: o.title }))} placeholder="选择职务" />
      </Form.Item>
    </FormModal>
  );
}
