// A recall request's signatures (联名, H-1): the count against the threshold as a progress bar with the
// rule, adding signers (one or many at once: voters of the published list, or representatives), and
// the list with a way to strike off one entered by mistake while signatures are collected.
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, request } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import type { RecallAnswer, RecallRequest } from './model.js';
import { requestApi } from './model.js';
import { RECALL_KEY } from './useRecall.js';
import { VoterMultiSelect } from './VoterMultiSelect.js';

const WHOLE: Record<RecallRequest['signedBy'], string> = {
  voters: '有选举权的村民',
  representatives: '村民代表',
};

export function SignatureProgress({ req }: { req: RecallRequest }) {
  const p = req.progress;
  const percent = p.minimum > 0 ? Math.min(100, Math.round((100 * p.signers) / p.minimum)) : 0;
  return (
    <div>
      <Progress
        percent={percent}
        status={p.met ? 'success' : 'active'}
        format={() => `${p.signers} / ${p.minimum}`}
        aria-label="联名进度"
      />
      <Typography.Text type={p.met ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
        {WHOLE[req.signedBy]} {p.whole} 人，须 {p.share.num}/{p.share.den} 以上即至少 {p.minimum} 人联名（
        {p.formula.replace('*', ' × ').replace('>=', '≥')}，{p.rule}）：已联名 {p.signers} 人
        {p.met ? '，达到规定人数' : `，还差 ${Math.max(0, p.minimum - p.signers)} 人`}
      </Typography.Text>
    </div>
  );
}

export function SignaturesPanel({
  village,
  req,
  answer,
  canDecide,
}: {
  village: VillageRef;
  req: RecallRequest;
  answer: RecallAnswer;
  canDecide: boolean;
}) {
  const [picked, setPicked] = useState<string[]>([]);
  const path = requestApi(village.roundId, village.code, req.id);
  const signed = new Set(req.signatures.map((s) => s.voterId));
  const collecting = req.status === 'collecting';
  const add = useWriteMutation({
    mutationFn: (voterIds: string[]) =>
      api.post<{ added: number; skipped: number }>(`${path}/signatures`, { voterIds }),
    invalidates: [[RECALL_KEY]],
    success: '联名已登记',
    onSuccess: () => setPicked([]),
  });
  const remove = useWriteMutation({
    mutationFn: (voterId: string) => request('DELETE', `${path}/signatures/${voterId}`),
    invalidates: [[RECALL_KEY]],
    success: '已删除该联名',
  });
  return (
    <Flex vertical gap={8}>
      <SignatureProgress req={req} />
      {canDecide && collecting && (
        <Flex gap={8} wrap>
          <div style={{ flex: '1 1 260px', minWidth: 0 }}>
            {req.signedBy === 'voters' ? (
              <VoterMultiSelect
                village={village}
                value={picked}
                onChange={setPicked}
                exclude={signed}
                ariaLabel="联名人"
              />
            ) : (
              <Select
                mode="multiple"
                aria-label="联名人"
                value={picked}
                onChange={setPicked}
                placeholder="选择联名的村民代表，可选多人"
                style={{ width: '100%' }}
                options={answer.representatives
                  .filter((r) => !signed.has(r.voterId))
                  .map((r) => ({ value: r.voterId, label: `${r.name}（${r.groupName}）` }))}
                optionFilterProp="label"
              />
            )}
          </div>
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            disabled={picked.length === 0}
            loading={add.isPending}
            onClick={() => add.mutate(picked)}
          >
            添加联名{picked.length > 1 ? `（${picked.length} 人）` : ''}
          </Button>
        </Flex>
      )}
      <Table
        size="small"
        rowKey="voterId"
        dataSource={req.signatures}
        pagination={req.signatures.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: '尚无人联名' }}
        columns={[
          { title: '序号', width: 56, render: (_v, _r, i) => i + 1 },
          { title: '联名人', dataIndex: 'name' },
          { title: '村民小组', dataIndex: 'groupName', responsive: ['sm'] },
          { title: '联名日期', dataIndex: 'signedOn', responsive: ['sm'] },
          ...(canDecide && collecting
            ? [
                {
                  title: '',
                  width: 56,
                  render: (_v: unknown, s: RecallRequest['signatures'][number]) => (
                    <Button
                      type="text"
                      size="small"
                      danger
                      aria-label={`删除${s.name}的联名`}
                      icon={<DeleteOutlined />}
                      loading={remove.isPending && remove.variables === s.voterId}
                      onClick={() => remove.mutate(s.voterId)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
