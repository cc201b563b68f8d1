import { FlagOutlined } from '@ant-design/icons';
import type { TableColumnsType } from 'antd';
import { Alert, Card, Flex, List, Segmented, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { ScheduleCountTags } from '../../components/schedule/CountTags.js';
import { HolidayNotice } from '../../components/schedule/HolidayNotice.js';
import { MarkStepModal } from '../../components/schedule/MarkStepModal.js';
import { isLate, isOpenTask, type ScheduleStep, withWeekday } from '../../components/schedule/model.js';
import { StepActions } from '../../components/schedule/StepActions.js';
import { StepDue, StepReason, StepRecordText, StepTitle } from '../../components/schedule/StepParts.js';
import { StepStateTag } from '../../components/schedule/StepStateTag.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useVillageSchedule } from '../../hooks/useSchedule.js';
import { may } from '../../permissions.js';

type Row = { key: string; step: ScheduleStep } | { key: 'election-day'; electionDay: string };

/** The steps in date order with election day placed among them. */
function rowsOf(steps: readonly ScheduleStep[], electionDay: string | null): Row[] {
  const rows: Row[] = [];
  let placed = electionDay === null;
  for (const step of steps) {
    if (!placed && step.due !== null && electionDay !== null && step.due >= electionDay) {
      rows.push({ key: 'election-day', electionDay });
      placed = true;
    }
    rows.push({ key: step.id, step });
  }
  if (!placed && electionDay !== null) rows.push({ key: 'election-day', electionDay });
  return rows;
}

/** 本村日程: every statutory and local step with its due day, status, rule and who did it. */
export function SchedulePage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const schedule = useVillageSchedule(ref);
  const [marking, setMarking] = useState<ScheduleStep | null>(null);
  const [filter, setFilter] = useState<'all' | 'open'>('all');

  if (schedule.error) return <QueryError error={schedule.error} onRetry={() => schedule.refetch()} />;
  if (!schedule.data) return <Skeleton active />;
  const s = schedule.data;
  const canWrite = may(user, 'preparation.write');
  const tasks = s.steps.filter((x) => x.kind !== 'cutoff');
  const shown = filter === 'open' ? s.steps.filter((x) => isOpenTask(x) || isLate(x)) : s.steps;
  const rows = rowsOf(shown, s.electionDay);
  const late = s.steps.filter((x) => x.state === 'late');

  const columns: TableColumnsType<Row> = [
    {
      title: '期限',
      key: 'due',
      width: 170,
      onCell: (r) => ({ colSpan: 'step' in r ? 1 : 5 }),
      render: (_: unknown, r) =>
        'step' in r ? (
          <StepDue step={r.step} />
        ) : (
          <span style={{ fontWeight: 600, color: '#c0392b' }}>
            <FlagOutlined /> {withWeekday(r.electionDay)} 选举日（投票选举）
          </span>
        ),
    },
    {
      title: '步骤',
      key: 'title',
      onCell: (r) => ({ colSpan: 'step' in r ? 1 : 0 }),
      render: (_: unknown, r) => ('step' in r ? <StepTitle step={r.step} /> : null),
    },
    {
      title: '状态',
      key: 'state',
      width: 260,
      onCell: (r) => ({ colSpan: 'step' in r ? 1 : 0 }),
      render: (_: unknown, r) =>
        'step' in r ? (
          <>
            <StepStateTag step={r.step} />
            <StepReason step={r.step} />
          </>
        ) : null,
    },
    {
      title: '办理情况',
      key: 'record',
      width: 220,
      onCell: (r) => ({ colSpan: 'step' in r ? 1 : 0 }),
      render: (_: unknown, r) => ('step' in r ? <StepRecordText step={r.step} /> : null),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      onCell: (r) => ({ colSpan: 'step' in r ? 1 : 0 }),
      render: (_: unknown, r) =>
        'step' in r ? (
          <StepActions village={ref} step={r.step} canWrite={canWrite} onMark={setMarking} vertical />
        ) : null,
    },
  ];

  return (
    <>
      {s.electionDay === null ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="未定选举日：各步骤的期限待定"
          description={
            <>
              期限都从选举日推算（选举日前20日公布选民名单等）。请乡镇换届办在
              <Link to={`/rounds/${roundId}`}>换届页面</Link>设定本村选举日。
            </>
          }
        />
      ) : late.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`本村有 ${late.length} 项步骤已逾期未办`}
          description={late.map((x) => x.title).join('；')}
        />
      ) : null}
      <HolidayNotice notice={s.holidays} compact={isPhone} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <ScheduleCountTags counts={s.counts} total={tasks.length} />
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as 'all' | 'open')}
          options={[
            { value: 'all', label: '全部步骤' },
            { value: 'open', label: '待办和逾期' },
          ]}
        />
      </Flex>
      {isPhone ? (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List
            dataSource={rows}
            rowKey="key"
            locale={{ emptyText: '没有待办或逾期的步骤' }}
            renderItem={(r) =>
              'step' in r ? (
                <List.Item style={{ display: 'block' }} data-step={r.step.id}>
                  <Flex justify="space-between" gap={8} align="start">
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <StepTitle step={r.step} />
                    </div>
                    <StepStateTag step={r.step} />
                  </Flex>
                  <div style={{ marginTop: 4, fontSize: 13 }}>
                    {r.step.due ? `期限 ${withWeekday(r.step.due)}` : '期限待定'} · {r.step.basis}
                  </div>
                  <StepReason step={r.step} />
                  {(r.step.record || r.step.state === 'not-needed') && (
                    <div style={{ marginTop: 4 }}>
                      <StepRecordText step={r.step} />
                    </div>
                  )}
                  <StepActions village={ref} step={r.step} canWrite={canWrite} onMark={setMarking} />
                </List.Item>
              ) : (
                <List.Item style={{ fontWeight: 600, color: '#c0392b' }}>
                  <span>
                    <FlagOutlined /> {withWeekday(r.electionDay)} 选举日
                  </span>
                </List.Item>
              )
            }
          />
        </Card>
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Row>
            rowKey="key"
            size="middle"
            dataSource={rows}
            columns={columns}
            pagination={false}
            onRow={(r) => ({
              'data-step': 'step' in r ? r.step.id : 'election-day',
              style: 'step' in r ? undefined : { background: '#fff1f0' },
            })}
            locale={{ emptyText: '没有待办或逾期的步骤' }}
          />
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        期限由选举日和{s.rulesetTitle}
        推算，不单独保存：选举日改动后全部期限随之重算，已办步骤按新期限重新判断是否逾期。
        “选举日前N日”的期限不因节假日顺延（C-4）；“某日起N日内”的期限最后一日遇法定休假日顺延（C-3）。
      </Typography.Paragraph>
      {marking && <MarkStepModal village={ref} step={marking} onClose={() => setMarking(null)} />}
    </>
  );
}
