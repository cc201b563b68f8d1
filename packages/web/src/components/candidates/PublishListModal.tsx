import { Alert, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import { CANDIDATE_INVALIDATES, candidatesApi, type Publication } from './model.js';

/** Publishes the formal candidate list; a day after the deadline is allowed but recorded late with its rule (B-4). */
export function PublishListModal({
  village,
  deadline,
  electionDay,
  count,
  byVotes,
  onClose,
  onPublished,
}: {
  village: VillageRef;
  deadline: { due: string; rule: string; basis: string } | null;
  electionDay: string | null;
  count: number;
  /** Zhejiang's formal list is ordered by nomination votes (B-4) */
  byVotes: boolean;
  onClose: () => void;
  onPublished: (p: Publication) => void;
}) {
  const [form] = Form.useForm<{ publishedOn: Dayjs }>();
  const chosen = Form.useWatch('publishedOn', form);
  const late = deadline !== null && chosen ? isoDay(chosen) > deadline.due : false;
  const publish = useWriteMutation({
    mutationFn: (v: { publishedOn: Dayjs }) =>
      api.post<Publication>(`${candidatesApi(village.roundId, village.code)}/publications`, {
        publishedOn: isoDay(v.publishedOn),
      }),
    invalidates: CANDIDATE_INVALIDATES,
    success: '正式候选人名单已公布',
    onSuccess: (p) => {
      onPublished(p);
      onClose();
    },
  });
  return (
    <FormModal<{ publishedOn: Dayjs }>
      title="公布正式候选人名单"
      okText="公布"
      open
      form={form}
      busy={publish.isPending}
      onCancel={onClose}
      onSubmit={(v) => publish.mutate(v)}
      initialValues={{ publishedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary">
        共 {count} 名正式候选人，各职务{byVotes ? '按提名得票多少为序' : '按姓氏笔画排序'}。选举日：
        {electionDay ?? '未定'}
        {deadline ? `；应于${deadline.basis}（${deadline.due}前）公布（${deadline.rule}）。` : '。'}
      </Typography.Paragraph>
      <Form.Item name="publishedOn" label="公布日期" rules={[{ required: true, message: '请选择公布日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) =>
            d.isAfter(dayjs(), 'day') || (electionDay !== null && !d.isBefore(dayjs(electionDay), 'day'))
          }
        />
      </Form.Item>
      {late && deadline && (
        <Alert
          type="warning"
          showIcon
          title={`已过公布期限（${deadline.due}），公布后将记为逾期（${deadline.rule}）`}
        />
      )}
    </FormModal>
  );
}
