import { Alert, Button, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useVotesList } from '../../components/polling-day/count/useCount.js';
import { type SheetBox, type SheetEntry, voteApi } from '../../components/polling-day/result/model.js';
import { SheetForm } from '../../components/polling-day/result/SheetForm.js';
import { useSheets } from '../../components/polling-day/result/useResults.js';
import { defaultVote, VotePicker } from '../../components/polling-day/result/VotePicker.js';
import { QueryError } from '../../components/QueryError.js';
import { villagePage } from '../../components/registration/model.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { may } from '../../permissions.js';

/** 计票统计表: per box two entries of its paper tally sheet by two people, checked and compared. */
export function SheetsPage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const votes = useVotesList({ roundId, code });
  const [voteId, setVoteId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ placeId: string; set: 1 | 2 } | null>(null);
  const items = votes.data?.items ?? [];
  useEffect(() => {
    if (voteId || items.length === 0) return;
    setVoteId(defaultVote(items, ['counting']));
  }, [items, voteId]);
  const vote = voteId ? voteApi(roundId, code, voteId) : null;
  const sheets = useSheets(vote);

  if (votes.error) return <QueryError error={votes.error} onRetry={() => votes.refetch()} />;
  if (!votes.data) return <Skeleton active />;
  if (items.length === 0) return <Empty description="本村还没有开始投票" />;
  if (sheets.error) return <QueryError error={sheets.error} onRetry={() => sheets.refetch()} />;
  const data = sheets.data;
  if (!data || !vote) return <Skeleton active />;
  const base = villagePage(roundId, code);
  const canEnter = may(user, 'count.enter') && data.closedReason === null;
  const box = editing && data.boxes.find((b) => b.placeId === editing.placeId);
  if (editing && box)
    return (
      <SheetForm
        key={`${voteId}/${editing.placeId}/${editing.set}`}
        vote={vote}
        answer={data}
        box={box}
        set={editing.set}
        onDone={() => setEditing(null)}
      />
    );

  const entry = (b: SheetBox, set: 1 | 2) => {
    const s = b.sheets[set - 1];
    const other = b.sheets[set === 1 ? 1 : 0];
    const mine = other !== null && String(other.enteredBy) === String(user.id);
    return (
      <Space direction="vertical" size={2}>
        {s ? <EntrySummary s={s} /> : <Typography.Text type="secondary">未录入</Typography.Text>}
        {canEnter &&
          (mine ? (
            <Typography.Text type="secondary">另一份由您录入，须由他人录入本份</Typography.Text>
          ) : (
            <Button size="small" onClick={() => setEditing({ placeId: b.placeId, set })}>
              {s ? '更正' : '录入'}第{set}份
            </Button>
          ))}
      </Space>
    );
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <VotePicker votes={items} value={voteId} onChange={setVoteId} />
      {data.vote.countMode !== 'sheets' ? (
        <Alert
          type="info"
          showIcon
          title="本次投票按逐票唱票录入计票"
          description={
            <span>
              请在 <Link to={`${base}/count`}>计票</Link> 页录入。
            </span>
          }
        />
      ) : (
        <>
          <Alert
            type={data.closedReason ? 'warning' : 'info'}
            showIcon
            title={data.closedReason ?? '每个票箱的计票统计表由两人分别录入，两份一致后计入结果'}
            description={
              data.closedReason ? undefined : (
                <span>
                  录入时即核对：废票不多于收回选票，各职务得票合计不多于应选名额 ×
                  有效票，每人得票不多于有效票； 收回选票多于本票箱
                  {data.tally.overcollectionBase.value === 'voted' ? '投票人数' : '发出选票'}
                  时提示选举无效（{data.tally.overcollectionBase.rule}）。全部票箱一致后到{' '}
                  <Link to={`${base}/result`}>选举结果</Link> 页计算结果。
                </span>
              )
            }
          />
          <Table<SheetBox>
            size="small"
            rowKey="placeId"
            pagination={false}
            dataSource={data.boxes}
            expandable={{
              rowExpandable: (b) => (b.differences?.length ?? 0) > 0,
              expandedRowRender: (b) => <Differences box={b} />,
              defaultExpandAllRows: true,
            }}
            columns={[
              { title: '票箱', dataIndex: 'name' },
              { title: '发出选票', dataIndex: 'issued', align: 'right', width: 90 },
              { title: '第1份', key: 's1', render: (_: unknown, b) => entry(b, 1) },
              { title: '第2份', key: 's2', render: (_: unknown, b) => entry(b, 2) },
              {
                title: '核对',
                key: 'state',
                render: (_: unknown, b) =>
                  b.counts ? (
                    <Tag color="success">两份一致</Tag>
                  ) : b.waiting ? (
                    <Tag color={b.differences?.length ? 'error' : 'warning'}>
                      {b.differences?.length ? '两份不一致' : b.waiting}
                    </Tag>
                  ) : (
                    <Tag>无选票</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}

function EntrySummary({ s }: { s: SheetEntry }) {
  return (
    <Typography.Text>
      {s.enteredByName}：收回 {s.collected}，废票 {s.voidBallots}
      {s.errors.length > 0 && (
        <Tag color="error" style={{ marginInlineStart: 6 }}>
          有误
        </Tag>
      )}
      {s.warnings.length > 0 && (
        <Tag
          color="warning"
          style={{ marginInlineStart: 6 }}
          title={s.warnings.map((w) => w.reason).join('；')}
        >
          提示
        </Tag>
      )}
    </Typography.Text>
  );
}

function Differences({ box }: { box: SheetBox }) {
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={box.differences ?? []}
      columns={[
        { title: '不一致的项目', dataIndex: 'label' },
        { title: '第1份', dataIndex: 'first', align: 'right', width: 90 },
        { title: '第2份', dataIndex: 'second', align: 'right', width: 90 },
      ]}
    />
  );
}
