// The formal candidate list (正式候选人名单, or in a self-nomination election the 自荐人名单): its
// deadline from the calendar (B-4, B-6), whether a publication is late, and its order — per office,
// by nomination votes where the rule set says so (浙江 Art 18, B-4), else names in 姓氏笔画 order
// (B-6 for the self-nominee list; seed 002: candidates on announcements are listed by 姓名笔划).
import { compareByStrokes } from '../names/stroke-order.js';
import { buildCalendar, type CalendarRules, type CalendarStep } from './calendar.js';
import { daysBetween, type IsoDate } from './civil-date.js';

/** 'direct': the 正式候选人名单 (B-4); 'self': the 自荐人名单 (B-6). */
export type CandidateListKind = 'direct' | 'self';

export const CANDIDATE_LIST_STEP: Readonly<
  Record<CandidateListKind, 'candidate-list' | 'self-nominee-list'>
> = {
  direct: 'candidate-list',
  self: 'self-nominee-list',
};

/**
 * The list's calendar step for this election day, or null when the rule set sets no date for it
 * (the national law is silent, B-4). Lists are due before election day, so holidays do not move them.
 */
export function candidateListDeadline(
  rules: CalendarRules,
  electionDay: IsoDate,
  kind: CandidateListKind,
): CalendarStep | null {
  const id = CANDIDATE_LIST_STEP[kind];
  return buildCalendar(rules, { electionDay, holidays: new Set() }).find((s) => s.id === id) ?? null;
}

export interface PublicationTiming {
  readonly late: boolean;
  readonly daysLate: number;
  /** in Chinese, citing the rule; null when on time or when no date is set */
  readonly reason: string | null;
}

/** A publication on its due day is on time (the period ends at 24:00, C-3). */
export function publicationTiming(deadline: CalendarStep | null, publishedOn: IsoDate): PublicationTiming {
  if (deadline === null) return { late: false, daysLate: 0, reason: null };
  const daysLate = daysBetween(deadline.due, publishedOn);
  if (daysLate <= 0) return { late: false, daysLate: 0, reason: null };
  return {
    late: true,
    daysLate,
    reason: `${deadline.title}最迟应于${deadline.due}（${deadline.basis}）公布（${deadline.rule}），${publishedOn}公布迟了${daysLate}天`,
  };
}

export interface OfficeInList {
  readonly id: string;
  readonly title: string;
}

export interface OfficeCandidates<T> {
  readonly office: OfficeInList;
  readonly candidates: readonly T[];
}

/**
 * The order a list is printed in: the self-nominee list always by 姓名笔画 (B-6); the formal candidate
 * list as the rule set says (B-4: Zhejiang by nomination votes, most first).
 */
export function listOrderOf(kind: CandidateListKind, ruleOrder: 'votes' | 'strokes'): 'votes' | 'strokes' {
  return kind === 'self' ? 'strokes' : ruleOrder;
}

/**
 * The list as it is printed: offices in the seat plan's order, each office's candidates in
 * 姓氏笔画 order (stroke count, then first-stroke order 横竖撇点折: 李 before 张), or, when `votesOf`
 * is given, by votes, most first, equal votes in stroke order. Offices without a candidate are
 * kept, so the list shows the gap.
 */
export function orderCandidateList<T>(
  offices: readonly OfficeInList[],
  candidates: readonly T[],
  officeOf: (c: T) => string,
  nameOf: (c: T) => string,
  votesOf?: (c: T) => number,
): OfficeCandidates<T>[] {
  return offices.map((office) => ({
    office,
    candidates: candidates
      .filter((c) => officeOf(c) === office.id)
      .sort((a, b) => (votesOf ? votesOf(b) - votesOf(a) : 0) || compareByStrokes(nameOf(a), nameOf(b))),
  }));
}
