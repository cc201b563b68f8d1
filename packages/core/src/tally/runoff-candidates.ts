import type { Interned } from './interned.js';
import { rankByVotes, topWithTies } from './rank-by-votes.js';

/**
 * tally-spec §6: for each office with unfilled seats, the people not elected with the
 * most votes there, `unfilled + extra` of them, all tied at the cut-off included.
 * `excluded` holds everyone elected, removed by the kinship rule, or waiting for a
 * revote. A women-only office lists only women.
 */
export function runoffCandidates(
  ids: Interned,
  votes: Float64Array,
  unfilled: readonly number[],
  extra: number,
  excluded: ReadonlySet<number>,
): Record<string, string[]> {
  const peopleCount = ids.personIds.length;
  const out: Record<string, string[]> = {};
  ids.officeIds.forEach((officeId, office) => {
    const seatsLeft = unfilled[office]!;
    if (seatsLeft === 0) return;
    const base = office * peopleCount;
    const onlyWomen = ids.womenOnly[office] === 1;
    const ranked = rankByVotes(votes, office, peopleCount).filter(
      (p) => !excluded.has(p) && (!onlyWomen || ids.female[p] === 1),
    );
    const chosen = topWithTies(ranked, seatsLeft + extra, (p) => votes[base + p]!);
    out[officeId] = chosen.map((p) => ids.personIds[p]!);
  });
  return out;
}
