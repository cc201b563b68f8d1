import type { TableColumnsType } from 'antd';
import { Card, List, Table } from 'antd';
import { Link } from 'react-router';
import type { LateRow } from './model.js';
import { schedulePage, withWeekday } from './model.js';
import { ruleText, StepRecordText, StepTitle } from './StepParts.js';
import { StepStateTag } from './StepStateTag.js';

const grey = { color: '#8c8c8c', fontSize: 12 } as const;

/** Late steps across villages: not done first, most overdue first; each row opens the village's schedule. */
export function LateTable({
  roundId,
  rows,
  isPhone,
  showTownship,
}: {
  roundId: string;
  rows: LateRow[];
  isPhone: boolean;
  showTownship: boolean;
}) {
  const notDone = rows.filter((r) => r.step.state === 'late').length;
  const title = (
    <span>
      逾期步骤
      <span style={{ color: notDone > 0 ? '#cf1322' : '#8c8c8c', marginInlineStart: 8 }}>
        {notDone} 项未办
      </span>
      {rows.length > notDone && <span style={grey}>，{rows.length - notDone} 项逾期完成</span>}
    </span>
  );
  const village = (r: LateRow) => (
    <>
      <Link to={schedulePage(roundId, r.villageCode)}>{r.villageName}</Link>
      {showTownship && <div style={grey}>{r.townshipName}</div>}
    </>
  );
  if (isPhone) {
    return (
      <Card size="small" title={title} style={{ marginBottom: 12 }} styles={{ body: { padding: '0 12px' } }}>
        <List
          dataSource={rows}
          rowKey={(r) => `${r.villageCode}/${r.step.id}`}
          locale={{ emptyText: '没有逾期的步骤' }}
          renderItem={(r) => (
            <List.Item style={{ display: 'block' }} data-late={`${r.villageCode}/${r.step.id}`}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Link to={schedulePage(roundId, r.villageCode)} style={{ fontWeight: 600 }}>
                  {r.villageName}
                </Link>
                <StepStateTag step={r.step} />
              </div>
              <div>{r.step.title}</div>
              <div style={grey}>
                期限 {r.step.due} · {r.step.basis} · {ruleText(r.step.rule)}
              </div>
            </List.Item>
          )}
        />
      </Card>
    );
  }
  const columns: TableColumnsType<LateRow> = [
    {
      title: '村（社区）',
      key: 'village',
      width: 120,
      className: 'nowrap',
      render: (_: unknown, r) => village(r),
    },
    { title: '步骤', key: 'step', render: (_: unknown, r) => <StepTitle step={r.step} /> },
    {
      title: '期限',
      key: 'due',
      width: 170,
      render: (_: unknown, r) => (
        <>
          <div className="nowrap">{r.step.due ? withWeekday(r.step.due) : ''}</div>
          <div style={grey}>{r.step.basis}</div>
        </>
      ),
    },
    { title: '状态', key: 'state', width: 120, render: (_: unknown, r) => <StepStateTag step={r.step} /> },
    {
      title: '办理情况',
      key: 'record',
      width: 220,
      render: (_: unknown, r) => <StepRecordText step={r.step} />,
    },
  ];
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }} styles={{ body: { padding: 0 } }}>
      <Table<LateRow>
        rowKey={(r) => `${r.villageCode}/${r.step.id}`}
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: '没有逾期的步骤' }}
      />
    </Card>
  );
}
