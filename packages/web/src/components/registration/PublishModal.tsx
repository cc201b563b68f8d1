import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay, type Publication, villageApi } from './model.js';

/** Publishes the list (选民榜): numbers the voters; the server flags a late date with its rule. */
export function PublishModal({
  village,
  electionDay,
  onClose,
  onPublished,
}: {
  village: VillageRef;
  electionDay: string | null;
  onClose: () => void;
  onPublished: (p: Publication) => void;
}) {
  const publish = useWriteMutation({
    mutationFn: (v: { publishedOn: Dayjs }) =>
      api.post<Publication>(`${villageApi(village.roundId, village.code)}/publications`, {
        publishedOn: isoDay(v.publishedOn),
      }),
    invalidates: [['registration']],
    success: '选民名单已公布',
    onSuccess: (p) => {
      onPublished(p);
      onClose();
    },
  });
  return (
    <FormModal<{ publishedOn: Dayjs }>
      title="发布选民榜"
      okText="发布"
      open
      busy={publish.isPending}
      onCancel={onClose}
      onSubmit={(v) => publish.mutate(v)}
      initialValues={{ publishedOn: dayjs() }}
    >
      <Typography.Paragraph type="secondary">
        发布后按村民小组和姓氏笔画编排选民号。选举日：{electionDay ?? '未定'}
        ；选民名单应在选举日前二十日公布。
      </Typography.Paragraph>
      <Form.Item name="publishedOn" label="公布日期" rules={[{ required: true, message: '请选择公布日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
