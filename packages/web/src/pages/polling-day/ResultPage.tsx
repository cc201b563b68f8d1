import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Skeleton,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api.js';
import { useVotesList } from '../../components/polling-day/count/useCount.js';
import { BoxReadinessTable } from '../../components/polling-day/result/BoxReadinessTable.js';
import { FollowUpsCard } from '../../components/polling-day/result/FollowUpsCard.js';
import { RESULT_KEY, type ResultAnswer, voteApi } from '../../components/polling-day/result/model.js';
import { OfficeResultCard } from '../../components/polling-day/result/OfficeResultCard.js';
import { ResultActions } from '../../components/polling-day/result/ResultActions.js';
import { useResult } from '../../components/polling-day/result/useResults.js';
import { defaultVote, VotePicker } from '../../components/polling-day/result/VotePicker.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

const INVALID_TEXT = {
  turnout: '参加投票人数没有超过登记选民的半数，选举无效',
  overcollected: '收回的选票多于法定上限，选举无效',
} as const;

/** 选举结果: each vote of the election, its boxes, the computed result with reasons, and what comes next. */
export function ResultPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const votes = useVotesList({ roundId, code });
  const [voteId, setVoteId] = useState<string | null>(null);
  const items = votes.data?.items ?? [];
  useEffect(() => {
    if (voteId || items.length === 0) return;
    setVoteId(defaultVote(items, ['counting', 'counted', 'reported']));
  }, [items, voteId]);
  const vote = voteId ? voteApi(roundId, code, voteId) : null;
  const result = useResult(vote);
  const compute = useWriteMutation({
    mutationFn: () => api.post<ResultAnswer>(`${vote}/result`),
    invalidates: [[RESULT_KEY], ['votes']],
    success: '已计算结果',
  });

  if (votes.error) return <QueryError error={votes.error} onRetry={() => votes.refetch()} />;
  if (!votes.data) return <Skeleton active />;
  if (items.length === 0)
    return <Empty description="本村还没有开始投票：选举日在“签到发票”页开始第一次投票" />;
  if (result.error) return <QueryError error={result.error} onRetry={() => result.refetch()} />;
  const data = result.data;
  if (!data || !vote) return <Skeleton active />;
  const v = data.vote;
  const r = data.result;
  const canDecide = may(user, 'count.decide');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <VotePicker votes={items} value={voteId} onChange={setVoteId} />
      {data.locked && (
        <Alert
          type="success"
          showIcon
          title={`乡镇已确认本次结果并锁定${v.confirmedByName ? `（${v.confirmedByName}，${v.confirmedAt?.slice(0, 10)}）` : ''}`}
          description="当选人已进入村（居）委会成员名单。如需修改，须由乡镇说明理由“退回修改”，记入审计记录。"
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label="投票">
            {v.kindLabel}（第{v.seq}次）
          </Descriptions.Item>
          <Descriptions.Item label="投票日期">{v.pollingDate}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag>{v.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="计票方式">
            {v.countMode === 'sheets' ? '计票统计表' : '逐票唱票录入'}
          </Descriptions.Item>
          <Descriptions.Item label="登记选民">{v.registered} 人</Descriptions.Item>
          <Descriptions.Item label="参加投票">{data.voted} 人</Descriptions.Item>
          {r && <Descriptions.Item label="收回选票">{r.collected} 张</Descriptions.Item>}
          {r && <Descriptions.Item label="整张废票">{r.voidBallots} 张</Descriptions.Item>}
        </Descriptions>
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {v.status === 'counting' && canDecide && (
            <Tooltip
              title={data.blocking.length > 0 ? `尚未完成计票：${data.blocking.join('；')}` : undefined}
            >
              <Button
                type="primary"
                disabled={data.blocking.length > 0}
                loading={compute.isPending}
                onClick={() => compute.mutate()}
              >
                计算结果
              </Button>
            </Tooltip>
          )}
          <ResultActions
            village={{ roundId, code }}
            vote={vote}
            answer={data}
            canDecide={canDecide}
            canConfirm={may(user, 'result.confirm')}
          />
        </Flex>
      </Card>

      {v.status === 'polling' && (
        <Alert type="info" showIcon title="投票进行中：结束投票并完成各票箱计票后计算结果" />
      )}
      {v.status === 'counting' && data.blocking.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="以下票箱尚未完成计票，暂不能计算结果"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {data.blocking.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          }
        />
      )}
      {!r && v.status !== 'polling' && (
        <Card size="small" title="各票箱计票情况">
          <BoxReadinessTable boxes={data.boxes} />
        </Card>
      )}

      {r && (
        <Alert
          type={r.valid ? 'success' : 'error'}
          showIcon
          title={
            r.valid
              ? v.kind === 'recall'
                ? `表决有效：赞成 ${r.yes} 票，反对 ${r.no} 票，${r.passed ? '罢免通过' : '罢免未通过'}`
                : '选举有效'
              : INVALID_TEXT[r.invalidReason ?? 'turnout']
          }
        />
      )}
      {r && data.offices.length > 0 && (
        <Flex vertical gap={12}>
          {data.offices.map((o) => (
            <OfficeResultCard key={o.id} office={o} />
          ))}
        </Flex>
      )}
      {r && (
        <Card size="small" title="计票说明">
          <List
            size="small"
            dataSource={data.reasonLines}
            renderItem={(line) => (
              <List.Item>
                <Typography.Text type={line.severity === 'warning' ? 'warning' : undefined}>
                  {line.text}
                </Typography.Text>
                <Tag style={{ marginInlineStart: 8 }}>{line.rule}</Tag>
              </List.Item>
            )}
          />
        </Card>
      )}
      {r && data.followUps && (
        <FollowUpsCard vote={vote} answer={data} canDecide={canDecide} onOpened={setVoteId} />
      )}
    </Space>
  );
}
