// The result's next steps by role: 报送乡镇 and 撤回结果 (the committee), 确认 and 退回修改 (the township),
// the printed documents, and 下载计票数据 (the scenario for `huanjie tally`).
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../../api.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { FormModal } from '../../FormModal.js';
import { ResultDocuments } from '../ResultDocuments.js';
import { RESULT_KEY, type ResultAnswer } from './model.js';

type ReasonStep = 'withdraw' | 'reopen';

const REASON_TITLES: Record<ReasonStep, string> = {
  withdraw: '撤回结果，重新核对计票',
  reopen: '退回修改',
};

export function ResultActions({
  village,
  vote,
  answer,
  canDecide,
  canConfirm,
}: {
  village: { roundId: string; code: string };
  vote: string;
  answer: ResultAnswer;
  canDecide: boolean;
  canConfirm: boolean;
}) {
  const [asking, setAsking] = useState<ReasonStep | null>(null);
  const status = answer.vote.status;
  const step = useWriteMutation({
    mutationFn: (v: { step: string; reason?: string }) =>
      api.post(`${vote}/result/${v.step}`, v.reason ? { reason: v.reason } : {}),
    invalidates: [[RESULT_KEY], ['votes']],
    success: '已完成',
    onSuccess: () => setAsking(null),
  });
  return (
    <Space wrap>
      {canDecide && status === 'counted' && (
        <Popconfirm
          title="报送乡镇后，结果由乡镇确认；确认前乡镇可以退回。"
          okText="报送"
          onConfirm={() => step.mutate({ step: 'report' })}
        >
          <Button type="primary" loading={step.isPending}>
            报送乡镇
          </Button>
        </Popconfirm>
      )}
      {canDecide && status === 'counted' && <Button onClick={() => setAsking('withdraw')}>撤回结果</Button>}
      {canConfirm && status === 'reported' && (
        <Popconfirm
          title="确认后结果锁定，当选人进入村（居）委会成员名单。"
          okText="确认"
          onConfirm={() => step.mutate({ step: 'confirm' })}
        >
          <Button type="primary" loading={step.isPending}>
            确认
          </Button>
        </Popconfirm>
      )}
      {canConfirm && (status === 'reported' || status === 'confirmed') && (
        <Button danger onClick={() => setAsking('reopen')}>
          退回修改
        </Button>
      )}
      {answer.result && (
        <Button icon={<DownloadOutlined />} href={`/api${vote}/scenario.json`} download>
          下载计票数据
        </Button>
      )}
      {answer.result && (
        <ResultDocuments
          roundId={village.roundId}
          code={village.code}
          voteId={answer.vote.id}
          status={status}
          kind={answer.vote.kind}
        />
      )}
      <FormModal<{ reason: string }>
        title={asking ? REASON_TITLES[asking] : ''}
        okText={asking === 'reopen' ? '退回' : '撤回'}
        open={asking !== null}
        busy={step.isPending}
        onCancel={() => setAsking(null)}
        onSubmit={(v) => asking && step.mutate({ step: asking, reason: v.reason })}
      >
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请填写理由（记入审计记录）' }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
