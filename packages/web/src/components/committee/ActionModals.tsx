import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { COMMITTEE_KEY } from '../../hooks/useCommittee.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import {
  type CommitteeAnswer,
  committeeApi,
  type Member,
  type WithdrawalKind,
  withdrawalLabels,
} from './model.js';

interface WithdrawValues {
  kind: WithdrawalKind;
  reason?: string;
  withdrawnOn: Dayjs;
  fill: boolean;
}

/**
 * A member leaves the committee: for a recusal the rule and reason come from the server's check
 * (C2-2, C2-6); the next alternate of the original selection can take the seat in the same act (C2-3).
 */
export function WithdrawModal({
  village,
  committee,
  member,
  onClose,
}: {
  village: VillageRef;
  committee: CommitteeAnswer;
  member: Member;
  onClose: () => void;
}) {
  const [form] = Form.useForm<WithdrawValues>();
  const kind = Form.useWatch('kind', form);
  const next = committee.checks.next;
  const required = member.requiredWithdrawal;
  const withdraw = useWriteMutation({
    mutationFn: ({ withdrawnOn, ...v }: WithdrawValues) =>
      api.post<CommitteeAnswer>(
        `${committeeApi(village.roundId, village.code)}/members/${member.id}/withdraw`,
        {
          ...v,
          withdrawnOn: isoDay(withdrawnOn),
          reason: v.kind === 'recusal' ? null : v.reason,
          fill: next !== null && v.fill,
        },
      ),
    invalidates: [[COMMITTEE_KEY]],
    success: next ? '已办理退出' : '已办理退出，尚待递补',
    onSuccess: onClose,
  });
  return (
    <FormModal<WithdrawValues>
      title={`${member.name}退出村民选举委员会`}
      okText={next ? '退出并递补' : '办理退出'}
      open
      form={form}
      busy={withdraw.isPending}
      onCancel={onClose}
      onSubmit={(v) => withdraw.mutate(v)}
      initialValues={{ kind: required ? 'recusal' : 'resigned', withdrawnOn: dayjs(), fill: next !== null }}
    >
      {required && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="按规则应当退出"
          description={
            <>
              {required.reason}
              <Tag color="red" style={{ marginInlineStart: 6 }}>
                规则 {required.rule}
              </Tag>
            </>
          }
        />
      )}
      <Form.Item name="kind" label="退出原因">
        <Radio.Group
          options={(Object.keys(withdrawalLabels) as WithdrawalKind[])
            .filter((k) => k !== 'recusal' || required)
            .map((k) => ({ value: k, label: withdrawalLabels[k] }))}
        />
      </Form.Item>
      {kind !== 'recusal' && (
        <Form.Item name="reason" label="情况说明" rules={[{ required: true, message: '请写明退出的原因' }]}>
          <Input.TextArea rows={2} maxLength={500} placeholder="如：本人书面提出辞去选举委员会委员" />
        </Form.Item>
      )}
      <Form.Item name="withdrawnOn" label="退出日期" rules={[{ required: true, message: '请选择退出日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {next ? (
        <Form.Item name="fill" valuePropName="checked">
          <Checkbox>
            由 <b>{next.name}</b>（原推选结果第 {next.seq} 位）递补（C2-3）
          </Checkbox>
        </Form.Item>
      ) : (
        <Alert
          type="warning"
          showIcon
          title="原推选结果中已没有可以递补的人员"
          description="退出后请另行推选，再递补空缺（C2-3）。"
        />
      )}
      {committee.checks.skipped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          跳过的候补：{committee.checks.skipped.map((s) => `${s.name}（${s.reason}，${s.rule}）`).join('；')}
        </Typography.Paragraph>
      )}
    </FormModal>
  );
}

/** Fills an open vacancy with the alternate the order offers now (C2-3). */
export function FillModal({
  village,
  committee,
  vacancy,
  onClose,
}: {
  village: VillageRef;
  committee: CommitteeAnswer;
  vacancy: { memberId: string; name: string };
  onClose: () => void;
}) {
  const next = committee.checks.next;
  const fill = useWriteMutation({
    mutationFn: (v: { filledOn: Dayjs }) =>
      api.post(`${committeeApi(village.roundId, village.code)}/fill`, {
        vacatedId: vacancy.memberId,
        alternateId: next?.memberId,
        filledOn: isoDay(v.filledOn),
      }),
    invalidates: [[COMMITTEE_KEY]],
    success: '已递补',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ filledOn: Dayjs }>
      title={`递补${vacancy.name}的空缺`}
      okText="递补"
      open
      busy={fill.isPending}
      onCancel={onClose}
      onSubmit={(v) => fill.mutate(v)}
      initialValues={{ filledOn: dayjs() }}
    >
      <Typography.Paragraph>
        按原推选结果依次递补（C2-3）：由 <b>{next?.name}</b>（第 {next?.seq} 位）递补。
      </Typography.Paragraph>
      <Form.Item name="filledOn" label="递补日期" rules={[{ required: true, message: '请选择递补日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

interface ChairValues {
  memberId: string;
  chosenOn: Dayjs;
  note?: string;
}

/** The committee names a new 主任 among its serving members (C2-1). */
export function ChairModal({
  village,
  committee,
  onClose,
}: {
  village: VillageRef;
  committee: CommitteeAnswer;
  onClose: () => void;
}) {
  const chair = useWriteMutation({
    mutationFn: ({ chosenOn, ...v }: ChairValues) =>
      api.post(`${committeeApi(village.roundId, village.code)}/chair`, { ...v, chosenOn: isoDay(chosenOn) }),
    invalidates: [[COMMITTEE_KEY]],
    success: '主任已推选',
    onSuccess: onClose,
  });
  return (
    <FormModal<ChairValues>
      title="推选选举委员会主任"
      okText="确定"
      open
      busy={chair.isPending}
      onCancel={onClose}
      onSubmit={(v) => chair.mutate(v)}
      initialValues={{ chosenOn: dayjs() }}
    >
      <Form.Item name="memberId" label="主任" rules={[{ required: true, message: '请选择主任' }]}>
        <Select
          options={committee.members
            .filter((m) => m.status === 'serving')
            .map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      <Form.Item name="chosenOn" label="推选日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label="会议记录">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** Records the publication of the list (C2-4: 公布并报乡镇备案). */
export function PublishModal({ village, onClose }: { village: VillageRef; onClose: () => void }) {
  const publish = useWriteMutation({
    mutationFn: (v: { publishedOn: Dayjs }) =>
      api.post(`${committeeApi(village.roundId, village.code)}/publications`, {
        publishedOn: isoDay(v.publishedOn),
      }),
    invalidates: [[COMMITTEE_KEY]],
    success: '名单已公布',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ publishedOn: Dayjs }>
      title="公布选举委员会成员名单"
      okText="公布"
      open
      busy={publish.isPending}
      onCancel={onClose}
      onSubmit={(v) => publish.mutate(v)}
      initialValues={{ publishedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary">
        村民委员会应当及时公布选举委员会主任和委员名单，并报乡镇人民政府备案（C2-4）。公布后请打印公告张贴。
      </Typography.Paragraph>
      <Form.Item name="publishedOn" label="公布日期" rules={[{ required: true, message: '请选择公布日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
