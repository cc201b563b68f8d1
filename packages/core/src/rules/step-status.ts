// Where each step of a village's schedule (日程) stands on a given day: done on time or late,
// late and not done, due soon, upcoming; and, for the periods that close rather than get done,
// open or closed (B-1..B-16, C-3, C-4). Pure: `today` is a parameter.
import type { ElectionDayBoundary } from '../ruleset/sections/calendar.js';
import type { StepId } from './calendar.js';
import { addDays, daysBetween, type IsoDate } from './civil-date.js';
import { type HolidaySet, lastDayBeforeElection, periodEnd } from './day-count.js';

/**
 * `task`: something the election committee (or the township) does by its due day.
 * `cutoff`: the last day of a period open to others (objections, self-nomination, proxy
 * applications, withdrawals): nobody "does" it, it closes.
 * `conditional`: a task needed only in some villages (另行选举 only when seats are left unfilled);
 * past its day without a record it is flagged for checking, not counted late.
 */
export type StepKind = 'task' | 'cutoff' | 'conditional';

export const STEP_KINDS: Readonly<Record<StepId, StepKind>> = {
  'departure-audit': 'task',
  'voter-list': 'task',
  'objection-window': 'cutoff',
  'objection-decision': 'task',
  'self-nomination': 'cutoff',
  'self-nominee-list': 'task',
  'candidate-list': 'task',
  'candidate-withdrawal': 'cutoff',
  'polling-plan': 'task',
  'proxy-application': 'cutoff',
  'proxy-list': 'task',
  results: 'task',
  runoff: 'conditional',
  handover: 'task',
  'recall-vote': 'task',
  'recall-vote-township': 'conditional',
  'villagers-meeting-notice': 'task',
};

export type StepState =
  /** done on or before its due day */
  | 'done'
  /** done after its due day */
  | 'done-late'
  /** recorded as not needed in this village (no proxies to publish, no runoff, …) */
  | 'not-needed'
  /** past its due day and not done */
  | 'late'
  /** not done, due within the warning window (today included) */
  | 'due-soon'
  | 'upcoming'
  /** a cutoff still ahead (today included) */
  | 'open'
  /** a cutoff behind us */
  | 'closed'
  /** a conditional step past its day with nothing recorded */
  | 'lapsed';

/** Days ahead in which an open task is flagged as due soon. A working convention, not a legal value. */
export const DUE_SOON_DAYS = 3;

export interface JudgeableStep {
  readonly title: string;
  readonly due: IsoDate;
  readonly rule: string;
  readonly basis: string;
}

export interface StepRecordFact {
  readonly doneOn: IsoDate;
  readonly outcome: 'done' | 'not-needed';
}

export interface StepJudgement {
  readonly state: StepState;
  /** whole days past the due day (done late, or still not done); 0 otherwise */
  readonly daysLate: number;
  /** whole days from today to the due day; negative once it has passed */
  readonly daysLeft: number;
  /** in Chinese, citing the rule and how the due day was reached */
  readonly reason: string;
}

/**
 * Judges one step on `today`. A step done on its due day is on time: the period ends at 24:00 (C-3).
 * A record always wins over the step's kind: a cutoff or conditional step recorded done is judged
 * like a task.
 */
