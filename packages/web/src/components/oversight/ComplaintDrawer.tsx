import {
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useComplaint, useHandlers } from '../../hooks/useOversight.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';
import { FormModal } from '../FormModal.js';
import { QueryError } from '../QueryError.js';
import { RiskItemModal } from './ComplaintForms.js';
import {
  CHANNEL_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  type Complaint,
  ITEM_CATEGORY_LABELS,
  LEVEL_LABELS,
  LEVEL_TAG,
  OUTCOME_LABELS,
  oversightKeys,
  riskPage,
  STATUS_COLORS,
  STATUS_LABELS,
  timingText,
  villageApi,
} from './model.js';

type Action = 'assign' | 'reply' | 'close' | 'escalate' | 'risk' | null;

/** One complaint: what was reported, its time limit, the handling steps so far and the next step's buttons. */
export function ComplaintDrawer(props: {
  roundId: string;
  code: string | null;
  id: string | null;
  onClose: () => void;
}) {
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const detail = useComplaint(props.roundId, props.code, props.id);
  const [action, setAction] = useState<Action>(null);
  const canHandle = may(user, 'oversight.handle');
  const c = detail.data?.complaint;
  const base = c ? `${villageApi(props.roundId, c.villageCode)}/complaints/${c.id}` : '';
  const open = c ? c.status === 'open' || c.status === 'handling' : false;

  return (
    <Drawer
      open={Boolean(props.id)}
      onClose={props.onClose}
      size={isPhone ? '100%' : 640}
      title={c ? `信访件 ${c.number} · ${c.villageName}` : '信访件'}
      destroyOnHidden
    >
      {detail.error ? (
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      ) : !detail.data || !c ? (
        <Skeleton active />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag color={STATUS_COLORS[c.status]}>{STATUS_LABELS[c.status]}</Tag>
            <Tag color={timingText(c).color} data-testid="complaint-timing">
              {timingText(c).text}
            </Tag>
            {c.escalatedAt && <Tag color="purple">已上报{c.escalatedToName ?? ''}</Tag>}
          </Space>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 110 } }}>
            <Descriptions.Item label="涉及村">
              {c.townshipName} {c.villageName}
              {detail.data.rating && (
                <Tag color={LEVEL_TAG[detail.data.rating.level]} style={{ marginInlineStart: 8 }}>
                  {LEVEL_LABELS[detail.data.rating.level]}色风险村
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="类别">{COMPLAINT_CATEGORY_LABELS[c.category]}</Descriptions.Item>
            <Descriptions.Item label="收到日期">
              {c.receivedOn}（{CHANNEL_LABELS[c.channel] ?? c.channel}）
            </Descriptions.Item>
            <Descriptions.Item label="办理时限">
              {c.limitDays} 日，应于 {c.dueOn} 前办结
            </Descriptions.Item>
            <Descriptions.Item label="信访人">
              {c.anonymous
                ? '匿名'
                : `${c.complainantName ?? ''}${c.complainantPhone ? `（${c.complainantPhone}）` : ''}`}
            </Descriptions.Item>
            <Descriptions.Item label="反映问题">
              <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                {c.summary}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="承办人">{c.handlerName ?? '尚未交办'}</Descriptions.Item>
            {c.reply && (
              <Descriptions.Item label="答复">
                {OUTCOME_LABELS[c.outcome ?? ''] ?? c.outcome}（{c.repliedOn}）：{c.reply}
              </Descriptions.Item>
            )}
            {detail.data.riskItem && (
              <Descriptions.Item label="风险点">
                <Link to={`${riskPage(props.roundId, c.townshipCode)}?village=${c.villageCode}`}>
                  {detail.data.riskItem.title}
                </Link>{' '}
                <Tag>
                  {ITEM_CATEGORY_LABELS[detail.data.riskItem.category] ?? detail.data.riskItem.category}
                </Tag>
                {detail.data.riskItem.status === 'closed'
                  ? '已销号'
                  : `销号时限 ${detail.data.riskItem.dueOn}`}
              </Descriptions.Item>
            )}
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            办理经过
          </Typography.Title>
          <Timeline
            items={detail.data.steps.map((s) => ({
              color:
                s.action === 'complaint.escalate' ? 'red' : s.action === 'complaint.close' ? 'green' : 'blue',
              content: (
                <>
                  <Typography.Text strong>{s.label}</Typography.Text>{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dayjs(s.at).format('YYYY-MM-DD HH:mm')} · {s.actorName}
                  </Typography.Text>
                  {s.detail && <div>{s.detail}</div>}
                </>
              ),
            }))}
          />

          {canHandle && (
            <Space wrap>
              {open && (
                <Button type={c.handlerId ? 'default' : 'primary'} onClick={() => setAction('assign')}>
                  {c.handlerId ? '改派承办人' : '交办'}
                </Button>
              )}
              {open && (
                <Button type={c.handlerId ? 'primary' : 'default'} onClick={() => setAction('reply')}>
                  答复
                </Button>
              )}
              {c.status === 'replied' && (
                <Button type="primary" onClick={() => setAction('close')}>
                  办结
                </Button>
              )}
              {!c.escalatedAt && c.status !== 'closed' && (
                <Button danger onClick={() => setAction('escalate')}>
                  上报县换届办
                </Button>
              )}
              {!c.riskItemId && <Button onClick={() => setAction('risk')}>列入风险台账</Button>}
            </Space>
          )}
          {action === 'assign' && (
            <AssignModal roundId={props.roundId} complaint={c} base={base} onClose={() => setAction(null)} />
          )}
          {action === 'reply' && <ReplyModal complaint={c} base={base} onClose={() => setAction(null)} />}
          {action === 'close' && (
            <NoteModal
              title="办结信访件"
              okText="办结"
              label="办结说明（可不填）"
              required={false}
              path={`${base}/close`}
              success="已办结"
              onClose={() => setAction(null)}
            />
          )}
          {action === 'escalate' && (
            <NoteModal
              title="上报县换届办"
              okText="上报"
              label="上报原因"
              required
              path={`${base}/escalate`}
              success="已上报县换届办"
              onClose={() => setAction(null)}
            />
          )}
          {action === 'risk' && (
            <RiskItemModal
              title="列入风险台账"
              path={`${base}/risk-item`}
              initial={{
                title: c.summary.slice(0, 60),
                category: c.category === 'vote-buying' ? 'vote-buying' : 'other',
              }}
              onClose={() => setAction(null)}
            />
          )}
        </>
      )}
    </Drawer>
  );
}

