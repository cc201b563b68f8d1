import { Alert, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import { POLLING_KEY } from '../../hooks/usePolling.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import { type PollingPlanAnswer, type PublishAnswer, pollingApi } from './model.js';

/** Publishes the plan (B-7): a date after the deadline is allowed but flagged late with the rule. */
export function PublishPlanModal({
  village,
  data,
  onClose,
  onPublished,
}: {
  village: VillageRef;
  data: PollingPlanAnswer;
  onClose: () => void;
  onPublished: (a: PublishAnswer) => void;
}) {
  const publish = useWriteMutation({
    mutationFn: (v: { publishedOn: Dayjs }) =>
      api.post<PublishAnswer>(`${pollingApi(village.roundId, village.code)}/publish`, {
        publishedOn: isoDay(v.publishedOn),
      }),
    invalidates: [[POLLING_KEY], ['registration'], ['schedule'], ['ballots']],
    success: '投票安排已公布',
    onSuccess: (a) => {
      onPublished(a);
      onClose();
    },
  });
  const due = data.due;
  const lateToday = due !== null && isoDay(dayjs()) > due.dueOn;
  return (
    <FormModal<{ publishedOn: Dayjs }>
      title={data.plan?.version ? '重新公布投票安排' : '公布投票安排'}
      okText="公布"
      open
      busy={publish.isPending}
      onCancel={onClose}
      onSubmit={(v) => publish.mutate(v)}
      initialValues={{ publishedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary">
        公布投票选举的时间、地点、方式和唱票人、计票人、监票人名单。选举日：{data.electionDay ?? '未定'}
        {due ? `；应于 ${due.dueOn} 前公布（${due.basis}，${due.rule}）。` : '；本规则集未规定公布期限。'}
      </Typography.Paragraph>
      {lateToday && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`已过公布期限（${due!.dueOn}），公布后将记为迟办（${due!.rule}）`}
        />
      )}
      <Form.Item name="publishedOn" label="公布日期" rules={[{ required: true, message: '请选择公布日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
