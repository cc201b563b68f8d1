import {
  Button,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Radio,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useVillageRisk } from '../../hooks/useOversight.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';
import { FormModal } from '../FormModal.js';
import { QueryError } from '../QueryError.js';
import { RiskItemModal } from './ComplaintForms.js';
import {
  COMMON_REASONS,
  ITEM_CATEGORY_LABELS,
  LEVEL_LABELS,
  LEVEL_TAG,
  LEVELS,
  oversightKeys,
  type RiskItem,
  type RiskLevel,
  villageApi,
} from './model.js';

/** One village of the ledger: its colour and why, every rating so far, its risk points and daily reports. */
export function VillageRiskDrawer(props: {
  roundId: string;
  code: string | null;
  name: string;
  initialAction?: 'rate' | null;
  onClose: () => void;
}) {
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const risk = useVillageRisk(props.roundId, props.code);
  const [action, setAction] = useState<'rate' | 'item' | null>(props.initialAction ?? null);
  const [closing, setClosing] = useState<RiskItem | null>(null);
  const canHandle = may(user, 'oversight.handle');
  const base = props.code ? `${villageApi(props.roundId, props.code)}/risk` : '';
  const today = dayjs().format('YYYY-MM-DD');

  return (
    <Drawer
      open={Boolean(props.code)}
      onClose={props.onClose}
      size={isPhone ? '100%' : 680}
      title={`${props.name} · 风险研判`}
      destroyOnHidden
    >
      {risk.error ? (
        <QueryError error={risk.error} onRetry={() => risk.refetch()} />
      ) : !risk.data ? (
        <Skeleton active />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            {risk.data.rating ? (
              <Tag color={LEVEL_TAG[risk.data.rating.level]} style={{ fontSize: 14, padding: '2px 10px' }}>
                {LEVEL_LABELS[risk.data.rating.level]}色
              </Tag>
            ) : (
              <Tag>未研判</Tag>
            )}
            {risk.data.rating && (
              <Typography.Text type="secondary">
                {risk.data.rating.ratedOn} · {risk.data.rating.ratedByName}
              </Typography.Text>
            )}
          </Space>
          {risk.data.rating && risk.data.rating.reasons.length > 0 && (
            <Typography.Paragraph>理由：{risk.data.rating.reasons.join('；')}</Typography.Paragraph>
          )}
          {canHandle && (
            <Space wrap style={{ marginBottom: 16 }}>
              <Button type="primary" onClick={() => setAction('rate')}>
                研判等级
              </Button>
              <Button onClick={() => setAction('item')}>新增风险点</Button>
            </Space>
          )}

          <Typography.Title level={5}>风险点</Typography.Title>
          <Table<RiskItem>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={risk.data.items}
            locale={{ emptyText: '暂无风险点' }}
            scroll={{ x: isPhone ? 560 : undefined }}
            columns={[
              {
                title: '风险点',
                dataIndex: 'title',
                render: (t: string, it) => (
                  <>
                    <Tag color={LEVEL_TAG[it.level]}>{LEVEL_LABELS[it.level]}</Tag>
                    {t}
                    <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                      {ITEM_CATEGORY_LABELS[it.category] ?? it.category}
                      {it.measures ? ` · ${it.measures}` : ''}
                    </div>
                  </>
                ),
              },
              { title: '责任人', dataIndex: 'owner', width: 110 },
              {
                title: '销号',
                key: 'status',
                width: 150,
                render: (_: unknown, it) =>
                  it.status === 'closed' ? (
                    <>
                      <Tag color="success">已销号</Tag>
                      <div style={{ fontSize: 12, color: '#8c8c8c' }}>
                        {it.closedOn} {it.closedNote}
                      </div>
                    </>
                  ) : (
                    <Space size={4} wrap>
                      <Tag color={it.dueOn < today ? 'red' : 'default'}>
                        {it.dueOn < today ? '逾期 ' : ''}
                        {it.dueOn} 前
                      </Tag>
                      {canHandle && (
                        <Button size="small" onClick={() => setClosing(it)}>
                          销号
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]}
          />

          <Typography.Title level={5} style={{ marginTop: 20 }}>
            研判历史
          </Typography.Title>
          {risk.data.history.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未研判" />
          ) : (
            <Timeline
              items={risk.data.history.map((h) => ({
                color: LEVEL_TAG[h.level],
                content: (
                  <>
                    <Typography.Text strong>
                      {h.fromLevel ? `${LEVEL_LABELS[h.fromLevel]} → ` : ''}
                      {LEVEL_LABELS[h.level]}色
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {h.ratedOn} · {h.ratedByName}
                    </Typography.Text>
                    {h.reasons.length > 0 && <div>{h.reasons.join('；')}</div>}
                    {h.note && <div style={{ color: '#8c8c8c' }}>{h.note}</div>}
                  </>
                ),
              }))}
            />
          )}

          <Typography.Title level={5}>每日直报</Typography.Title>
          <List
            size="small"
            dataSource={risk.data.reports.slice(0, 14)}
            locale={{ emptyText: '暂无直报' }}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <Typography.Text strong>{r.reportDate}</Typography.Text>{' '}
                  <Tag color={r.hasIssue ? 'orange' : 'green'}>{r.hasIssue ? '有情况' : '平安无事'}</Tag>
                  {r.suggestedLevel && (
                    <Tag color={LEVEL_TAG[r.suggestedLevel]}>建议{LEVEL_LABELS[r.suggestedLevel]}色</Tag>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.reporterName}
                  </Typography.Text>
                  {r.hasIssue && <div>{r.situation}</div>}
                </div>
              </List.Item>
            )}
          />
          {action === 'rate' && (
            <RateModal
              path={`${base}/rating`}
              current={
                risk.data.rating ? { level: risk.data.rating.level, reasons: risk.data.rating.reasons } : null
              }
              onClose={() => setAction(null)}
            />
          )}
          {action === 'item' && (
            <RiskItemModal title="新增风险点" path={`${base}/items`} onClose={() => setAction(null)} />
          )}
          {closing && (
            <CloseItemModal
              path={`${base}/items/${closing.id}/close`}
              item={closing}
              onClose={() => setClosing(null)}
            />
          )}
        </>
      )}
    </Drawer>
  );
}

interface RateValues {
  level: RiskLevel;
  riskReasons: string[];
  note?: string;
}

function RateModal(props: {
  path: string;
  current: { level: RiskLevel; reasons: string[] } | null;
  onClose: () => void;
}) {
  const save = useWriteMutation({
    mutationFn: (v: RateValues) => api.put<{ notified: boolean }>(props.path, v),
    invalidates: [oversightKeys.all],
    success: '研判结果已保存',
    onSuccess: props.onClose,
  });
  return (
    <FormModal<RateValues>
      title="研判风险等级"
      okText="保存"
      open
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate({ ...v, riskReasons: v.riskReasons ?? [] })}
      initialValues={{ level: props.current?.level ?? 'green', riskReasons: props.current?.reasons ?? [] }}
    >
      <Form.Item name="level" label="风险等级" rules={[{ required: true, message: '请选择风险等级' }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={LEVELS.map((l) => ({ value: l, label: `${LEVEL_LABELS[l]}色` }))}
        />
      </Form.Item>
      <Form.Item
        name="riskReasons"
        label="研判理由"
        dependencies={['level']}
        extra="可从常见理由中选择，也可直接输入后回车"
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v: string[] | undefined) =>
              getFieldValue('level') === 'green' || (v && v.length > 0)
                ? Promise.resolve()
                : Promise.reject(new Error('红色、橙色须写明至少一条理由')),
          }),
        ]}
      >
        <Select
          mode="tags"
          placeholder="选择或输入理由"
          options={COMMON_REASONS.map((r) => ({ value: r, label: r }))}
        />
      </Form.Item>
      <Form.Item name="note" label="说明（可不填）">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

function CloseItemModal(props: { path: string; item: RiskItem; onClose: () => void }) {
  const save = useWriteMutation({
    mutationFn: (v: { closedNote: string; closedOn: Dayjs }) =>
      api.post(props.path, { closedNote: v.closedNote, closedOn: v.closedOn.format('YYYY-MM-DD') }),
    invalidates: [oversightKeys.all],
    success: '风险点已销号',
    onSuccess: props.onClose,
  });
  return (
    <FormModal<{ closedNote: string; closedOn: Dayjs }>
      title={`销号：${props.item.title}`}
      okText="销号"
      open
      busy={save.isPending}
      onCancel={props.onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={{ closedOn: dayjs() }}
    >
      <Form.Item
        name="closedNote"
        label="化解情况"
        rules={[{ required: true, whitespace: true, message: '请写明化解情况' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="closedOn" label="销号日期" rules={[{ required: true, message: '请选择销号日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}
