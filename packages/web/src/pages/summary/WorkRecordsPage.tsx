import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, request } from '../../api.js';
import {
  WORK_KEY,
  type WorkAnswer,
  type WorkKind,
  type WorkRecord,
  workApi,
} from '../../components/archive/model.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useRegion } from '../../hooks/useRegion.js';
import { useRound } from '../../hooks/useRounds.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { canManageRounds } from '../../permissions.js';

interface Values {
  kind: WorkKind;
  title: string;
  heldOn: Dayjs;
  quantity: number;
  people: number;
  note?: string;
}

/**
 * 工作记录: the township's (county's) training sessions, publicity, risk meetings, inspections and talks,
 * summed per kind; the summary report's 主要做法 counts them.
 */
export function WorkRecordsPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const canEdit = canManageRounds(user);
  const region = useRegion(code);
  const round = useRound(roundId);
  const [kind, setKind] = useState<WorkKind | 'all'>('all');
  const [editing, setEditing] = useState<WorkRecord | 'new' | null>(null);
  const q = useQuery({
    queryKey: [WORK_KEY, roundId, code],
    queryFn: () => api.get<WorkAnswer>(workApi(roundId, code)),
  });
  const save = useWriteMutation({
    mutationFn: ({ heldOn, ...v }: Values) => {
      const body = { ...v, heldOn: heldOn.format('YYYY-MM-DD'), note: v.note || null };
      return editing && editing !== 'new'
        ? api.put(`${workApi(roundId, editing.regionCode)}/${editing.id}`, body)
        : api.post(workApi(roundId, code), body);
    },
    invalidates: [[WORK_KEY]],
    success: '工作记录已保存',
    onSuccess: () => setEditing(null),
  });
  const remove = useWriteMutation({
    mutationFn: (r: WorkRecord) => request('DELETE', `${workApi(roundId, r.regionCode)}/${r.id}`),
    invalidates: [[WORK_KEY]],
    success: '已删除该工作记录',
  });
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const { kinds, records, sums } = q.data;
  const info = (k: WorkKind) => kinds.find((x) => x.kind === k)!;
  const shown = kind === 'all' ? records : records.filter((r) => r.kind === kind);

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '本次换届'}</Link> },
          { title: '工作记录' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        {region.data?.name ?? code} · 工作记录
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        登记培训、宣传、风险研判会议、督导检查和谈心谈话，工作总结的“主要做法”按这里的合计生成。
      </Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {sums.map((s) => (
          <Col key={s.kind} flex="1 1 180px">
            <Card
              size="small"
              hoverable
              onClick={() => setKind(kind === s.kind ? 'all' : s.kind)}
              style={kind === s.kind ? { borderColor: '#1677ff' } : undefined}
              data-testid={`work-sum-${s.kind}`}
            >
              <Statistic
                title={`${s.title}（${s.records} 条）`}
                value={s.quantity}
                suffix={info(s.kind).quantity}
              />
              <Typography.Text type="secondary">
                {s.people} {info(s.kind).people}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        title={kind === 'all' ? '全部记录' : `${info(kind).title}记录`}
        styles={{ body: { padding: 0 } }}
        extra={
          <Space>
            <Select<WorkKind | 'all'>
              aria-label="按类型筛选"
              value={kind}
              style={{ width: 150 }}
              onChange={setKind}
              options={[
                { value: 'all', label: '全部类型' },
                ...kinds.map((k) => ({ value: k.kind, label: k.title })),
              ]}
            />
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                登记
              </Button>
            )}
          </Space>
        }
      >
        <Table<WorkRecord>
          size="small"
          rowKey="id"
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description="尚无工作记录" /> }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', width: 110 },
            { title: '类型', dataIndex: 'kind', width: 110, render: (k: WorkKind) => info(k).title },
            { title: '名称', dataIndex: 'title' },
            {
              title: '数量',
              dataIndex: 'quantity',
              width: 110,
              align: 'right',
              render: (n: number, r) => `${n} ${info(r.kind).quantity}`,
            },
            {
              title: '人数',
              dataIndex: 'people',
              width: 110,
              align: 'right',
              render: (n: number, r) => `${n} ${info(r.kind).people}`,
            },
            { title: '备注', dataIndex: 'note', responsive: ['lg'] },
            ...(canEdit
              ? [
                  {
                    title: '操作',
                    key: 'act',
                    width: 150,
                    render: (_: unknown, r: WorkRecord) => (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          icon={<EditOutlined />}
                          onClick={() => setEditing(r)}
                        >
                          修改
                        </Button>
                        <Popconfirm
                          title={`删除“${r.title}”？`}
                          description="删除记入审计日志。"
                          okText="删除"
                          cancelText="取消"
                          onConfirm={() => remove.mutate(r)}
                        >
                          <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <FormModal<Values>
          title={editing === 'new' ? '登记工作记录' : '修改工作记录'}
          okText="保存"
          open
          busy={save.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(v) => save.mutate(v)}
          initialValues={
            editing === 'new'
              ? { kind: kind === 'all' ? 'training' : kind, heldOn: dayjs(), quantity: 1, people: 0 }
              : { ...editing, heldOn: dayjs(editing.heldOn), note: editing.note ?? undefined }
          }
        >
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
            <Select options={kinds.map((k) => ({ value: k.kind, label: k.title }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label="名称"
            rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
          >
            <Input maxLength={200} placeholder="如：村选委会成员培训" />
          </Form.Item>
          <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="quantity"
            label="数量（期、份、条、次）"
            rules={[{ required: true, message: '请填写数量' }]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="people" label="人数（人、人次）">
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea maxLength={1000} rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
