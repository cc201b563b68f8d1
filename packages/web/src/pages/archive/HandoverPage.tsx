import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useParams } from 'react-router';
import { api } from '../../api.js';
import {
  ARCHIVE_KEY,
  HANDOVER_KEY,
  type HandoverAnswer,
  type HandoverCheck,
  villageArchiveApi,
} from '../../components/archive/model.js';
import { QueryError } from '../../components/QueryError.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

interface Values {
  checklist: HandoverCheck[];
  outgoing?: string;
  incoming?: string;
  witness?: string;
  completedOn?: Dayjs | null;
}

function StateTag({ h }: { h: HandoverAnswer }) {
  if (h.handover?.completedOn)
    return h.late ? (
      <Tag color="orange">已完成（逾期 {h.daysLate} 日）</Tag>
    ) : (
      <Tag color="green">已按期完成</Tag>
    );
  if (h.late) return <Tag color="red">逾期 {h.daysLate} 日</Tag>;
  return <Tag color="blue">{h.handover ? '移交中' : '未开始'}</Tag>;
}

/**
 * 交接: the handover from the old committee to the new within the rule set's days of the committee's
 * formation (B-11), item by item, signed off by the outgoing and incoming sides and the township.
 */
export function HandoverPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const decide = may(user, 'preparation.decide');
  const url = `${villageArchiveApi(roundId, code)}/handover`;
  const [form] = Form.useForm<Values>();
  const q = useQuery({
    queryKey: [HANDOVER_KEY, roundId, code],
    queryFn: () => api.get<HandoverAnswer>(url),
  });
  const start = useWriteMutation({
    mutationFn: () => api.post<HandoverAnswer>(url),
    invalidates: [[HANDOVER_KEY], [ARCHIVE_KEY]],
    success: '已开始工作移交',
  });
  const save = useWriteMutation({
    mutationFn: (v: Values) =>
      api.put<HandoverAnswer>(url, {
        checklist: v.checklist.map((c) => ({ item: c.item, done: c.done, note: c.note || null })),
        outgoing: v.outgoing || null,
        incoming: v.incoming || null,
        witness: v.witness || null,
        completedOn: v.completedOn ? v.completedOn.format('YYYY-MM-DD') : null,
      }),
    invalidates: [[HANDOVER_KEY], [ARCHIVE_KEY]],
    success: '移交情况已保存',
  });
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const h = q.data;
  const row = h.handover;

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions column={isPhone ? 1 : 3} size="small">
          <Descriptions.Item label="新一届村民委员会产生之日">{h.formedOn ?? '尚未产生'}</Descriptions.Item>
          <Descriptions.Item label="应完成移交">{h.dueOn ? `${h.dueOn} 前` : '—'}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <StateTag h={h} />
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          依据：{h.basis}完成工作移交（{h.rule}），由村民选举委员会主持、乡镇人民政府监督。
        </Typography.Text>
      </Card>
      {!h.formedOn && (
        <Alert type="info" showIcon title="选举结果经乡镇确认后，新一届村民委员会产生，才能开始工作移交。" />
      )}
      {h.formedOn && !row && (
        <Alert
          type={h.late ? 'error' : 'warning'}
          showIcon
          title={`尚未开始工作移交，应于 ${h.dueOn} 前完成。`}
          action={
            decide && (
              <Button type="primary" loading={start.isPending} onClick={() => start.mutate(undefined)}>
                开始工作移交
              </Button>
            )
          }
        />
      )}
      {row && (
        <Card size="small" title="移交清单">
          <Form<Values>
            form={form}
            layout="vertical"
            disabled={!decide}
            initialValues={{
              checklist: row.checklist,
              outgoing: row.outgoing ?? undefined,
              incoming: row.incoming ?? undefined,
              witness: row.witness ?? undefined,
              completedOn: row.completedOn ? dayjs(row.completedOn) : null,
            }}
            key={JSON.stringify(row)}
            onFinish={(v) => save.mutate(v)}
          >
            <Form.List name="checklist">
              {(fields) => (
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={fields}
                  style={{ marginBottom: 16 }}
                  columns={[
                    {
                      title: '移交项目',
                      key: 'title',
                      width: 160,
                      render: (_, f) => row.checklist[f.name]?.title,
                    },
                    {
                      title: '已移交',
                      key: 'done',
                      width: 80,
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'done']} valuePropName="checked" noStyle>
                          <Checkbox aria-label={`${row.checklist[f.name]?.title}已移交`} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '说明（数量、编号、存放处）',
                      key: 'note',
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'note']} noStyle>
                          <Input maxLength={300} aria-label={`${row.checklist[f.name]?.title}说明`} />
                        </Form.Item>
                      ),
                    },
                  ]}
                />
              )}
            </Form.List>
            <Space wrap size="middle" align="start">
              <Form.Item name="outgoing" label="移交人（上届）">
                <Input maxLength={100} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name="incoming" label="接收人（新一届）">
                <Input maxLength={100} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name="witness" label="监交人（乡镇）">
                <Input maxLength={100} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name="completedOn" label="完成日期">
                <DatePicker style={{ width: 160 }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Space>
            {decide && (
              <div>
                <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                  保存
                </Button>
              </div>
            )}
          </Form>
        </Card>
      )}
    </>
  );
}
