/**
 * A village ready for its polling plan and ballots under zhejiang-2020: people in three 村民小组 on the
 * published list, an approved seat plan (主任 1, 副主任 1, 妇女委员 1, 委员 2) and formal candidates
 * (status 'selected', review 'passed': seats + 1 per office, D-2). The seat plan, the nominees and the
 * kinship rows are inserted directly: other areas own the acts that make them.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../src/db/connect.js';
import { elections, nominees, seatPlans, voterRelations } from '../src/db/schema.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, publishList } from './support/village-people.js';

export const OFFICES = [
  { id: 'chair' as const, title: '主任', seats: 1, rank: 1 as const },
  { id: 'vice' as const, title: '副主任', seats: 1, rank: 2 as const },
  { id: 'women' as const, title: '妇女委员', seats: 1, rank: 3 as const, womenOnly: true },
  { id: 'member' as const, title: '委员', seats: 2, rank: 3 as const },
];

type OfficeId = (typeof OFFICES)[number]['id'];

/** Formal candidates: [name, sex, office]. 张 before 李 here on purpose: the ballot must put 李 first. */
export const CANDIDATES: readonly [string, 'M' | 'F', OfficeId][] = [
  ['张建国', 'M', 'chair'],
  ['李明', 'M', 'chair'],
  ['王芳', 'F', 'vice'],
  ['丁一', 'M', 'vice'],
  ['蓝秀英', 'F', 'women'],
  ['叶丽', 'F', 'women'],
  ['钟强', 'M', 'member'],
  ['吴军', 'M', 'member'],
  ['王五', 'M', 'member'],
];

export const GROUPS = ['第一村民小组', '第二村民小组', '第三村民小组'];

/** Other voters: [name, sex, group]. */
export const OTHERS: readonly [string, 'M' | 'F', string][] = [
  ['刘妻', 'F', GROUPS[0]!],
  ['陈一', 'M', GROUPS[0]!],
  ['陈二', 'M', GROUPS[0]!],
  ['陈三', 'M', GROUPS[0]!],
  ['周一', 'M', GROUPS[1]!],
  ['周二', 'F', GROUPS[1]!],
  ['周三', 'M', GROUPS[1]!],
  ['周四', 'F', GROUPS[1]!],
  ['郑一', 'M', GROUPS[2]!],
  ['郑二', 'F', GROUPS[2]!],
  ['郑三', 'M', GROUPS[2]!],
  ['郑四', 'F', GROUPS[2]!],
  ['郑五', 'M', GROUPS[2]!],
];

export interface PollingVillage {
  electionId: string;
  voters: Record<string, string>;
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

export async function setUpPollingVillage(
  database: Database,
  caller: Caller,
  roundId: string,
  village: string,
  opts: { mode?: 'direct' | 'self' } = {},
): Promise<PollingVillage> {
  const voters = await addPeople(caller, roundId, village, [
    ...CANDIDATES.map(([name, sex], i) => ({ name, sex, groupName: GROUPS[i % 3]! })),
    ...OTHERS.map(([name, sex, groupName]) => ({ name, sex, groupName })),
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
  const ids: Record<string, string> = {};
  await database.db.insert(nominees).values(
    CANDIDATES.map(([name, sex, office]) => {
      ids[name] = randomUUID();
      return {
        countyCode,
        id: ids[name]!,
        roundId,
        villageCode: village,
        electionId,
        office,
        voterId: voters[name]!,
        name,
        sex,
        source: opts.mode === 'self' ? ('self-nomination' as const) : ('nomination' as const),
        status: 'selected' as const,
        reviewStatus: 'passed' as const,
      };
    }),
  );
  return { electionId, voters, nominees: ids };
}

/** `b` is `a`'s `kind` (as core's kin graph reads voter_relations). */
export async function relate(
  database: Database,
  roundId: string,
  village: string,
  a: string,
  kind: 'spouse' | 'parent' | 'child' | 'sibling' | 'grandparent' | 'grandchild',
  b: string,
): Promise<void> {
  await database.db.insert(voterRelations).values({
    countyCode: village.slice(0, 6),
    roundId,
    villageCode: village,
    voterId: a,
    relatedVoterId: b,
    kind,
    source: 'manual',
  });
}
