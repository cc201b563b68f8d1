import type { Interned } from './interned.js';
import { rankByVotes } from './rank-by-votes.js';

export interface OfficeOutcome {
  /** person indices, most votes first */
  readonly elected: number[];
  readonly unfilled: number;
  readonly tie: { readonly people: readonly number[]; readonly seats: number } | null;
}

/**
 * Offices in rank order (input order within a rank), each filled from the people who
 * reach the quota (tally-spec §5 steps 1–5). Someone already holding a seat, from an
 * earlier round or a higher office here, is passed over: one person, one seat.
 */
export function electOffices(
  ids: Interned,
  votes: Float64Array,
  qualifies: (votes: number) => boolean,
  heldBefore: ReadonlySet<number>,
): OfficeOutcome[] {
  const officeCount = ids.officeIds.length;
  const peopleCount = ids.personIds.length;
  const order = Array.from({ length: officeCount }, (_, i) => i).sort(
    (a, b) => ids.ranks[a]! - ids.ranks[b]! || a - b,
  );
  const holding = new Set(heldBefore);
  const outcomes: OfficeOutcome[] = new Array(officeCount);
  for (const office of order) {
    const base = office * peopleCount;
    const votesOf = (p: number) => votes[base + p]!;
    const eligible = rankByVotes(votes, office, peopleCount).filter(
      (p) => qualifies(votesOf(p)) && !holding.has(p),
    );
    const seats = ids.seats[office]!;
    const outcome = fill(eligible, seats, votesOf);
    for (const p of outcome.elected) holding.add(p);
    outcomes[office] = outcome;
  }
  return outcomes;
}

function fill(ranked: readonly number[], seats: number, votesOf: (p: number) => number): OfficeOutcome {
  if (ranked.length <= seats) return { elected: [...ranked], unfilled: seats - ranked.length, tie: null };
  const cut = votesOf(ranked[seats - 1]!);
  if (votesOf(ranked[seats]!) !== cut) return { elected: ranked.slice(0, seats), unfilled: 0, tie: null };
  // F-4: equal votes competing for the last seat(s): a revote among them alone
  const elected = ranked.filter((p) => votesOf(p) > cut);
  const tied = ranked.filter((p) => votesOf(p) === cut);
  return { elected, unfilled: 0, tie: { people: tied, seats: seats - elected.length } };
}
