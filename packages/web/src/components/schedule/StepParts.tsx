import { Tag, Typography } from 'antd';
import { auditActionLabel } from '../../labels.js';
import { type ScheduleStep, sourceLabel, withWeekday } from './model.js';

const grey = { color: '#8c8c8c', fontSize: 12 } as const;

/** The due day with its weekday, and how it was reached (选举日前20日). */
export function StepDue({ step }: { step: ScheduleStep }) {
  return (
    <>
      <div className="nowrap">{step.due ? withWeekday(step.due) : '待定'}</div>
      <div style={grey}>{step.basis}</div>
    </>
  );
}

/** The step's title, its rule IDs, and for a local step the plan it comes from. */
export function StepTitle({ step }: { step: ScheduleStep }) {
  const rules = step.rule.split(';').filter((r) => r && r !== '本地');
  return (
    <>
      <div>
        {step.origin === 'local' && (
          <Tag color="geekblue" style={{ marginInlineEnd: 4 }}>
            本地
          </Tag>
        )}
        {step.title}
        {step.kind === 'cutoff' && <span style={grey}>（期限截止）</span>}
      </div>
      <div style={{ marginTop: 2 }}>
        {rules.map((r) => (
          <Tag key={r} bordered={false} style={{ fontSize: 11, marginInlineEnd: 4 }}>
            {r}
          </Tag>
        ))}
        {step.plan && <span style={grey}>依据：{step.plan}</span>}
      </div>
    </>
  );
}

/** Who recorded the step done, when, by which act, with the note. */
export function StepRecordText({ step }: { step: ScheduleStep }) {
  const r = step.record;
  if (!r) {
    if (step.state === 'not-needed') return <span style={grey}>{step.reason}</span>;
    return <span style={grey}>—</span>;
  }
  return (
    <>
      <div className="nowrap">
        {r.outcome === 'not-needed' ? '无需办理' : '完成于'} {r.doneOn}
      </div>
      <div style={grey}>
        {r.doneByName ?? '系统'} · {sourceLabel(r.source, auditActionLabel)}
      </div>
      {r.note && (
        <Typography.Paragraph style={{ ...grey, margin: 0 }} ellipsis={{ rows: 2, tooltip: r.note }}>
          {r.note}
        </Typography.Paragraph>
      )}
    </>
  );
}

/**
 * The reason in a small line where the tag and the columns do not already say it: a step done
 * late (when, against which day and rule), one to check (另行选举), one waiting for the voter list.
 */
export function StepReason({ step }: { step: ScheduleStep }) {
  const color = { 'done-late': '#ad4e00', lapsed: '#722ed1', undated: '#8c8c8c' }[step.state as string];
  if (!color || (step.state === 'undated' && !step.due)) return null;
  return <div style={{ color, fontSize: 12, maxWidth: 360 }}>{step.reason}</div>;
}

/** Rule IDs as the text cites them: B-1、C-4. */
export const ruleText = (rule: string): string => rule.split(';').join('、');
