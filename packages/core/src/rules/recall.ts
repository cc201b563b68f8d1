// Starting a recall (H-1) and the deadline for its vote (B-13, H-3).
import type { RecallParams } from '../ruleset/sections/recall.js';
import { meets } from '../ruleset/threshold.js';
import type { IsoDate } from './civil-date.js';
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
