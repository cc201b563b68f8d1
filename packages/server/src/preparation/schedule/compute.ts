/**
 * One village's schedule (日程) from its facts: core's calendar for the rule set and election day,
 * the round's local steps, each judged on `today` against what was recorded done. Pure: the
 * facts are loaded by facts.ts, so the same rows always give the same schedule. Due dates are
 * never stored: moving election day moves every one of them and re-judges the steps already done.
 */
import {
  buildCalendar,
  type CalendarStep,
  type HolidaySet,
  type IsoDate,
  judgeStep,
  type RuleSet,
  relativeStepDue,
  STEP_KINDS,
  type StepId,
  type StepKind,
  type StepState,
} from '@huanjie/core';
import { appliesTo, type LocalStepRow } from './local-steps.js';
import type { StepRecordRow } from './record.js';

/** Steps recorded by the act that completes them: they cannot be marked by hand. */
export const ACT_STEPS: Partial<Record<StepId, string>> = {
  'voter-list': '发布选民榜',
  'objection-decision': '对申诉作出处理决定',
  'self-nominee-list': '公布自荐人名单',
  'candidate-list': '公布正式候选人名单',
  'polling-plan': '公布投票安排',
};

export interface VillageFacts {
  code: string;
  electionDay: string | null;
  records: readonly StepRecordRow[];
  /** the first publication of the voter list: the objection window runs from it (B-2) */
  voterListPublishedOn: string | null;
  /** objections received (accepted) and those of them not yet decided (B-3) */
  objections: { accepted: number; open: number };
  /** from the seat plan: direct nomination (D-1) or self-nomination (D-8); null without a plan */
  nominationMode: 'direct' | 'self' | null;
}

export interface RoundFacts {
  ruleSet: RuleSet;
  holidays: HolidaySet;
  localSteps: readonly LocalStepRow[];
}

export interface StepRecordView {
  doneOn: string;
  outcome: 'done' | 'not-needed';
  doneByName: string | null;
  /** 'manual' or the audit action of the act that recorded it */
  source: string;
  note: string | null;
  updatedAt: string;
}

export interface ScheduleStep {
  /** core's StepId, or 'local:…' */
  id: string;
  title: string;
  origin: 'statutory' | 'local';
  kind: StepKind;
  /** null while the village has no election day */
  due: string | null;
  rule: string;
  /** how the due day is reached: 选举日前20日, 名单公布之日起5日内, … */
  basis: string;
  /** a local step's source (the county's or township's work plan) */
  plan: string | null;
  /** the office that added a local step */
  regionCode: string | null;
  state: StepState | 'undated';
  daysLate: number;
  daysLeft: number | null;
  reason: string;
  record: StepRecordView | null;
  /** how it gets done: by hand, by an act of the system (named in `act`), or not at all (a period closing) */
  completion: 'manual' | 'act' | 'none';
  act: string | null;
}

/** Only for the order of steps of a village without an election day: no date is shown. */
const REFERENCE_DAY = '2001-06-15' as IsoDate;

function recordView(r: StepRecordRow): StepRecordView {
  return {
    doneOn: r.doneOn,
    outcome: r.outcome,
    doneByName: r.doneByName,
    source: r.source,
    note: r.note,
    updatedAt: r.updatedAt,
  };
}

/** A step the village's seat plan makes unnecessary, with the reason; null when it applies. */
function exemption(id: StepId, v: VillageFacts): string | null {
  if (v.nominationMode === 'direct' && (id === 'self-nomination' || id === 'self-nominee-list'))
    return '本村职数方案实行有候选人的选举，由选民直接提名（D-1），不进行自荐报名';
  if (v.nominationMode === 'self' && id === 'candidate-list')
    return '本村职数方案实行无候选人的自荐直选（D-8），公布自荐人名单，不另行公布正式候选人名单';
  if (v.nominationMode === 'self' && id === 'candidate-withdrawal')
    return '本村实行自荐直选（D-8），没有正式候选人，不适用候选人退出后按提名得票递补（B-5）';
  return null;
}

function completionOf(id: StepId, kind: StepKind): Pick<ScheduleStep, 'completion' | 'act'> {
  const act = ACT_STEPS[id];
  if (act) return { completion: 'act', act };
  return { completion: kind === 'cutoff' ? 'none' : 'manual', act: null };
}

