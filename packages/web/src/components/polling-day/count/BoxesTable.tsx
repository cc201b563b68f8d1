// Every box of the vote: ballots issued there, each entry's progress and clerk, the comparison of a
// double entry (the first difference), whether the box counts; entry buttons for clerks and the
// committee's acts.
import type { TableColumnsType } from 'antd';
import { Button, Space, Switch, Table, Tag, Typography } from 'antd';
import { POLLING_PLACE_TITLES } from '../../polling/model.js';
import type { Decision } from './BoxDecisions.js';
import { type BoxStatus, COMPARISON_LABELS } from './model.js';

function SetCell({
  box,
  entrySet,
  me,
  counting,
  onEnter,
}: {
  box: BoxStatus;
  entrySet: 1 | 2;
  me: string;
  counting: boolean;
  onEnter: () => void;
}) {
  const clerk = box.clerks[entrySet - 1];
  const closed = box.closedAt[entrySet - 1];
  const other = box.clerks[entrySet === 1 ? 1 : 0];
  const mayEnter = counting && !closed && (!clerk || clerk.id === me) && other?.id !== me;
  return (
    <Space direction="vertical" size={2}>
      <Space size={4}>
        <Typography.Text strong>{box.entered[entrySet - 1]} 张</Typography.Text>
        {closed ? (
          <Tag color="green">已关闭</Tag>
        ) : clerk ? (
          <Tag color="blue">录入中</Tag>
        ) : (
          <Tag>未开始</Tag>
        )}
      </Space>
      {clerk && <Typography.Text type="secondary">计票人：{clerk.name}</Typography.Text>}
      {mayEnter && (
        <Button size="small" type="primary" onClick={onEnter} aria-label={`录入 ${box.name} 第${entrySet}次`}>
          {clerk ? '继续录入' : '开始录入'}
        </Button>
      )}
    </Space>
  );
}

export function BoxesTable({
  boxes,
  me,
  counting,
  decides,
  onEnter,
  onDecide,
  onDoubleEntry,
}: {
  boxes: BoxStatus[];
  me: string;
  counting: boolean;
  decides: boolean;
  onEnter: (box: BoxStatus, entrySet: 1 | 2) => void;
  onDecide: (d: Decision) => void;
  onDoubleEntry: (box: BoxStatus, on: boolean) => void;
}) {
  const columns: TableColumnsType<BoxStatus> = [
    {
      title: '票箱',
      key: 'name',
      render: (_, b) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{b.name}</Typography.Text>
          {b.name !== POLLING_PLACE_TITLES[b.kind] && (
            <Typography.Text type="secondary">{POLLING_PLACE_TITLES[b.kind] ?? b.kind}</Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '发出选票', dataIndex: 'issued', align: 'right', render: (n: number) => `${n} 张` },
    {
      title: '第一次录入',
      key: 'set1',
      render: (_, b) => (
        <SetCell box={b} entrySet={1} me={me} counting={counting} onEnter={() => onEnter(b, 1)} />
      ),
    },
    {
      title: '第二次录入',
      key: 'set2',
      render: (_, b) => (
        <Space direction="vertical" size={4}>
          {decides && (
            <Switch
              size="small"
              checked={b.doubleEntry}
              disabled={b.doubleEntry && (b.clerks[1] !== null || b.closedAt[1] !== null)}
              checkedChildren="双人录入"
              unCheckedChildren="单人录入"
              onChange={(on) => onDoubleEntry(b, on)}
            />
          )}
          {b.doubleEntry ? (
            <SetCell box={b} entrySet={2} me={me} counting={counting} onEnter={() => onEnter(b, 2)} />
          ) : (
            !decides && <Typography.Text type="secondary">不需要</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '核对',
      key: 'comparison',
      render: (_, b) =>
        b.doubleEntry ? (
          <Space direction="vertical" size={2} style={{ maxWidth: 320 }}>
            <Tag color={b.comparison === 'agree' ? 'green' : b.comparison === 'differ' ? 'red' : 'default'}>
              {COMPARISON_LABELS[b.comparison]}
            </Tag>
            {b.difference && <Typography.Text type="danger">{b.difference}</Typography.Text>}
            {b.acceptedSet && (
              <Typography.Text>
                选委会认定采用第{b.acceptedSet}次录入：{b.resolvedNote}
              </Typography.Text>
            )}
            {decides && b.comparison === 'differ' && !b.acceptedSet && counting && (
              <Space>
                <Button size="small" onClick={() => onDecide({ kind: 'accept', box: b, entrySet: 1 })}>
                  采用一录
                </Button>
                <Button size="small" onClick={() => onDecide({ kind: 'accept', box: b, entrySet: 2 })}>
                  采用二录
                </Button>
              </Space>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '计入结果',
      key: 'counts',
      render: (_, b) =>
        b.counts ? (
          <Tag color="green">计入（第{b.countedSet}次录入）</Tag>
        ) : (
          <Tag color="orange">尚未计入</Tag>
        ),
    },
  ];
  if (decides)
    columns.push({
      title: '选委会',
      key: 'decide',
      render: (_, b) => (
        <Space direction="vertical" size={4}>
          <Button size="small" onClick={() => onDecide({ kind: 'clerks', box: b })}>
            指定计票人
          </Button>
          {counting &&
            ([1, 2] as const)
              .filter((n) => b.closedAt[n - 1])
              .map((n) => (
                <Button
                  key={n}
                  size="small"
                  onClick={() => onDecide({ kind: 'reopen', box: b, entrySet: n })}
                >
                  重新打开{n === 1 ? '一录' : '二录'}
                </Button>
              ))}
        </Space>
      ),
    });
  return (
    <Table<BoxStatus>
      rowKey="placeId"
      columns={columns}
      dataSource={boxes}
      pagination={false}
      scroll={{ x: 900 }}
    />
  );
}