export function judgeStep(
  step: JudgeableStep,
  kind: StepKind,
  record: StepRecordFact | null,
  today: IsoDate,
  dueSoonDays: number = DUE_SOON_DAYS,
): StepJudgement {
  const cite = `（${step.rule}，${step.basis}）`;
  const daysLeft = daysBetween(today, step.due);
  if (record !== null) {
    if (record.outcome === 'not-needed') {
      return { state: 'not-needed', daysLate: 0, daysLeft, reason: `${record.doneOn}记录为本村无需办理` };
    }
    const daysLate = daysBetween(step.due, record.doneOn);
    if (daysLate > 0) {
      return {
        state: 'done-late',
        daysLate,
        daysLeft,
        reason: `${step.title}最迟应于${step.due}完成${cite}，实际于${record.doneOn}完成，迟了${daysLate}天`,
      };
    }
    return {
      state: 'done',
      daysLate: 0,
      daysLeft,
      reason: `${record.doneOn}完成，未超过期限${step.due}${cite}`,
    };
  }
  if (kind === 'cutoff') {
    return daysLeft >= 0
      ? {
          state: 'open',
          daysLate: 0,
          daysLeft,
          reason: `${step.title}：${step.due}截止${cite}，${daysLeft === 0 ? '今天截止' : `还有${daysLeft}天`}`,
        }
      : { state: 'closed', daysLate: 0, daysLeft, reason: `${step.title}：已于${step.due}截止${cite}` };
  }
  if (daysLeft < 0) {
    if (kind === 'conditional') {
      return {
        state: 'lapsed',
        daysLate: 0,
        daysLeft,
        reason: `${step.title}的期限已于${step.due}届满${cite}，未记录办理情况：如需办理，请核实；如无需办理，请记录“无需办理”`,
      };
    }
    return {
      state: 'late',
      daysLate: -daysLeft,
      daysLeft,
      reason: `${step.title}最迟应于${step.due}完成${cite}，已逾期${-daysLeft}天仍未完成`,
    };
  }
  if (daysLeft <= dueSoonDays) {
    const when = daysLeft === 0 ? '今天到期' : `还有${daysLeft}天到期`;
    return {
      state: 'due-soon',
      daysLate: 0,
      daysLeft,
      reason: `${step.title}${when}（截止${step.due}，${step.rule}，${step.basis}）`,
    };
  }
  return {
    state: 'upcoming',
    daysLate: 0,
    daysLeft,
    reason: `${step.title}：最迟${step.due}完成${cite}，还有${daysLeft}天`,
  };
}

/** A step a county or township adds to its villages' schedules, placed relative to election day. */
export interface RelativeStep {
  /** `before`: N days before election day (C-4, the rule set's boundary); `after`: within N days after it (C-3) */
  readonly anchor: 'before' | 'after';
  readonly days: number;
}

/** The due day of a relative step, and how it was reached in Chinese ("选举日前10日", "选举日起15日内"). */
export function relativeStepDue(
  step: RelativeStep,
  electionDay: IsoDate,
  boundary: ElectionDayBoundary,
  holidays: HolidaySet,
): { due: IsoDate; basis: string; rule: string } {
  if (step.anchor === 'before') {
    return {
      due: lastDayBeforeElection(electionDay, step.days, boundary),
      basis: `选举日前${step.days}日`,
      rule: 'C-4',
    };
  }
  if (step.days === 0) return { due: electionDay, basis: '选举日当日', rule: 'C-3' };
  return { due: periodEnd(electionDay, step.days, holidays), basis: `选举日起${step.days}日内`, rule: 'C-3' };
}

/** One year of statutory holidays (法定休假日) as a county enters them from the State Council's notice. */
export interface HolidayYear {
  readonly year: number;
  /** Saturdays and Sundays count as 休假日 (民法典 第203条), except the 调休 working days below. */
  readonly weekendsOff: boolean;
  /** 法定节假日 and their bridging days */
  readonly holidays: readonly IsoDate[];
  /** 调休上班日: weekend days that are working days that year */
  readonly workdays: readonly IsoDate[];
}

/** 0 Sunday … 6 Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: IsoDate): number {
  return (((daysBetween('1970-01-01' as IsoDate, date) + 4) % 7) + 7) % 7;
}

/** The holiday set C-3 reads, for the years entered; years not entered contribute nothing. */
export function holidaySetOf(years: readonly HolidayYear[]): HolidaySet {
  const set = new Set<string>();
  for (const y of years) {
    if (y.weekendsOff) {
      const workdays = new Set<string>(y.workdays);
      for (let d = `${y.year}-01-01` as IsoDate; d.startsWith(String(y.year)); d = addDays(d, 1)) {
        const w = weekday(d);
        if ((w === 0 || w === 6) && !workdays.has(d)) set.add(d);
      }
    }
    for (const d of y.holidays) set.add(d);
  }
  return set;
}
