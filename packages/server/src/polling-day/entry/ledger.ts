/**
 * What the count of a vote stands at, box by box (ballots mode): per polling place the ballots
 * entered in each set, who enters them, closings, the comparison of a double entry and the
 * committee's acceptance; and the ballots of the boxes that count, for the result. A box counts when
 * entry set 1 is closed and, when a second entry is required, set 2 is closed too and the two agree
 * (or the committee accepted one of them after they differed).
 */
import type { EnteredBallot } from '@huanjie/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { queryRows } from '../../db/connect.js';
import { ballotIssues, countBoxes, users } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import type { VoteRow } from '../votes.js';
import type { CountBoxRow } from './claim.js';
import { ballotOfRow } from './rows.js';
import { voteMeta } from './vote-meta.js';

export interface BoxStatus {
  placeId: string;
  name: string;
  kind: 'central' | 'station' | 'mobile';
  /** ballots issued at this place (check-in) */
  issued: number;
  /** ballots standing in entry set 1 and 2 */
  entered: [number, number];
  clerks: [{ id: string; name: string } | null, { id: string; name: string } | null];
  closedAt: [string | null, string | null];
  doubleEntry: boolean;
  comparison: 'pending' | 'agree' | 'differ';
  /** where the two entries first differ, in Chinese */
  difference: string | null;
  acceptedSet: 1 | 2 | null;
  resolvedNote: string | null;
  /** whether the box's ballots go into the result now, and from which entry set */
  counts: boolean;
  countedSet: 1 | 2 | null;
}

/** Which entry set of a box counts, or null while it does not count yet. */
export function countedSetOf(b: CountBoxRow | undefined): 1 | 2 | null {
  if (!b?.closed1At) return null;
  if (!b.doubleEntry) return 1;
  if (!b.closed2At) return null;
  if (b.comparison === 'agree') return 1;
  if (b.comparison === 'differ' && (b.acceptedSet === 1 || b.acceptedSet === 2)) return b.acceptedSet;
  return null;
}

/** Ballots standing in one entry set of a box: identical ballots as one group with its count. */
interface StandingGroup {
  place_id: string;
  entry_set: number;
  void: boolean;
  marks: Record<string, string[]> | null;
  recall: 'yes' | 'no' | null;
  n: number;
}

/**
 * The standing ballots of every box and entry set of a vote, grouped by the database: a ballot row
 * no undo names, identical ones counted together (a village of 20,000 voters reads a few hundred
 * groups, not 20,000 rows: bench/result-compute.bench.ts). Same meaning as core's foldEntries.
 */
async function standingGroups(db: Tx, countyCode: string, voteId: string): Promise<StandingGroup[]> {
  return queryRows<StandingGroup>(
    db,
    sql`select e.place_id, e.entry_set, e.void, e.marks, e.recall, count(*)::int as n
        from count_entries e
        where e.county_code = ${countyCode} and e.vote_round_id = ${voteId} and e.kind = 'ballot'
          -- NOT IN over the (few) undo rows runs as one hashed lookup; NOT EXISTS was a nested loop
          and (e.place_id, e.entry_set, e.seq) not in (
            select u.place_id, u.entry_set, u.undoes from count_entries u
            where u.county_code = ${countyCode} and u.vote_round_id = ${voteId}
              and u.kind = 'undo' and u.undoes is not null)
        group by e.place_id, e.entry_set, e.void, e.marks, e.recall`,
  );
}

/**
 * A vote's count as the database holds it: the boxes, the standing ballots grouped, the ballots issued
 * per place. Computing a result reads it once and hands it to the readiness check, the scenario and the
 * page (each read it again before: three times the grouping of 20,000 ballots).
 */
export type CountState = Awaited<ReturnType<typeof loadCountState>>;

