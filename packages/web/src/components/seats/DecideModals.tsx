import { Alert, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { SEAT_PLAN_KEY } from '../../hooks/useSeatPlan.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { isoDay } from '../registration/model.js';
import { type SeatPlanAnswer, seatPlanApi } from './model.js';

interface DecideValues {
  decidedOn: Dayjs;
  note?: string;
}

/** The township approves (or returns with a note) a submitted plan. */
export function DecideModal({
  village,
  villageName,
  action,
  onClose,
}: {
  village: VillageRef;
  villageName: string;
  action: 'approve' | 'return';
  onClose: () => void;
}) {
  const approve = action === 'approve';
  const decide = useWriteMutation({
    mutationFn: (v: DecideValues) =>
      api.post(`${seatPlanApi(village.roundId, village.code)}/${action}`, {
        decidedOn: isoDay(v.decidedOn),
        note: v.note || null,
      }),
    invalidates: [[SEAT_PLAN_KEY]],
    success: approve ? '已审核同意' : '已退回',
    onSuccess: onClose,
  });
  return (
    <FormModal<DecideValues>
      title={`${approve ? '审核同意' : '退回'}：${villageName}职数方案`}
      okText={approve ? '同意' : '退回'}
      open
      busy={decide.isPending}
      onCancel={onClose}
      onSubmit={(v) => decide.mutate(v)}
      initialValues={{ decidedOn: dayjs() }}
    >
      <Form.Item name="decidedOn" label="审核日期" rules={[{ required: true, message: '请选择审核日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="note"
        label={approve ? '审核意见（可不填）' : '退回意见'}
        rules={approve ? [] : [{ required: true, message: '请写明需要修改的内容' }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

/** The township reopens an approved plan: it goes back to the village with the reason. */
export function ReopenModal({ village, onClose }: { village: VillageRef; onClose: () => void }) {
  const reopen = useWriteMutation({
    mutationFn: (v: { reason: string }) =>
      api.post<SeatPlanAnswer>(`${seatPlanApi(village.roundId, village.code)}/reopen`, v),
    invalidates: [[SEAT_PLAN_KEY]],
    success: '已重新打开，退回村修改',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ reason: string }>
      title="重新打开已审核同意的职数方案"
      okText="重新打开"
      open
      busy={reopen.isPending}
      onCancel={onClose}
      onSubmit={(v) => reopen.mutate(v)}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="提名、选票和投票安排都以审核同意的职数方案为准"
        description="重新打开后，方案退回村里修改并须重新报审；已有的提名不会自动调整，请村里核对。此操作记入审计日志。"
      />
      <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请写明重新打开的理由' }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Typography.Text type="secondary">只有乡镇（县）换届办可以重新打开。</Typography.Text>
    </FormModal>
  );
}
