import type { TableColumnsType } from 'antd';
import { Card, List, Table } from 'antd';
import { Link } from 'react-router';
import {
  isLate,
  isOpenTask,
  type ScheduleStep,
  schedulePage,
  type VillageSchedule,
  withWeekday,
} from './model.js';
import { ruleText, StepRecordText, StepTitle } from './StepParts.js';
import { StepStateTag } from './StepStateTag.js';

interface Item {
  key: string;
  day: string;
  village: VillageSchedule;
  step: ScheduleStep | null;
}

const grey = { color: '#8c8c8c', fontSize: 12 } as const;

function itemsOf(villages: readonly VillageSchedule[], openOnly: boolean): Item[] {
  const items: Item[] = [];
  for (const v of villages) {
    if (v.electionDay) items.push({ key: `${v.code}/e`, day: v.electionDay, village: v, step: null });
    for (const s of v.steps) {
      if (!s.due) continue;
      if (openOnly && !(isOpenTask(s) || isLate(s) || s.state === 'open')) continue;
      items.push({ key: `${v.code}/${s.id}`, day: s.due, village: v, step: s });
    }
  }
  return items.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      Number(a.step !== null) - Number(b.step !== null) ||
      a.village.code.localeCompare(b.village.code),
  );
}

/** Every village's steps by date in one list; on a phone, the only view. */
export function AreaStepList({
  roundId,
  villages,
  openOnly,
  isPhone,
}: {
  roundId: string;
  villages: readonly VillageSchedule[];
  openOnly: boolean;
  isPhone: boolean;
}) {
  const items = itemsOf(villages, openOnly);
  const empty = openOnly ? '没有待办的步骤' : '没有已定期限的步骤：请先设定各村选举日';
  if (isPhone) {
    return (
      <Card size="small" styles={{ body: { padding: '0 12px' } }}>
        <List
          dataSource={items}
          rowKey="key"
          locale={{ emptyText: empty }}
          renderItem={(i, n) => (
            <List.Item style={{ display: 'block', padding: '8px 0' }}>
              {(n === 0 || items[n - 1]?.day !== i.day) && (
                <div className="nowrap" style={{ fontWeight: 600, marginBottom: 4 }}>
                  {withWeekday(i.day)}
                </div>
              )}
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <span>
                  <Link to={schedulePage(roundId, i.village.code)}>{i.village.name}</Link>{' '}
                  {i.step ? i.step.title : <span style={{ color: '#c0392b', fontWeight: 600 }}>选举日</span>}
                </span>
                {i.step && <StepStateTag step={i.step} />}
              </div>
              {i.step && (
                <div style={grey}>
                  {i.step.basis} · {ruleText(i.step.rule)}
                </div>
              )}
            </List.Item>
          )}
        />
      </Card>
    );
  }
  const columns: TableColumnsType<Item> = [
    {
      title: '日期',
      dataIndex: 'day',
      width: 160,
      className: 'nowrap',
      render: (d: string) => withWeekday(d),
    },
    {
      title: '村（社区）',
      key: 'village',
      width: 110,
      className: 'nowrap',
      render: (_: unknown, i) => <Link to={schedulePage(roundId, i.village.code)}>{i.village.name}</Link>,
    },
    {
      title: '步骤',
      key: 'step',
      render: (_: unknown, i) =>
        i.step ? (
          <StepTitle step={i.step} />
        ) : (
          <span style={{ color: '#c0392b', fontWeight: 600 }}>选举日（投票选举）</span>
        ),
    },
    {
      title: '状态',
      key: 'state',
      width: 120,
      render: (_: unknown, i) => (i.step ? <StepStateTag step={i.step} /> : null),
    },
    {
      title: '办理情况',
      key: 'record',
      width: 220,
      render: (_: unknown, i) => (i.step ? <StepRecordText step={i.step} /> : null),
    },
  ];
  return (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      <Table<Item>
        rowKey="key"
        size="small"
        dataSource={items}
        columns={columns}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: empty }}
      />
    </Card>
  );
}
