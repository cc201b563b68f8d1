import { type KinBarRelation, kinBarRelationOf } from '../ruleset/tally-params.js';
import type { Person } from '../scenario/types.js';

/** One seat holder as the kinship rule sees it. */
export interface Holder {
  readonly person: number;
  readonly office: string;
  readonly rank: number;
  readonly votes: number;
  /** elected in an earlier round: keeps the seat against an equal-rank runoff winner */
  readonly before: boolean;
}

export interface KinOutcome {
  readonly removed: readonly { readonly holder: Holder; readonly keeps: Holder }[];
  readonly revote: readonly (readonly [Holder, Holder])[];
}

/** Person-index pairs barred from sitting together; a relation stated on one side holds both ways. */
export function barredPairs(
  people: readonly Person[],
  personIndex: ReadonlyMap<string, number>,
  bar: readonly KinBarRelation[],
): Set<string> {
  const pairs = new Set<string>();
  people.forEach((person, a) => {
    for (const rel of person.relations) {
      const b = personIndex.get(rel.to);
      if (b !== undefined && bar.includes(kinBarRelationOf(rel.kind))) pairs.add(pairKey(a, b));
    }
  });
  return pairs;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * 任职回避 (tally-spec §5 step 6, law-rules C1-5): holders are taken from the highest
 * office down, earlier-round holders first within a rank, then by votes; each gives up
 * the seat to a related holder already kept. Related holders of equal rank and votes
 * go to a revote, and neither keeps anyone out until it is held.
 */
export function applyKinBar(holders: readonly Holder[], barred: ReadonlySet<string>): KinOutcome {
  const order = [...holders].sort(
    (a, b) =>
      a.rank - b.rank || Number(b.before) - Number(a.before) || b.votes - a.votes || a.person - b.person,
  );
  const kept: Holder[] = [];
  const removed: { holder: Holder; keeps: Holder }[] = [];
  const revote: [Holder, Holder][] = [];
  let start = 0;
  while (start < order.length) {
    const first = order[start]!;
    let end = start + 1;
    while (end < order.length && sameLevel(first, order[end]!)) end++;
    const level = order.slice(start, end);
    const survivors: Holder[] = [];
    for (const h of level) {
      const keeps = kept.find((k) => barred.has(pairKey(k.person, h.person)));
      if (keeps) removed.push({ holder: h, keeps });
      else survivors.push(h);
    }
    const pending = new Set<Holder>();
    // earlier-round holders settled their own conflicts when they were elected
    if (!first.before) {
      for (let a = 0; a < survivors.length; a++) {
        for (let b = a + 1; b < survivors.length; b++) {
          const x = survivors[a]!;
          const y = survivors[b]!;
          if (barred.has(pairKey(x.person, y.person))) {
            revote.push([x, y]);
            pending.add(x);
            pending.add(y);
          }
        }
      }
    }
    for (const h of survivors) if (!pending.has(h)) kept.push(h);
    start = end;
  }
  return { removed, revote };
}

function sameLevel(a: Holder, b: Holder): boolean {
  return a.rank === b.rank && a.before === b.before && (a.before || a.votes === b.votes);
}
