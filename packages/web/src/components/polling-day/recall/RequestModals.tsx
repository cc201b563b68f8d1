// The recall page's forms: a new request, the member's reply, a refusal or withdrawal with its reason,
// and opening the recall vote.
import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, request } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { FormModal } from '../../FormModal.js';
import { isoDay } from '../../registration/model.js';
import {
  COUNT_MODE_OPTIONS,
  type Member,
  type RecallAnswer,
  type RecallRequest,
  recallApi,
  requestApi,
  SIGNED_BY_LABELS,
  shareText,
} from './model.js';
import { RECALL_KEY } from './useRecall.js';

export function NewRequestModal({
  village,
  answer,
  member,
  onClose,
}: {
  village: VillageRef;
  answer: RecallAnswer;
  member: Member | null;
  onClose: () => void;
}) {
  const file = useWriteMutation({
    mutationFn: ({
      requestedOn,
      ...v
    }: {
      memberVoterId: string;
      reasons: string;
      signedBy: string;
      requestedOn: Dayjs;
    }) =>
      api.post(`${recallApi(village.roundId, village.code)}/requests`, {
        ...v,
        requestedOn: isoDay(requestedOn),
      }),
    invalidates: [[RECALL_KEY]],
    success: '罢免要求已登记',
    onSuccess: onClose,
  });
  const serving = answer.members.filter((m) => m.status === 'serving');
  const r = answer.rules;
  return (
    <FormModal<{ memberVoterId: string; reasons: string; signedBy: string; requestedOn: Dayjs }>
      title="登记罢免要求"
      okText="登记"
      open
      busy={file.isPending}
      onCancel={onClose}
      onSubmit={(v) => file.mutate(v)}
      initialValues={{ memberVoterId: member?.voterId, signedBy: 'voters', requestedOn: dayjs() }}
    >
      <Form.Item
        name="memberVoterId"
        label="被罢免人"
        rules={[{ required: true, message: '请选择被罢免的成员' }]}
      >
        <Select
          options={serving.map((m) => ({ value: m.voterId, label: `${m.name}（${m.officeTitle}）` }))}
          placeholder="选择在任的村民委员会成员"
        />
      </Form.Item>
      <Form.Item
        name="reasons"
        label="罢免理由"
        rules={[{ required: true, whitespace: true, message: '请填写罢免理由' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="signedBy" label="联名方式" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            {
              value: 'voters',
              label: `${SIGNED_BY_LABELS.voters}（${r.voterSignersShareMin.value.num}/${r.voterSignersShareMin.value.den} 以上）`,
            },
            {
              value: 'representatives',
              label: `${SIGNED_BY_LABELS.representatives}（${r.representativeSignersShareMin.value.num}/${r.representativeSignersShareMin.value.den} 以上）`,
              disabled: answer.representatives.length === 0,
            },
          ]}
        />
      </Form.Item>
      <Form.Item name="requestedOn" label="提出日期" rules={[{ required: true, message: '请选择提出日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        依据 {r.voterSignersShareMin.rule}
        ：本村有选举权的村民或村民代表联名，可以提出罢免要求，并说明理由；被提出罢免的成员有权提出申辩意见。
      </Typography.Text>
    </FormModal>
  );
}

export function ReplyModal({
  village,
  req,
  onClose,
}: {
  village: VillageRef;
  req: RecallRequest;
  onClose: () => void;
}) {
  const save = useWriteMutation({
    mutationFn: (v: { reply: string }) =>
      request('PUT', `${requestApi(village.roundId, village.code, req.id)}/reply`, { reply: v.reply ?? '' }),
    invalidates: [[RECALL_KEY]],
    success: '申辩意见已保存',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ reply: string }>
      title={`${req.member.name}的申辩意见`}
      okText="保存"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ reply: req.reply ?? '' }}
    >
      <Form.Item name="reply" label="申辩意见">
        <Input.TextArea rows={6} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 不予受理 or 终止, with the reason the server requires. */
export function ReasonModal({
  village,
  req,
  action,
  onClose,
}: {
  village: VillageRef;
  req: RecallRequest;
  action: 'refuse' | 'withdraw';
  onClose: () => void;
}) {
  const title = action === 'refuse' ? '不予受理' : '终止罢免程序';
  const label = action === 'refuse' ? '不予受理的理由' : '终止的原因';
  const save = useWriteMutation({
    mutationFn: (v: { reason: string }) =>
      api.post(`${requestApi(village.roundId, village.code, req.id)}/${action}`, v),
    invalidates: [[RECALL_KEY]],
    success: `已${title}`,
    onSuccess: onClose,
  });
  return (
    <FormModal<{ reason: string }>
      title={`${title}：罢免${req.member.name}的要求`}
      okText={title}
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
    >
      <Form.Item
        name="reason"
        label={label}
        rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      {action === 'withdraw' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          联名人撤回，或表决之前被罢免人提出辞职并被接受的，罢免程序终止（H-3）。
        </Typography.Text>
      )}
    </FormModal>
  );
}

export function OpenRecallVoteModal({
  village,
  req,
  rules,
  onClose,
}: {
  village: VillageRef;
  req: RecallRequest;
  rules: RecallAnswer['rules'];
  onClose: () => void;
}) {
  const open = useWriteMutation({
    mutationFn: (v: { pollingDate: Dayjs; countMode: string }) =>
      api.post(`${requestApi(village.roundId, village.code, req.id)}/vote`, {
        pollingDate: isoDay(v.pollingDate),
        countMode: v.countMode,
      }),
    invalidates: [[RECALL_KEY], ['votes']],
    success: '罢免表决已开始：请在“签到发票”页发放表决票',
    onSuccess: onClose,
  });
  const due = req.deadlines.vote;
  return (
    <FormModal<{ pollingDate: Dayjs; countMode: string }>
      title={`组织罢免表决：${req.member.name}（${req.member.officeTitle}）`}
      okText="开始表决"
      open
      busy={open.isPending}
      onCancel={onClose}
      onSubmit={(v) => open.mutate(v)}
      initialValues={{ pollingDate: dayjs(), countMode: 'ballots' }}
    >
      <Form.Item name="pollingDate" label="投票日期" rules={[{ required: true, message: '请选择投票日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="countMode" label="计票方式" rules={[{ required: true }]}>
        <Radio.Group options={COUNT_MODE_OPTIONS} />
      </Form.Item>
      {due && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          应在 {due.due} 前组织表决（{due.rule}）。
          {req.deadlines.township &&
            `逾期未组织的，由乡镇在 ${req.deadlines.township.due} 前组织（${req.deadlines.township.rule}）。`}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        表决开始后，和选举一样在“签到发票”页凭选民证发票、在“计票”页计票。罢免须有登记参加选举的村民
        {shareText(rules.recallQuorum.value)}投票，并经投票的村民{shareText(rules.recallApproval.value)}通过（
        {rules.recallApproval.rule}）。
      </Typography.Paragraph>
    </FormModal>
  );
}