export function computeSchedule(round: RoundFacts, v: VillageFacts, today: IsoDate): ScheduleStep[] {
  const dated = v.electionDay !== null;
  const electionDay = (v.electionDay ?? REFERENCE_DAY) as IsoDate;
  const holidays: HolidaySet = dated ? round.holidays : new Set();
  const records = new Map(v.records.map((r) => [r.stepId, r]));
  const candidateList = records.get('candidate-list');
  const calendar = buildCalendar(round.ruleSet, {
    electionDay,
    holidays,
    events: {
      ...(dated && v.voterListPublishedOn && { voterListPublishedOn: v.voterListPublishedOn as IsoDate }),
      ...(dated &&
        candidateList?.outcome === 'done' && { candidateListPublishedOn: candidateList.doneOn as IsoDate }),
    },
  });
  const boundary = round.ruleSet.calendar.beforeElectionBoundary.value;
  const local = round.localSteps
    .filter((s) => appliesTo(s, v.code))
    .map((s) => {
      const rel = relativeStepDue(s, electionDay, boundary, holidays);
      return { row: s, step: { id: s.id, title: s.title, due: rel.due, rule: rel.rule, basis: rel.basis } };
    });
  const windowDue = calendar.find((s) => s.id === 'objection-window')?.due;

  const judge = (
    step: Pick<CalendarStep, 'title' | 'due' | 'rule' | 'basis'> & { id: string },
    kind: StepKind,
    base: Omit<ScheduleStep, 'state' | 'daysLate' | 'daysLeft' | 'reason' | 'record' | 'due' | 'kind'>,
    exempt: string | null,
    /** counted from an event still to come (the list's publication): its day is only planned */
    provisional: string | null = null,
  ): ScheduleStep => {
    const rec = records.get(step.id) ?? null;
    const record = rec ? recordView(rec) : null;
    const common = { ...base, kind, record, due: dated ? step.due : null };
    if (!dated) {
      return {
        ...common,
        state: rec ? (rec.outcome === 'not-needed' ? 'not-needed' : 'done') : 'undated',
        daysLate: 0,
        daysLeft: null,
        reason: rec ? `${rec.doneOn}已记录` : `${step.basis}（${step.rule}）：本村尚未确定选举日，期限待定`,
      };
    }
    if (!rec && exempt) {
      return { ...common, state: 'not-needed', daysLate: 0, daysLeft: null, reason: exempt };
    }
    if (!rec && provisional) {
      return { ...common, state: 'undated', daysLate: 0, daysLeft: null, reason: provisional };
    }
    const j = judgeStep(
      step as CalendarStep,
      kind,
      rec ? { doneOn: rec.doneOn as IsoDate, outcome: rec.outcome } : null,
      today,
    );
    return { ...common, state: j.state, daysLate: j.daysLate, daysLeft: j.daysLeft, reason: j.reason };
  };

  const statutory = calendar.map((s) => {
    const kind = STEP_KINDS[s.id];
    let exempt = exemption(s.id, v);
    const objectionStep = s.id === 'objection-window' || s.id === 'objection-decision';
    const provisional =
      objectionStep && v.voterListPublishedOn === null
        ? '选民名单尚未公布：申诉期自名单公布之日起计算（B-2、B-3），名单公布后期限随之确定'
        : null;
    // No objection received within the window after publication: nothing to decide (B-3).
    if (
      s.id === 'objection-decision' &&
      v.voterListPublishedOn !== null &&
      v.objections.accepted === 0 &&
      windowDue !== undefined &&
      today > windowDue
    ) {
      exempt = `申诉期已于${windowDue}届满，未收到申诉，无需作出处理决定（B-2、B-3）`;
    }
    return judge(
      s,
      kind,
      {
        id: s.id,
        title: s.title,
        origin: 'statutory',
        rule: s.rule,
        basis: s.basis,
        plan: null,
        regionCode: null,
        ...completionOf(s.id, kind),
      },
      exempt,
      provisional,
    );
  });
  const locals = local.map(({ row, step }) =>
    judge(
      step,
      'task',
      {
        id: row.id,
        title: row.title,
        origin: 'local',
        rule: `本地;${step.rule}`,
        basis: step.basis,
        plan: row.basis,
        regionCode: row.regionCode,
        completion: 'manual',
        act: null,
      },
      null,
    ),
  );
  // Steps in date order; on one day the statutory ones first, in the calendar's order.
  const order = new Map<string, { due: string; n: number }>();
  for (const [n, s] of calendar.entries()) order.set(s.id, { due: s.due, n });
  for (const [n, { row, step }] of local.entries()) order.set(row.id, { due: step.due, n: 1000 + n });
  return [...statutory, ...locals].sort((a, b) => {
    const x = order.get(a.id)!;
    const y = order.get(b.id)!;
    return x.due < y.due ? -1 : x.due > y.due ? 1 : x.n - y.n;
  });
}

export interface ScheduleCounts {
  /** past due, not done */
  late: number;
  /** done after the due day */
  doneLate: number;
  dueSoon: number;
  done: number;
  /** tasks still to do (late, due soon, upcoming) */
  open: number;
  /** conditional steps past their day with nothing recorded */
  lapsed: number;
}

export function countStates(steps: readonly ScheduleStep[]): ScheduleCounts {
  const n = (s: ScheduleStep['state']) => steps.filter((x) => x.state === s).length;
  return {
    late: n('late'),
    doneLate: n('done-late'),
    dueSoon: n('due-soon'),
    done: n('done') + n('done-late') + n('not-needed'),
    open: n('late') + n('due-soon') + n('upcoming'),
    lapsed: n('lapsed'),
  };
}

/** Whether a step belongs in the late list: past due and not done, or done after its day. */
export function isLate(step: ScheduleStep): boolean {
  return step.state === 'late' || step.state === 'done-late';
}
