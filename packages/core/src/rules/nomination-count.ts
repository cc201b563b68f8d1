// Counting nomination ballots: turnout (D-5), votes per person per office, ranking, and the slate of
// formal candidates per office with the margin the election committee fixed (D-2, D-6, B-5).

import type { Cited } from '../ruleset/cited.js';
import type { NominationParams } from '../ruleset/sections/nomination.js';
import { formula, meets, minimumToMeet, type Threshold } from '../ruleset/threshold.js';
import { allowedCandidates, type NominationEntry, type OfficeSlate } from './nomination.js';
import { collect, type Outcome } from './outcome.js';

/**
 * D-5 (浙江 Art 18): formal candidates are fixed by the nomination votes only when more than half of
 * the registered voters took part. No rule set relaxes it, so it is stated once here with its rule.
 */
export const NOMINATION_TURNOUT: Cited<Threshold> = {
  value: { op: 'more-than', num: 1, den: 2 },
  rule: 'D-5',
};

/** D-5: did enough voters hand in a nomination ballot? (`2*ballots > voters`) */
export function checkNominationTurnout(voters: number, ballots: number): Outcome<true> {
  const t = NOMINATION_TURNOUT.value;
  if (meets(t, ballots, voters)) return collect([], true);
  return collect(
    [
      {
        rule: NOMINATION_TURNOUT.rule,
        field: '参加提名人数',
        reason: `登记参加选举的村民${voters}人，参加投票提名${ballots}人，未过半数（${formula(t, '参加人数', '选民数')}，至少应有${minimumToMeet(t, voters)}人），不能按得票多少确定正式候选人`,
      },
    ],
    true,
  );
}

/** office → nominee → nomination votes, from the names that count on each ballot. */
export function nominationVotes(
  ballots: readonly { readonly counted: readonly NominationEntry[] }[],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const ballot of ballots) {
    // A name written twice for the same office on one ballot is one nomination.
    const seen = new Set<string>();
    for (const e of ballot.counted) {
      const key = `${e.office}\u0000${e.nominee}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const office = out.get(e.office) ?? new Map<string, number>();
      office.set(e.nominee, (office.get(e.nominee) ?? 0) + 1);
      out.set(e.office, office);
    }
  }
  return out;
}

export interface RankedNominee {
  readonly nominee: string;
  readonly votes: number;
  /** 1 = most votes; equal votes share a place (1, 2, 2, 4). */
  readonly rank: number;
}

/**
 * One office's nominees by votes, most first. Equal votes share a rank; their order among themselves
 * follows the nominee id, so the ranking depends on the votes alone and not on the order of ballots.
 */
export function rankByVotes(votes: ReadonlyMap<string, number>): RankedNominee[] {
  const sorted = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: RankedNominee[] = [];
  sorted.forEach(([nominee, v], i) => {
    const prev = out[i - 1];
    out.push({ nominee, votes: v, rank: prev && prev.votes === v ? prev.rank : i + 1 });
  });
  return out;
}

/**
 * How many formal candidates an office takes: its seats plus the margin the election committee fixed,
 * checked against the rule set's range (D-6; a margin not given is the range's minimum).
 */
export function slateSize(
  params: NominationParams,
  office: Pick<OfficeSlate, 'rank' | 'seats' | 'title'>,
  margin?: number,
): Outcome<{ size: number; margin: number }> {
  const allowed = allowedCandidates(params, office);
  const min = allowed.min - office.seats;
  const max = allowed.max === null ? null : allowed.max - office.seats;
  const m = margin ?? min;
  const inRange = Number.isInteger(m) && m >= min && (max === null || m <= max);
  if (inRange) return collect([], { size: office.seats + m, margin: m });
  const wanted = max === null ? `至少${min}人` : min === max ? `${min}人` : `${min}至${max}人`;
  return collect(
    [
      {
        rule: allowed.rule,
        field: `${office.title}差额`,
        reason: `${office.title}正式候选人应比应选名额多${wanted}，不能定为多${m}人`,
      },
    ],
    { size: office.seats + min, margin: min },
  );
}

export interface SlateChoice {
  /** On the slate, in ranking order. */
  readonly selected: readonly string[];
  /**
   * Nominees tied at the cut: equal votes across the last place of the slate. All are put on it;
   * the election committee settles the tie (a further vote) if the margin's upper limit is passed.
   */
  readonly tiedAtCut: readonly string[];
}

/**
 * The top `size` of an office's eligible nominees (already in ranking order, those withdrawn, declined
 * or failed in review left out), extended to everyone with the same votes as the last one taken.
 */
export function pickSlate(
  eligible: readonly { readonly id: string; readonly votes: number }[],
  size: number,
): SlateChoice {
  if (size <= 0) return { selected: [], tiedAtCut: [] };
  if (eligible.length <= size) return { selected: eligible.map((e) => e.id), tiedAtCut: [] };
  const cutVotes = eligible[size - 1]!.votes;
  const selected = eligible.filter((e, i) => i < size || e.votes === cutVotes).map((e) => e.id);
  const tied = eligible.filter((e) => e.votes === cutVotes).map((e) => e.id);
  return { selected, tiedAtCut: selected.length > size ? tied : [] };
}
