import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Button, Form, Input, InputNumber, Modal, Popconfirm, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, request } from '../../api.js';
import { useLocalSteps } from '../../hooks/useSchedule.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import type { LocalStep } from './model.js';

interface Values {
  title: string;
  anchor: 'before' | 'after';
  days: number;
  basis: string;
}

const when = (s: Pick<LocalStep, 'anchor' | 'days'>) =>
  s.anchor === 'before' ? `选举日前${s.days}日` : s.days === 0 ? '选举日当日' : `选举日起${s.days}日内`;

function LocalStepForm({
  roundId,
  regionCode,
  step,
  onClose,
}: {
  roundId: string;
  regionCode: string;
  step: LocalStep | null;
  onClose: () => void;
}) {
  const save = useWriteMutation({
    mutationFn: (v: Values) =>
      step
        ? api.put<LocalStep>(`/rounds/${roundId}/local-steps/${encodeURIComponent(step.id)}`, v)
        : api.post<LocalStep>(`/rounds/${roundId}/local-steps`, { ...v, regionCode }),
    invalidates: [['schedule'], ['registration']],
    success: step ? '本地步骤已修改' : '本地步骤已添加，已列入各村日程',
    onSuccess: onClose,
  });
  return (
    <FormModal<Values>
      title={step ? '修改本地步骤' : '添加本地步骤'}
      okText="保存"
      open
      busy={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      initialValues={step ?? { anchor: 'before', days: 30 }}
    >
      <Form.Item
        name="title"
        label="步骤名称"
        rules={[
          { required: true, whitespace: true, message: '请填写步骤名称' },
          { max: 60, message: '步骤名称不超过 60 字' },
        ]}
      >
        <Input placeholder="如：完成离任经济责任审计、换届业务培训" maxLength={60} />
      </Form.Item>
      <Form.Item label="期限" required>
        <Space wrap>
          <Form.Item name="anchor" noStyle>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'before', label: '选举日前' },
                { value: 'after', label: '选举日起' },
              ]}
            />
          </Form.Item>
          <Form.Item name="days" noStyle rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber min={0} max={365} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <span>日（内）</span>
        </Space>
      </Form.Item>
      <Form.Item
        name="basis"
        label="依据"
        rules={[
          { required: true, whitespace: true, message: '请填写依据' },
          { max: 200, message: '依据不超过 200 字' },
        ]}
      >
        <Input placeholder="如：郑坑乡村级组织换届选举实施方案" maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The round's local steps (a county's or township's own work plan), listed for every office; an
 * office adds steps for its own villages and edits the ones it added.
 */
export function LocalStepsModal({
  roundId,
  regionCode,
  regionName,
  userRegion,
  canEdit,
  isPhone,
  onClose,
}: {
  roundId: string;
  /** where new steps apply: the area shown */
  regionCode: string;
  regionName: string;
  userRegion: string;
  canEdit: boolean;
  isPhone: boolean;
  onClose: () => void;
}) {
  const steps = useLocalSteps(roundId);
  const [editing, setEditing] = useState<LocalStep | 'new' | null>(null);
  const remove = useWriteMutation({
    mutationFn: (s: LocalStep) =>
      request('DELETE', `/rounds/${roundId}/local-steps/${encodeURIComponent(s.id)}`),
    invalidates: [['schedule'], ['registration']],
    success: '本地步骤已删除',
  });
  const mine = (s: LocalStep) => canEdit && s.regionCode.startsWith(userRegion);
  const columns: TableColumnsType<LocalStep> = [
    { title: '步骤', dataIndex: 'title' },
    { title: '期限', key: 'when', className: 'nowrap', render: (_: unknown, s) => when(s) },
    { title: '依据', dataIndex: 'basis', responsive: ['md'] },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_: unknown, s) =>
        mine(s) ? (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditing(s)}
              aria-label="修改"
            />
            <Popconfirm
              title={`删除“${s.title}”？`}
              description="各村已记录的完成情况一并删除（审计日志中保留）。"
              okText="删除"
              cancelText="取消"
              onConfirm={() => remove.mutate(s)}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label="删除" />
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];
  return (
    <Modal
      title="本地步骤"
      open
      onCancel={onClose}
      footer={null}
      width={isPhone ? '100%' : 760}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        县、乡镇换届工作方案中的步骤（如离任经济责任审计、业务培训），列入辖区内每个村的日程，由各村记录完成情况。
      </Typography.Paragraph>
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          为{regionName}添加步骤
        </Button>
      )}
      <Table<LocalStep>
        rowKey="id"
        size="small"
        loading={steps.isPending}
        dataSource={steps.data?.items ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: '尚未添加本地步骤' }}
      />
      {editing && (
        <LocalStepForm
          roundId={roundId}
          regionCode={regionCode}
          step={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Modal>
  );
}
