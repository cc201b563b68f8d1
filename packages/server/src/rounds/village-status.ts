/** Where each village stands in the latest round that covers it. */
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { elections, rounds, roundVillages } from '../db/schema.js';
import { ELECTION_KINDS, ELECTION_TITLES } from './election-plan.js';

export interface VillageRoundState {
  roundId: string;
  electionDay: string | null;
  status: string;
  postponedReason: string | null;
  elections: {
    id: string;
    kind: string;
    title: string;
    seq: number;
    status: string;
    scheduledDate: string | null;
    attempt: number;
  }[];
}

/**
 * For each village under `code`: its state in the given round, or else in the newest round
 * that includes it. Keyed by village code.
 */
export async function villageRoundStates(
  db: Tx,
  code: string,
  roundId?: string,
): Promise<Map<string, VillageRoundState>> {
  const countyCode = code.slice(0, 6);
  const countyFilter =
    code.length >= 6 ? eq(roundVillages.countyCode, countyCode) : like(roundVillages.countyCode, `${code}%`);
  const rows = await db
    .select({ rv: roundVillages, createdAt: rounds.createdAt })
    .from(roundVillages)
    .innerJoin(
      rounds,
      and(eq(rounds.countyCode, roundVillages.countyCode), eq(rounds.id, roundVillages.roundId)),
    )
    .where(
      and(
        countyFilter,
        like(roundVillages.villageCode, `${code}%`),
        eq(roundVillages.included, true),
        ...(roundId ? [eq(roundVillages.roundId, roundId)] : []),
      ),
    );
  const latest = new Map<string, { rv: typeof roundVillages.$inferSelect; createdAt: string }>();
  for (const row of rows) {
    const seen = latest.get(row.rv.villageCode);
    if (!seen || seen.createdAt < row.createdAt) latest.set(row.rv.villageCode, row);
  }
  const roundIds = [...new Set([...latest.values()].map((r) => r.rv.roundId))];
  const electionRows = roundIds.length
    ? await db
        .select()
        .from(elections)
        .where(and(inArray(elections.roundId, roundIds), like(elections.villageCode, `${code}%`)))
    : [];
  const out = new Map<string, VillageRoundState>();
  for (const { rv } of latest.values()) {
    const mine = electionRows
      .filter((e) => e.roundId === rv.roundId && e.villageCode === rv.villageCode)
      .sort(
        (a, b) =>
          a.seq - b.seq ||
          ELECTION_KINDS.indexOf(a.kind) - ELECTION_KINDS.indexOf(b.kind) ||
          a.attempt - b.attempt,
      );
    out.set(rv.villageCode, {
      roundId: rv.roundId,
      electionDay: rv.electionDay,
      status: rv.status,
      postponedReason: rv.postponedReason,
      elections: mine.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.attempt > 1 ? `${ELECTION_TITLES[e.kind]}（第${e.attempt}次）` : ELECTION_TITLES[e.kind],
        seq: e.seq,
        status: e.status,
        scheduledDate: e.scheduledDate,
        attempt: e.attempt,
      })),
    });
  }
  return out;
}
