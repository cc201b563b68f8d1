// Complaints, petitions and reports (申诉/信访/举报, seed-requirements §8.7): the time limit of each
// category, the day an answer is due, and where a complaint stands on a given day.
import type { CalendarParams } from '../ruleset/sections/calendar.js';
import { addDays, daysBetween, type IsoDate } from './civil-date.js';
import { type HolidaySet, periodEnd } from './day-count.js';

export const COMPLAINT_CATEGORY_IDS = [
  'voter-list',
  'candidate',
  'vote-buying',
  'procedure',
  'result',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORY_IDS)[number];

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  'voter-list': '选民名单异议',
  candidate: '候选人资格',
  'vote-buying': '贿选',
  procedure: '选举程序',
  result: '选举结果',
  other: '其他',
};

/** A county's own days for a category (complaint_limits). */
export type CountyComplaintDays = Partial<Record<ComplaintCategory, number>>;

export interface ComplaintLimit {
  readonly category: ComplaintCategory;
  readonly days: number;
  /** law-rules ID(s) or the seed the days come from; 'county' when the county set them */
  readonly rule: string;
  readonly source: 'rule-set' | 'county';
  /** why, in Chinese, for the screen */
  readonly basis: string;
  /** whether a county may set its own days (not for voter-list objections: the law fixes them) */
  readonly countyMaySet: boolean;
}

/**
 * The time limit of a category: an objection to the voter list is decided within the rule set's B-3
 * days of receiving it (and must have been filed within B-2 days of the list's publication); every
 * other category takes the county's days when it set them, else the rule set's default.
 */
export function complaintLimit(
  calendar: CalendarParams,
  category: ComplaintCategory,
  county: CountyComplaintDays = {},
): ComplaintLimit {
  if (category === 'voter-list') {
    const filing = calendar.objectionWindowDays;
    const decide = calendar.objectionDecisionDays;
    return {
      category,
      days: decide.value,
      rule: `${filing.rule};${decide.rule}`,
      source: 'rule-set',
      basis: `对选民名单有异议的，应自名单公布之日起${filing.value}日内提出（${filing.rule}），选举委员会自收到之日起${decide.value}日内作出处理决定（${decide.rule}）`,
      countyMaySet: false,
    };
  }
  const own = county[category];
  if (own !== undefined) {
    return {
      category,
      days: own,
      rule: 'county',
      source: 'county',
      basis: `县换届办规定自收到之日起${own}日内办结`,
      countyMaySet: true,
    };
  }
  const d = calendar.complaintDefaultDays;
  return {
    category,
    days: d.value,
    rule: d.rule,
    source: 'rule-set',
    basis: `自收到之日起${d.value}日内办结（${d.rule}）`,
    countyMaySet: true,
  };
}

/** Every category's limit, in the order of COMPLAINT_CATEGORY_IDS. */
export function complaintLimits(
  calendar: CalendarParams,
  county: CountyComplaintDays = {},
): ComplaintLimit[] {
  return COMPLAINT_CATEGORY_IDS.map((c) => complaintLimit(calendar, c, county));
}

/**
 * The last day to answer a complaint received on `receivedOn` with a limit of `days` days: the day of
 * receipt is not counted and a last day falling on a holiday moves to the next working day (C-3).
 */
export function complaintDueDate(receivedOn: IsoDate, days: number, holidays: HolidaySet): IsoDate {
  return periodEnd(receivedOn, days, holidays);
}

/**
 * A complaint this many days or fewer from its last day is shown as due soon and reminded. A display
 * and reminder setting, not a legal limit (the limits are rule-set data: B-2/B-3, complaintDefaultDays).
 */
export const COMPLAINT_DUE_SOON_DAYS = 2;

export type ComplaintTimeState = 'answered' | 'on-time' | 'due-soon' | 'overdue';

export interface ComplaintTiming {
  readonly state: ComplaintTimeState;
  /** days from `today` to the last day (0 on the last day; negative once overdue) */
  readonly daysLeft: number;
  /** days past the last day (0 unless overdue) */
  readonly daysOver: number;
  /** for an answered complaint: whether the reply came after the last day */
  readonly answeredLate: boolean;
}

/**
 * Where a complaint stands on `today`: answered (replied or closed) or, while it is still open or being
 * handled, overdue once `today` is past the last day, due soon within COMPLAINT_DUE_SOON_DAYS of it.
 */
export function complaintTiming(
  c: { readonly dueOn: IsoDate; readonly status: string; readonly repliedOn?: IsoDate | null },
  today: IsoDate,
): ComplaintTiming {
  const daysLeft = daysBetween(today, c.dueOn);
  if (c.status === 'replied' || c.status === 'closed') {
    const answeredLate = c.repliedOn != null && c.repliedOn > c.dueOn;
    return { state: 'answered', daysLeft, daysOver: 0, answeredLate };
  }
  if (daysLeft < 0) return { state: 'overdue', daysLeft, daysOver: -daysLeft, answeredLate: false };
  if (daysLeft <= COMPLAINT_DUE_SOON_DAYS)
    return { state: 'due-soon', daysLeft, daysOver: 0, answeredLate: false };
  return { state: 'on-time', daysLeft, daysOver: 0, answeredLate: false };
}

/** The first day on which a complaint due on `dueOn` counts as overdue. */
export function firstOverdueDay(dueOn: IsoDate): IsoDate {
  return addDays(dueOn, 1);
}

/** Monday to Sunday of the week `day` falls in (the weekly 风险台账, seed-requirements §10.2). */
export function weekOf(day: IsoDate): { start: IsoDate; end: IsoDate } {
  // 1970-01-01 was a Thursday: day number 0 → weekday 4 (Monday = 1 … Sunday = 7)
  const n = daysBetween('1970-01-01' as IsoDate, day);
  const isoWeekday = ((((n + 3) % 7) + 7) % 7) + 1;
  const start = addDays(day, 1 - isoWeekday);
  return { start, end: addDays(start, 6) };
}
