// One recall request: the member, reasons and reply, its deadline, H-3's warning, the signatures, the
// committee's decisions, and its vote with the result documents once counted.
import { Alert, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { useWriteMutation } from '../../../hooks/useWriteMutation.js';
import { villagePage } from '../../registration/model.js';
import { ResultDocuments } from '../ResultDocuments.js';
import {
  REQUEST_STATUS_COLORS,
  type RecallAnswer,
  type RecallRequest,
  requestApi,
  SIGNED_BY_LABELS,
  VOTE_STATUS_LABELS,
} from './model.js';
import { OpenRecallVoteModal, ReasonModal, ReplyModal } from './RequestModals.js';
import { SignaturesPanel } from './SignaturesPanel.js';
import { RECALL_KEY } from './useRecall.js';

function RepeatWarning({ req }: { req: RecallRequest }) {
  const bar = req.repeatBar;
  if (!bar || bar.within.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`罢免未获通过的，${bar.years} 年内不得以同一事实和理由再次提出（${bar.rule}）`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {bar.within.map((e) => (
            <li key={e.id}>
              {e.failedOn} 表决未通过的罢免要求（理由：{e.reasons}），禁止期至 {e.barEnds}
              。请核对本次理由是否为同一事实。
            </li>
          ))}
        </ul>
      }
    />
  );
}

function VoteLine({ village, req }: { village: VillageRef; req: RecallRequest }) {
  const vote = req.vote;
  if (!vote) return null;
  const base = villagePage(village.roundId, village.code);
  const r = vote.result;
  return (
    <Card size="small" type="inner" title={`第 ${vote.seq} 次投票（${vote.kindLabel}）`}>
      <Flex vertical gap={8}>
        <Space wrap>
          <Tag color="blue">{VOTE_STATUS_LABELS[vote.status]}</Tag>
          <span>投票日期：{vote.pollingDate}</span>
          {vote.status === 'polling' && <Link to={`${base}/checkin`}>去签到发票</Link>}
          {vote.status === 'counting' && <Link to={`${base}/count`}>去计票</Link>}
        </Space>
        {r && (
          <Typography.Text strong type={r.passed ? 'danger' : undefined}>
            投票 {r.voted} 人，赞成 {r.yes} 票，反对 {r.no} 票：{!r.valid ? '表决无效，' : ''}
            {r.passed ? '罢免通过' : '罢免未通过'}
            {r.passed && vote.status !== 'confirmed' ? '（乡镇确认后该成员离任）' : ''}
          </Typography.Text>
        )}
        <ResultDocuments
          roundId={village.roundId}
          code={village.code}
          voteId={vote.id}
          status={vote.status}
          kind="recall"
          size="small"
        />
      </Flex>
    </Card>
  );
}

export function RequestCard({
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
  const [modal, setModal] = useState<'reply' | 'refuse' | 'withdraw' | 'vote' | null>(null);
  const accept = useWriteMutation({
    mutationFn: () => api.post(`${requestApi(village.roundId, village.code, req.id)}/accept`),
    invalidates: [[RECALL_KEY]],
    success: '罢免要求已受理',
  });
  const open = req.status === 'collecting' || req.status === 'accepted';
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>
            罢免 {req.member.name}（{req.member.officeTitle}）
          </span>
          <Tag color={REQUEST_STATUS_COLORS[req.status]}>{req.statusLabel}</Tag>
        </Space>
      }
      extra={<Typography.Text type="secondary">{SIGNED_BY_LABELS[req.signedBy]}</Typography.Text>}
    >
      <Flex vertical gap={12}>
        <RepeatWarning req={req} />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'filed', label: '提出日期', children: req.filedOn },
            {
              key: 'due',
              label: '表决期限',
              children: req.deadlines.vote
                ? `${req.deadlines.vote.due} 前（${req.deadlines.vote.rule}）`
                : '规则集未规定',
            },
            { key: 'reasons', label: '罢免理由', span: 2, children: req.reasons },
            {
              key: 'reply',
              label: '申辩意见',
              span: 2,
              children: (
                <Space align="start">
                  <span>{req.reply ?? '（尚未提出）'}</span>
                  {canDecide && open && (
                    <Button size="small" type="link" onClick={() => setModal('reply')}>
                      {req.reply ? '修改' : '记录申辩意见'}
                    </Button>
                  )}
                </Space>
              ),
            },
            ...(req.statusNote
              ? [{ key: 'note', label: '办理情况', span: 2, children: req.statusNote }]
              : []),
          ]}
        />
        <SignaturesPanel village={village} req={req} answer={answer} canDecide={canDecide} />
        {canDecide && open && (
          <Space wrap>
            {req.status === 'collecting' && (
              <Button
                type="primary"
                disabled={!req.progress.met}
                loading={accept.isPending}
                onClick={() => accept.mutate()}
              >
                受理
              </Button>
            )}
            {req.status === 'accepted' && (
              <Button type="primary" onClick={() => setModal('vote')}>
                组织罢免表决
              </Button>
            )}
            <Button onClick={() => setModal('refuse')}>不予受理</Button>
            <Button onClick={() => setModal('withdraw')}>终止程序</Button>
          </Space>
        )}
        <VoteLine village={village} req={req} />
      </Flex>
      {modal === 'reply' && <ReplyModal village={village} req={req} onClose={() => setModal(null)} />}
      {(modal === 'refuse' || modal === 'withdraw') && (
        <ReasonModal village={village} req={req} action={modal} onClose={() => setModal(null)} />
      )}
      {modal === 'vote' && (
        <OpenRecallVoteModal
          village={village}
          req={req}
          rules={answer.rules}
          onClose={() => setModal(null)}
        />
      )}
    </Card>
  );
}
