/**
 * A village ready for the joint review and the candidate list: people on its register, an approved
 * seat plan (主任 1, 委员 2), a finished nomination count, and nominees ranked by nomination votes —
 * the top seats + 1 per office on the slate ('selected', D-2), the next one waiting ('not-selected').
 * Seat plan, count and nominees are inserted directly: other areas own the acts that make them.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../src/db/connect.js';
import { elections, nominationCounts, nominees, seatPlans } from '../src/db/schema.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, publishList } from './support/village-people.js';

export const OFFICES = [
  { id: 'chair' as const, title: '主任', seats: 1, rank: 1 as const },
  { id: 'member' as const, title: '委员', seats: 2, rank: 3 as const },
];

/** [name, sex, office, nomination votes, on the slate] — ranked by votes within each office. */
export const SLATE: readonly [string, 'M' | 'F', 'chair' | 'member', number, boolean][] = [
  ['张伟', 'M', 'chair', 50, true],
  ['赵强', 'M', 'chair', 45, true],
  ['李明', 'M', 'chair', 30, false],
  ['雷建国', 'M', 'member', 60, true],
  ['蓝秀英', 'F', 'member', 55, true],
  ['吴晓红', 'F', 'member', 52, true],
  ['钟志强', 'M', 'member', 20, false],
];

export interface ReviewVillage {
  electionId: string;
  /** voter ids by name */
  voters: Record<string, string>;
  /** nominee ids by name */
  nominees: Record<string, string>;
}

export async function committeeElectionId(
  database: Database,
  roundId: string,
  village: string,
): Promise<string> {
  const [e] = await database.db
    .select()
    .from(elections)
    .where(
      and(
        eq(elections.roundId, roundId),
        eq(elections.villageCode, village),
        eq(elections.kind, 'village-committee'),
      ),
    );
  if (!e) throw new Error(`no committee election for ${village}`);
  return e.id;
}

export async function setUpReviewVillage(
  database: Database,
  caller: Caller,
  roundId: string,
  village: string,
  opts: { extraPeople?: { name: string; sex: 'M' | 'F' }[]; mode?: 'direct' | 'self' } = {},
): Promise<ReviewVillage> {
  const voters = await addPeople(caller, roundId, village, [
    ...SLATE.map(([name, sex]) => ({ name, sex })),
    ...(opts.extraPeople ?? []),
  ]);
  await publishList(caller, roundId, village, day(-2));
  const electionId = await committeeElectionId(database, roundId, village);
  const countyCode = village.slice(0, 6);
  await database.db.insert(seatPlans).values({
    countyCode,
    electionId,
    roundId,
    villageCode: village,
    offices: OFFICES,
    nominationMode: opts.mode ?? 'direct',
    status: 'approved',
    approvedAt: new Date().toISOString(),
  });
  await database.db.insert(nominationCounts).values({
    countyCode,
    electionId,
    roundId,
    villageCode: village,
    countedOn: day(-1),
  });
  const ids: Record<string, string> = {};
  const rows: (typeof nominees.$inferInsert)[] = [];
  const self = opts.mode === 'self';
  for (const office of ['chair', 'member'] as const) {
    SLATE.filter((s) => s[2] === office).forEach(([name, sex, , votes, onSlate], i) => {
      ids[name] = randomUUID();
      if (self) {
        // 自荐直选 (D-8): every valid self-nominee stands
        rows.push({
          countyCode,
          id: ids[name]!,
          roundId,
          villageCode: village,
          electionId,
          office,
          voterId: voters[name]!,
          name,
          sex,
          source: 'self-nomination' as const,
          appliedOn: day(-1),
          status: 'selected' as const,
        });
        return;
      }
      rows.push({
        countyCode,
        id: ids[name]!,
        roundId,
        villageCode: village,
        electionId,
        office,
        voterId: voters[name]!,
        name,
        sex,
        source: 'nomination' as const,
        nominationVotes: votes,
        rank: i + 1,
        status: onSlate ? ('selected' as const) : ('not-selected' as const),
      });
    });
  }
  await database.db.insert(nominees).values(rows);
  return { electionId, voters, nominees: ids };
}
