// The county's targets for the round (一肩挑 ≥ 90% …) with each one's value in this area and the gap
// in percentage points; the county office edits them.

import { EditOutlined } from '@ant-design/icons';
import type { TargetCheck } from '@huanjie/core';
import { percent, points } from '@huanjie/core';
import { Button, Card, Form, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { statisticsKeys, type TargetItem, useTargets } from '../../hooks/useStatistics.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';

const bpText = (bp: number) => percent({ num: bp, den: 10000 });

export function TargetsCard({
  roundId,
  area,
  checks,
  canEdit,
}: {
  roundId: string;
  area: string;
  checks: TargetCheck[];
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      size="small"
      title="县定目标"
      data-testid="targets"
      extra={
        canEdit && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            设定目标
          </Button>
        )
      }
    >
      {checks.length === 0 ? (
        <Typography.Text type="secondary">县换届办尚未设定目标。</Typography.Text>
      ) : (
        <Table<TargetCheck>
          size="small"
          rowKey="indicator"
          pagination={false}
          dataSource={checks}
          columns={[
            { title: '指标', dataIndex: 'label' },
            { title: '目标', dataIndex: 'targetBp', render: (bp: number) => `≥ ${bpText(bp)}` },
            {
              title: '实际',
              key: 'value',
              render: (_: unknown, c) => `${percent(c.value)}（${c.value.num}/${c.value.den}）`,
            },
            {
              title: '差距',
              dataIndex: 'gapCentiPoints',
              render: (g: number | null) => (
                <span style={{ color: g !== null && g < 0 ? '#cf1322' : undefined }}>{points(g)}</span>
              ),
            },
            {
              title: '是否达标',
              dataIndex: 'met',
              render: (met: boolean, c) =>
                c.value.den === 0 ? (
                  <Tag>暂无数据</Tag>
                ) : met ? (
                  <Tag color="success">达标</Tag>
                ) : (
                  <Tag color="error">未达标</Tag>
                ),
            },
          ]}
        />
      )}
      {editing && <TargetsModal roundId={roundId} area={area} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function TargetsModal({ roundId, area, onClose }: { roundId: string; area: string; onClose: () => void }) {
  const targets = useTargets(roundId, area);
  const [form] = Form.useForm<Record<string, number | null>>();
  const save = useWriteMutation({
    mutationFn: (items: { indicator: string; targetBp: number }[]) =>
      api.put(`/rounds/${roundId}/targets`, { items }),
    invalidates: [statisticsKeys.all],
    success: '目标已保存',
    onSuccess: onClose,
  });
  const items: TargetItem[] = targets.data?.items ?? [];
  return (
    <Modal
      open
      title="设定统计目标（百分比，留空表示不设）"
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() =>
        form.validateFields().then((values) =>
          save.mutate(
            items.flatMap((i) => {
              const v = values[i.indicator];
              return v === null || v === undefined
                ? []
                : [{ indicator: i.indicator, targetBp: Math.round(v * 100) }];
            }),
          ),
        )
      }
    >
      {targets.data && (
        <Form
          form={form}
          layout="horizontal"
          labelCol={{ span: 12 }}
          initialValues={Object.fromEntries(
            items.map((i) => [i.indicator, i.targetBp === null ? null : i.targetBp / 100]),
          )}
        >
          {items.map((i) => (
            <Form.Item key={i.indicator} name={i.indicator} label={i.label}>
              <InputNumber
                min={0}
                max={100}
                step={0.5}
                precision={2}
                suffix="%"
                style={{ width: 140 }}
                aria-label={i.label}
              />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
