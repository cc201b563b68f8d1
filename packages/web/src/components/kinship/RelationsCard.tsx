import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, List, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.js';
import { useRelations, villageKey } from '../../hooks/useNomination.js';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { FormModal } from '../FormModal.js';
import { KIN_KINDS, type KinKind, kinLabels, type RelationView, relationsApi } from '../nomination/model.js';
import { QueryError } from '../QueryError.js';
import { villagePage } from '../registration/model.js';
import { VoterSelect } from '../registration/VoterSelect.js';
import { DeriveButton } from './DeriveButton.js';

function AddModal({
  village,
  voterId,
  name,
  onClose,
}: {
  village: VillageRef;
  voterId: string;
  name: string;
  onClose: () => void;
}) {
  const add = useWriteMutation({
    mutationFn: (v: { relatedVoterId: string; kind: KinKind }) =>
      api.post(relationsApi(village.roundId, village.code, voterId), v),
    invalidates: [villageKey(village)],
    success: '已登记亲属关系',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ relatedVoterId: string; kind: KinKind }>
      title={`登记${name}的亲属`}
      open
      busy={add.isPending}
      onCancel={onClose}
      onSubmit={(v) => add.mutate(v)}
    >
      <Form.Item name="relatedVoterId" label="亲属" rules={[{ required: true, message: '请选择亲属' }]}>
        <VoterSelect village={village} />
      </Form.Item>
      <Form.Item name="kind" label={`是${name}的`} rules={[{ required: true, message: '请选择关系' }]}>
        <Select options={KIN_KINDS.map((k) => ({ value: k, label: kinLabels[k] }))} />
      </Form.Item>
    </FormModal>
  );
}

function RemoveModal({
  village,
  voterId,
  name,
  relation,
  onClose,
}: {
  village: VillageRef;
  voterId: string;
  name: string;
  relation: RelationView;
  onClose: () => void;
}) {
  const remove = useWriteMutation({
    mutationFn: (v: { reason: string }) =>
      api.post(`${relationsApi(village.roundId, village.code, voterId)}/remove`, {
        relatedVoterId: relation.relatedVoterId,
        reason: v.reason,
      }),
    invalidates: [villageKey(village)],
    success: '已删除亲属关系',
    onSuccess: onClose,
  });
  return (
    <FormModal<{ reason: string }>
      title={`删除：${relation.name}是${name}的${relation.title}`}
      okText="删除"
      open
      busy={remove.isPending}
      onCancel={onClose}
      onSubmit={(v) => remove.mutate(v)}
    >
      {relation.source === 'register' && (
        <Typography.Paragraph type="secondary">
          这是按户籍推算的关系。删除后，再按户籍推算时也不再列入。
        </Typography.Paragraph>
      )}
      <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请写明删除的原因' }]}>
        <Input.TextArea rows={2} maxLength={500} placeholder="如：户籍登记有误，二人并非兄弟" />
      </Form.Item>
    </FormModal>
  );
}

/**
 * A person's relatives (配偶、父母子女、兄弟姐妹、祖孙): derived from the household register or entered
 * by hand. They decide the recusal checks (C1-5, C2-6, E-9) and the nomination warnings.
 */
export function RelationsCard({
  village,
  voterId,
  name,
  canWrite,
}: {
  village: VillageRef;
  voterId: string;
  name: string;
  canWrite: boolean;
}) {
  const q = useRelations(village, voterId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<RelationView | null>(null);
  const page = (id: string) => `${villagePage(village.roundId, village.code)}/voters/${id}`;
  return (
    <Card
      size="small"
      title="亲属关系"
      style={{ marginBottom: 16 }}
      extra={
        canWrite && (
          <Space wrap>
            <DeriveButton village={village} />
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              添加
            </Button>
          </Space>
        )
      }
    >
      {q.error ? (
        <QueryError error={q.error} onRetry={() => q.refetch()} />
      ) : !q.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <>
          <List
            size="small"
            dataSource={q.data.relations}
            locale={{
              emptyText:
                '未登记亲属关系。可按户籍推算（同户号的配偶、父母子女、兄弟姐妹、祖孙），或手工添加。',
            }}
            renderItem={(r) => (
              <List.Item
                actions={
                  canWrite
                    ? [
                        <Button key="rm" type="link" size="small" danger onClick={() => setRemoving(r)}>
                          删除
                        </Button>,
                      ]
                    : undefined
                }
              >
                <Space wrap size={4}>
                  <Tag>{r.title}</Tag>
                  <Link to={page(r.relatedVoterId)}>{r.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.voterNo ? `选民号 ${r.voterNo} · ` : ''}户号 {r.householdNo}
                  </Typography.Text>
                  <Tag color={r.source === 'register' ? 'blue' : 'gold'}>
                    {r.source === 'register' ? '户籍推算' : '手工登记'}
                  </Tag>
                </Space>
              </List.Item>
            )}
          />
          {q.data.excluded.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
              已排除的户籍推算：
              {q.data.excluded.map((e) => `${e.name}（${e.title}，${e.reason}）`).join('；')}
            </Typography.Paragraph>
          )}
        </>
      )}
      {adding && (
        <AddModal village={village} voterId={voterId} name={name} onClose={() => setAdding(false)} />
      )}
      {removing && (
        <RemoveModal
          village={village}
          voterId={voterId}
          name={name}
          relation={removing}
          onClose={() => setRemoving(null)}
        />
      )}
    </Card>
  );
}