export async function loadCountState(db: Tx, vr: VillageCtx, vote: Pick<VoteRow, 'id'>) {
  const meta = await voteMeta(db, { roundId: vr.round.id, villageCode: vr.villageCode }, vote.id);
  // one query after another: inside a transaction a node-postgres client runs one at a time
  const boxes = await db
    .select()
    .from(countBoxes)
    .where(and(eq(countBoxes.countyCode, meta.countyCode), eq(countBoxes.voteRoundId, meta.id)));
  const groups = await standingGroups(db, meta.countyCode, meta.id);
  const issued = await db
    .select({ placeId: ballotIssues.placeId, n: sql<number>`count(*)::int` })
    .from(ballotIssues)
    .where(and(eq(ballotIssues.countyCode, meta.countyCode), eq(ballotIssues.voteRoundId, meta.id)))
    .groupBy(ballotIssues.placeId);
  const bySet = new Map<string, StandingGroup[]>();
  for (const g of groups) {
    const k = `${g.place_id}/${g.entry_set}`;
    if (!bySet.has(k)) bySet.set(k, []);
    bySet.get(k)!.push(g);
  }
  const ballotsOf = (placeId: string, set: 1 | 2): EnteredBallot[] => {
    const out: EnteredBallot[] = [];
    for (const g of bySet.get(`${placeId}/${set}`) ?? []) {
      const ballot = ballotOfRow(g);
      for (let i = 0; i < g.n; i++) out.push(ballot);
    }
    return out;
  };
  const standing = (placeId: string, set: 1 | 2): number =>
    (bySet.get(`${placeId}/${set}`) ?? []).reduce((n, g) => n + g.n, 0);
  return {
    meta,
    boxes: new Map(boxes.map((b) => [b.placeId, b])),
    issued: new Map(issued.map((i) => [i.placeId, i.n])),
    ballotsOf,
    standing,
  };
}

/** The ballots of every box that counts, by polling place (boxes that do not count yet are left out). */
export async function acceptedBallots(
  db: Tx,
  vr: VillageCtx,
  vote: Pick<VoteRow, 'id'>,
  state?: CountState,
): Promise<Map<string, EnteredBallot[]>> {
  const s = state ?? (await loadCountState(db, vr, vote));
  const out = new Map<string, EnteredBallot[]>();
  for (const p of s.meta.places) {
    const set = countedSetOf(s.boxes.get(p.id));
    if (set) out.set(p.id, s.ballotsOf(p.id, set));
  }
  return out;
}

/** Every polling place of the vote's election with its count's state, in the plan's order. */
export async function boxStatuses(
  db: Tx,
  vr: VillageCtx,
  vote: Pick<VoteRow, 'id'>,
  state?: CountState,
): Promise<BoxStatus[]> {
  const s = state ?? (await loadCountState(db, vr, vote));
  const clerkIds = [...s.boxes.values()].flatMap((b) => [b.clerk1, b.clerk2]).filter((x): x is string => !!x);
  const names = new Map(
    clerkIds.length === 0
      ? []
      : (
          await db
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, [...new Set(clerkIds)]))
        ).map((u) => [u.id, u.name]),
  );
  const clerk = (id: string | null) => (id ? { id, name: names.get(id) ?? id } : null);
  return s.meta.places.map((p) => {
    const b = s.boxes.get(p.id);
    const countedSet = countedSetOf(b);
    return {
      placeId: p.id,
      name: p.name,
      kind: p.kind,
      issued: s.issued.get(p.id) ?? 0,
      entered: [s.standing(p.id, 1), s.standing(p.id, 2)],
      clerks: [clerk(b?.clerk1 ?? null), clerk(b?.clerk2 ?? null)],
      closedAt: [b?.closed1At ?? null, b?.closed2At ?? null],
      doubleEntry: b?.doubleEntry ?? false,
      comparison: b?.comparison ?? 'pending',
      difference: b?.difference ?? null,
      acceptedSet: (b?.acceptedSet as 1 | 2 | null) ?? null,
      resolvedNote: b?.resolvedNote ?? null,
      counts: countedSet !== null,
      countedSet,
    };
  });
}