function AssignModal(props: { roundId: string; complaint: Complaint; base: string; onClose: () => void }) {
  const handlers = useHandlers(props.roundId, props.complaint.villageCode, true);
  const save = useWriteMutation({
    mutationFn: (v: { handlerId: string }) => api.post(`${props.base}/assign`, v),
    invalidates: [oversightKeys.all],
    success: '已交办',
    onSuccess: props.onClose,
  });
  return (
    <FormModal<{ handlerId: string }>
      title="交办信访件"
      okText="交办"
      open
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ handlerId: props.complaint.handlerId ?? undefined }}
    >
      <Form.Item name="handlerId" label="承办人" rules={[{ required: true, message: '请选择承办人' }]}>
        <Select
          loading={handlers.isLoading}
          placeholder="乡镇或县换届办的人员"
          options={(handlers.data?.items ?? []).map((h) => ({ value: h.id, label: h.displayName }))}
        />
      </Form.Item>
    </FormModal>
  );
}

interface ReplyValues {
  outcome: string;
  replyText: string;
  repliedOn: Dayjs;
}

function ReplyModal(props: { complaint: Complaint; base: string; onClose: () => void }) {
  const save = useWriteMutation({
    mutationFn: ({ repliedOn, ...v }: ReplyValues) =>
      api.post(`${props.base}/reply`, { ...v, repliedOn: repliedOn.format('YYYY-MM-DD') }),
    invalidates: [oversightKeys.all],
    success: '答复已记录',
    onSuccess: props.onClose,
  });
  return (
    <FormModal<ReplyValues>
      title="答复信访人"
      okText="保存答复"
      open
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ repliedOn: dayjs() }}
    >
      <Form.Item name="outcome" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
        <Select options={Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item
        name="replyText"
        label="答复意见"
        rules={[{ required: true, whitespace: true, message: '请填写答复意见' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="repliedOn" label="答复日期" rules={[{ required: true, message: '请选择答复日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) =>
            d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(props.complaint.receivedOn), 'day')
          }
        />
      </Form.Item>
    </FormModal>
  );
}

function NoteModal(props: {
  title: string;
  okText: string;
  label: string;
  required: boolean;
  path: string;
  success: string;
  onClose: () => void;
}) {
  const save = useWriteMutation({
    mutationFn: (v: { note?: string }) => api.post(props.path, { note: v.note || undefined }),
    invalidates: [oversightKeys.all],
    success: props.success,
    onSuccess: props.onClose,
  });
  return (
    <FormModal<{ note?: string }>
      title={props.title}
      okText={props.okText}
      open
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate(v)}
    >
      <Form.Item
        name="note"
        label={props.label}
        rules={props.required ? [{ required: true, whitespace: true, message: `请填写${props.label}` }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
