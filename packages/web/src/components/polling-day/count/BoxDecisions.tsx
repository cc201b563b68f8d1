// The election committee's acts on a box: require a second entry, name the clerk of each entry,
// reopen a closed entry (with a reason), and accept one entry of a box whose two entries differ.
import { Form, Input, Select } from 'antd';
import { api } from '../../../api.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { FormModal } from '../../FormModal.js';
import { type BoxStatus, COUNT_KEY, type CountAnswer } from './model.js';

export type Decision =
  | { kind: 'reopen'; box: BoxStatus; entrySet: 1 | 2 }
  | { kind: 'accept'; box: BoxStatus; entrySet: 1 | 2 }
  | { kind: 'clerks'; box: BoxStatus };

const TITLES = {
  reopen: (d: Decision & { kind: 'reopen' }) => `重新打开 ${d.box.name} 的第${d.entrySet}次录入`,
  accept: (d: Decision & { kind: 'accept' }) => `${d.box.name}：采用第${d.entrySet}次录入`,
  clerks: (d: Decision & { kind: 'clerks' }) => `${d.box.name}：指定计票人`,
};

export function useBoxSettings(vote: string) {
  return useWriteMutation({
    mutationFn: ({ placeId, body }: { placeId: string; body: object }) =>
      api.put(`${vote}/count/boxes/${placeId}`, body),
    invalidates: [[COUNT_KEY, vote]],
    success: '票箱设置已保存',
  });
}

export function BoxDecisionModal({
  vote,
  decision,
  clerks,
  onDone,
}: {
  vote: string;
  decision: Decision | null;
  clerks: CountAnswer['clerks'];
  onDone: () => void;
}) {
  const set = (d: Decision & { entrySet: 1 | 2 }) =>
    `${vote}/count/boxes/${d.box.placeId}/sets/${d.entrySet}`;
  const mutation = useWriteMutation({
    mutationFn: (values: {
      reason?: string;
      note?: string;
      clerk1?: string | null;
      clerk2?: string | null;
    }) => {
      const d = decision!;
      if (d.kind === 'reopen') return api.post(`${set(d)}/reopen`, { reason: values.reason });
      if (d.kind === 'accept')
        return api.post(`${vote}/count/boxes/${d.box.placeId}/accept`, {
          entrySet: d.entrySet,
          note: values.note,
        });
      return api.put(`${vote}/count/boxes/${d.box.placeId}`, {
        clerk1: values.clerk1 ?? null,
        ...(d.box.doubleEntry ? { clerk2: values.clerk2 ?? null } : {}),
      });
    },
    invalidates: [[COUNT_KEY, vote]],
    success:
      decision?.kind === 'reopen'
        ? '已重新打开录入'
        : decision?.kind === 'accept'
          ? '已认定采用的录入'
          : '计票人已指定',
    onSuccess: onDone,
  });
  if (!decision) return null;
  const options = clerks.map((c) => ({ value: c.id, label: c.name }));
  return (
    <FormModal
      title={
        decision.kind === 'reopen'
          ? TITLES.reopen(decision)
          : decision.kind === 'accept'
            ? TITLES.accept(decision)
            : TITLES.clerks(decision)
      }
      open
      busy={mutation.isPending}
      onCancel={onDone}
      onSubmit={(v) => mutation.mutate(v)}
      initialValues={
        decision.kind === 'clerks'
          ? { clerk1: decision.box.clerks[0]?.id ?? null, clerk2: decision.box.clerks[1]?.id ?? null }
          : {}
      }
    >
      {decision.kind === 'reopen' && (
        <Form.Item name="reason" label="重新打开的原因" rules={[{ required: true, message: '请填写原因' }]}>
          <Input.TextArea rows={3} placeholder="如：监票人发现第 12 张录错，需更正" />
        </Form.Item>
      )}
      {decision.kind === 'accept' && (
        <>
          <p>两次录入不一致：{decision.box.difference}</p>
          <Form.Item name="note" label="复核说明" rules={[{ required: true, message: '请填写复核说明' }]}>
            <Input.TextArea rows={3} placeholder="如：监票人当众复核原票，第二次录入正确" />
          </Form.Item>
        </>
      )}
      {decision.kind === 'clerks' && (
        <>
          <Form.Item name="clerk1" label="第一次录入的计票人">
            <Select allowClear options={options} placeholder="谁先录入就由谁负责" />
          </Form.Item>
          {decision.box.doubleEntry && (
            <Form.Item name="clerk2" label="第二次录入的计票人">
              <Select allowClear options={options} placeholder="谁先录入就由谁负责" />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
