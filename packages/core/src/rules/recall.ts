// Starting a recall (H-1) and the deadline for its vote (B-13, H-3).
import type { RecallParams } from '../ruleset/sections/recall.js';
import { formula, meets, minimumToMeet } from '../ruleset/threshold.js';
import { compareDates, dateFromParts, dateParts, daysInMonth, type IsoDate } from './civil-date.js';
import { type HolidaySet, periodEnd } from './day-count.js';
import { fail, type Outcome, succeed } from './outcome.js';

export interface RecallSignatures {
  /** Villagers with the right to vote. */
  readonly voters: number;
  readonly voterSigners: number;
  /** Village representatives (0 when the village has no representatives' meeting). */
  readonly representatives: number;
  readonly representativeSigners: number;
}

export type RecallPath = 'voters' | 'representatives';

/** H-1: `5*signers >= voters` OR `3*repSigners >= reps`; the paths that carry the request. */
export function checkRecallInitiation(
  params: RecallParams,
  s: RecallSignatures,
): Outcome<readonly RecallPath[]> {
  const paths: RecallPath[] = [];
  const voterShare = params.voterSignersShareMin.value;
  const repShare = params.representativeSignersShareMin.value;
  if (s.voters > 0 && meets({ op: 'at-least', ...voterShare }, s.voterSigners, s.voters))
    paths.push('voters');
  if (
    s.representatives > 0 &&
    meets({ op: 'at-least', ...repShare }, s.representativeSigners, s.representatives)
  ) {
    paths.push('representatives');
  }
  if (paths.length > 0) return succeed(paths);
  return fail([
    {
      rule: `${params.voterSignersShareMin.rule};${params.representativeSignersShareMin.rule}`,
      field: '联名人数',
      reason:
        `罢免要求须由${voterShare.num}/${voterShare.den}以上有选举权的村民或${repShare.num}/${repShare.den}以上的村民代表联名提出：` +
        `村民${s.voters}人中${s.voterSigners}人联名，村民代表${s.representatives}人中${s.representativeSigners}人联名`,
    },
  ]);
}

export interface RecallDeadlines {
  /** Last day for the villagers' committee to hold the vote; null when the rule set fixes none. */
  readonly vote: { readonly due: IsoDate; readonly rule: string } | null;
  /** Last day for the township when the committee misses its deadline. */
  readonly township: { readonly due: IsoDate; readonly rule: string } | null;
}

export function recallDeadlines(
  params: RecallParams,
  requestedOn: IsoDate,
  holidays: HolidaySet,
): RecallDeadlines {
  const days = params.voteWithinDays.value;
  if (days === null) return { vote: null, township: null };
  const due = periodEnd(requestedOn, days, holidays);
  const extra = params.townshipFallbackDays.value;
  return {
    vote: { due, rule: `${params.voteWithinDays.rule};C-3` },
    township:
      extra === null
        ? null
        : { due: periodEnd(due, extra, holidays), rule: `${params.townshipFallbackDays.rule};C-3` },
  };
}

/** How far one path's signatures are from H-1's threshold, for a live progress display. */
export interface RecallProgress {
  readonly path: RecallPath;
  readonly signers: number;
  /** villagers with the right to vote, or village representatives */
  readonly whole: number;
  readonly share: { readonly num: number; readonly den: number };
  /** the fewest signers that meet it (0 when `whole` is 0: the path is not open) */
  readonly minimum: number;
  readonly met: boolean;
  readonly rule: string;
  /** e.g. `5*联名人数 >= 有选举权的村民` */
  readonly formula: string;
}

export function recallSignatureProgress(
  params: RecallParams,
  path: RecallPath,
  signers: number,
  whole: number,
): RecallProgress {
  const cited = path === 'voters' ? params.voterSignersShareMin : params.representativeSignersShareMin;
  const t = { op: 'at-least' as const, ...cited.value };
  const wholeName = path === 'voters' ? '有选举权的村民' : '村民代表';
  return {
    path,
    signers,
    whole,
    share: cited.value,
    minimum: whole > 0 ? Math.max(1, minimumToMeet(t, whole)) : 0,
    met: whole > 0 && signers > 0 && meets(t, signers, whole),
    rule: cited.rule,
    formula: formula(t, '联名人数', wholeName),
  };
}

/** An earlier recall request against the same member that failed, and the day it failed. */
export interface FailedRecall {
  readonly id: string;
  readonly failedOn: IsoDate;
}

/**
 * H-3 (Zhejiang): a failed recall may not be raised again on the same facts within `repeatBarYears`.
 * Whether the facts are the same is for the committee to judge: this lists the failed requests whose
 * bar still runs on `filedOn` (the period ends on the anniversary, C-3), or null when the rule set sets
 * no bar.
 */
export function recallRepeatBar<T extends FailedRecall>(
  params: RecallParams,
  filedOn: IsoDate,
  earlier: readonly T[],
): {
  readonly years: number;
  readonly rule: string;
  readonly within: readonly (T & { barEnds: IsoDate })[];
} | null {
  const years = params.repeatBarYears.value;
  if (years === null) return null;
  const within = earlier
    .map((e) => ({ ...e, barEnds: addYears(e.failedOn, years) }))
    .filter((e) => compareDates(e.failedOn, filedOn) <= 0 && compareDates(filedOn, e.barEnds) <= 0);
  return { years, rule: `${params.repeatBarYears.rule};C-3`, within };
}

/** The same day `years` later (29 February → 28 February). */
function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const y = year + years;
  return dateFromParts(y, month, Math.min(day, daysInMonth(y, month)))!;
}
