import { Button, Card, Flex, Form, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { FormModal } from '../../FormModal.js';
import { clock, type IssueView } from './model.js';
import { CHECKIN_KEY } from './useCheckin.js';

const VIA_COLORS = { 'in-person': 'blue', proxy: 'purple', mobile: 'cyan' } as const;

interface Props {
  issues: IssueView[];
  /** the desk's place name, or null for the whole village */
  placeName: string | null;
  /** the check-in API base of the vote; null hides 撤销 (closed, or the user may not issue) */
  cancelApi: string | null;
}

/** The last ballots issued here, newest first; a wrong one is cancelled with a reason. */
export function RecentIssues({ issues, placeName, cancelApi }: Props) {
  const [target, setTarget] = useState<IssueView | null>(null);
  const cancel = useWriteMutation({
    mutationFn: (v: { reason: string }) => api.post(`${cancelApi}/issues/${target!.voterId}/cancel`, v),
    invalidates: [[CHECKIN_KEY]],
    success: '已撤销这次发票',
    onSuccess: () => setTarget(null),
  });
  return (
    <Card size="small" title={placeName ? `${placeName}最近发票` : '最近发票'}>
      <List<IssueView>
        size="small"
        dataSource={issues}
        locale={{ emptyText: '还没有发出选票' }}
        renderItem={(i) => (
          <List.Item>
            <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong>{i.name}</Typography.Text>{' '}
                <Tag color={VIA_COLORS[i.via]}>{i.viaLabel}</Tag>
                <div style={{ color: '#8c8c8c', fontSize: 12 }}>
                  {clock(i.issuedAt)} · {i.placeName}
                  {i.trusteeName ? ` · ${i.trusteeName}代领` : ''} · {i.issuedByName}
                </div>
              </div>
              {cancelApi && (
                <Button size="small" type="link" danger onClick={() => setTarget(i)}>
                  撤销
                </Button>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <FormModal<{ reason: string }>
        title={target ? `撤销${target.name}的发票` : '撤销发票'}
        okText="撤销"
        open={target !== null}
        busy={cancel.isPending}
        onCancel={() => setTarget(null)}
        onSubmit={(v) => cancel.mutate(v)}
      >
        <Typography.Paragraph type="secondary">
          只在发错了人、选票已收回时撤销。撤销记入操作日志，此人可以重新领票。
        </Typography.Paragraph>
        <Form.Item
          name="reason"
          label="撤销理由"
          rules={[{ required: true, whitespace: true, message: '请写明撤销理由' }]}
        >
          <Input.TextArea rows={2} maxLength={200} placeholder="如：发错了人，选票已收回" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
