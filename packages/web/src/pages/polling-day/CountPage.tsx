import { DesktopOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Segmented, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  BoxDecisionModal,
  type Decision,
  useBoxSettings,
} from '../../components/polling-day/count/BoxDecisions.js';
import { BoxesTable } from '../../components/polling-day/count/BoxesTable.js';
import { EntryPanel } from '../../components/polling-day/count/EntryPanel.js';
import { projectorPath, voteApi } from '../../components/polling-day/count/model.js';
import { useCountBoxes, useVotesList } from '../../components/polling-day/count/useCount.js';
import { QueryError } from '../../components/QueryError.js';
import { villagePage } from '../../components/registration/model.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { may } from '../../permissions.js';

const STATUS_TEXT: Record<string, string> = {
  polling: '投票进行中：结束投票后开始计票',
  counting: '计票中',
  counted: '已计算结果',
  reported: '结果已上报',
  confirmed: '结果已经乡镇确认',
};

/** 计票: pick the vote, then a box and its entry set; the committee compares and settles boxes. */
export function CountPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const votes = useVotesList({ roundId, code });
  const [voteId, setVoteId] = useState<string | null>(null);
  const [entering, setEntering] = useState<{ placeId: string; entrySet: 1 | 2 } | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const items = votes.data?.items ?? [];
  // the vote being counted, else the newest
  useEffect(() => {
    if (voteId || items.length === 0) return;
    setVoteId((items.find((v) => v.status === 'counting') ?? items[items.length - 1]!).id);
  }, [items, voteId]);
  const vote = voteId ? voteApi(roundId, code, voteId) : null;
  const count = useCountBoxes(vote);
  const settings = useBoxSettings(vote ?? '');

  if (votes.error) return <QueryError error={votes.error} onRetry={() => votes.refetch()} />;
  if (!votes.data) return <Skeleton active />;
  if (items.length === 0)
    return <Empty description="本村还没有开始投票：选举日在“签到发票”页开始第一次投票" />;
  const summary = items.find((v) => v.id === voteId);
  if (summary?.countMode === 'sheets')
    return (
      <Alert
        type="info"
        showIcon
        message="本次投票按计票统计表计票"
        description={
          <span>
            各票箱的计票统计表在 <Link to={`${villagePage(roundId, code)}/sheets`}>计票统计表</Link>{' '}
            页录入（两人分别录入后核对）。
          </span>
        }
      />
    );
  if (count.error) return <QueryError error={count.error} onRetry={() => count.refetch()} />;
  if (!count.data || !vote) return <Skeleton active />;
  const data = count.data;
  const box = entering && data.boxes.find((b) => b.placeId === entering.placeId);

  if (entering && box)
    return (
      <EntryPanel
        key={`${entering.placeId}/${entering.entrySet}`}
        vote={vote}
        info={data.vote}
        box={box}
        entrySet={entering.entrySet}
        me={data.me.id}
        onBack={() => {
          setEntering(null);
          void count.refetch();
        }}
        onClosed={() => {
          setEntering(null);
          void count.refetch();
        }}
      />
    );

  const counted = data.boxes.filter((b) => b.counts).length;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        {items.length > 1 ? (
          <Segmented
            value={voteId ?? undefined}
            onChange={(v) => setVoteId(String(v))}
            options={items.map((v) => ({ value: v.id, label: `${v.seq}. ${v.kindLabel}` }))}
          />
        ) : (
          <Typography.Title level={4} style={{ margin: 0 }}>
            {data.vote.kindLabel}
          </Typography.Title>
        )}
        <Link to={projectorPath(roundId, code, data.vote.id)} target="_blank">
          <Button icon={<DesktopOutlined />}>打开大屏（唱票实况）</Button>
        </Link>
      </Flex>
      <Alert
        type={data.vote.status === 'counting' ? 'info' : 'warning'}
        showIcon
        message={`${STATUS_TEXT[data.vote.status] ?? data.vote.status} · 已计入 ${counted}/${data.boxes.length} 个票箱`}
        description="每个票箱由一名计票人按唱票顺序逐张录入；需要时由另一名计票人再录一次，两次录入一致（或选委会复核认定）后计入结果。大屏只显示第一次录入（或选委会认定的录入）。"
      />
      <BoxesTable
        boxes={data.boxes}
        me={data.me.id}
        counting={data.vote.status === 'counting' && may(user, 'count.enter')}
        decides={may(user, 'count.decide')}
        onEnter={(b, entrySet) => setEntering({ placeId: b.placeId, entrySet })}
        onDecide={setDecision}
        onDoubleEntry={(b, on) => settings.mutate({ placeId: b.placeId, body: { doubleEntry: on } })}
      />
      <BoxDecisionModal
        vote={vote}
        decision={decision}
        clerks={data.clerks}
        onDone={() => setDecision(null)}
      />
    </Space>
  );
}
