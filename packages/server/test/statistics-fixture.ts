/**
 * A small county round whose statistics are known by hand (issue 7 item 2), inserted directly: two
 * townships of 景宁 (郑坑乡 and another), four villages, a previous round for turnout change and
 * 连选连任. Figures the test expects:
 *
 * | village | Party committee        | committee              | both | 一肩挑 | vote (registered/voted, all seats) | previous |
 * | A1      | a1 书记, a4 副书记, a2 委员 | a1 主任, a3 副主任, a2 妇女委员 | 2 | yes | 1000/900, filled | 950/800 |
 * | A2      | b1 书记, b3 委员         | b2 主任, b3 妇女委员        | 1    | no     | 800/600, a seat unfilled           | none     |
 * | B1      | c1 书记                  | c1 主任, c2 委员            | 1    | yes    | 500/450, filled                    | 520/400  |
 * | B2      | —                        | —                          | 0    | —      | postponed, no vote                 | —        |
 *
 * Women: a2, b3, c1. Previous round: a1 was 主任 (same ID number), a4 a Party committee member (same
 * ID number), c2 a committee member (no ID number then: same name and birth date), a3 sat on the Party
 * committee (another body: not 连任 on the committee). Not counted: a Party member of A2 recorded by
 * hand who resigned, and a by-election's winner in B1.
 */
import { and, eq, like } from 'drizzle-orm';
import type { Database } from '../src/db/connect.js';
import {
  bodyMembers,
  elections,
  regions,
  rounds,
  roundVillages,
  voteRounds,
  voters,
} from '../src/db/schema.js';

export const COUNTY = '331127';
export const T1 = '331127205';
export const A1 = '331127205201';
export const A2 = '331127205202';
export const ROUND = 'stat-2017';
export const PREVIOUS = 'stat-2014';

interface Person {
  key: string;
  idNumber: string | null;
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  education: string;
  politicalStatus: string;
  ethnicity: string;
}

const person = (
  key: string,
  name: string,
  sex: 'M' | 'F',
  birthDate: string,
  education: string,
  politicalStatus: string,
  ethnicity = '汉族',
  idNumber: string | null = `33112719${key.padEnd(10, '0')}`,
): Person => ({ key, idNumber, name, sex, birthDate, education, politicalStatus, ethnicity });

export async function otherTownship(database: Database) {
  const rows = await database.db
    .select()
    .from(regions)
    .where(and(eq(regions.parentCode, COUNTY), eq(regions.level, 'township')));
  const t = rows
    .map((r) => r.code)
    .filter((c) => c !== T1)
    .sort()[0]!;
  const villages = (
    await database.db
      .select()
      .from(regions)
      .where(and(eq(regions.parentCode, t), like(regions.code, `${t}%`)))
  )
    .map((r) => r.code)
    .sort();
  return { T2: t, B1: villages[0]!, B2: villages[1]! };
}

export async function loadStatisticsFixture(database: Database) {
  const { db } = database;
  const { T2, B1, B2 } = await otherTownship(database);
  const plan = [
    { kind: 'party-org', seq: 1 },
    { kind: 'village-committee', seq: 2 },
  ];
  await db.insert(rounds).values([
    {
      countyCode: COUNTY,
      id: PREVIOUS,
      name: '统计测试2014年换届',
      regionCode: COUNTY,
      rulesetId: 'zhejiang-2020',
      electionPlan: plan,
      status: 'closed',
    },
    {
      countyCode: COUNTY,
      id: ROUND,
      name: '统计测试2017年换届',
      regionCode: COUNTY,
      rulesetId: 'zhejiang-2020',
      electionPlan: plan,
      status: 'closed',
      previousRoundId: PREVIOUS,
    },
  ]);

  const days: Record<string, string | null> = {
    [A1]: '2017-03-20',
    [A2]: '2017-04-10',
    [B1]: '2017-04-20',
    [B2]: null,
  };
  const status: Record<string, 'completed' | 'postponed'> = {
    [A1]: 'completed',
    [A2]: 'completed',
    [B1]: 'completed',
    [B2]: 'postponed',
  };
  for (const roundId of [PREVIOUS, ROUND])
    await db.insert(roundVillages).values(
      [A1, A2, B1, B2].map((code) => ({
        countyCode: COUNTY,
        roundId,
        villageCode: code,
        electionDay: roundId === ROUND ? days[code] : '2014-04-01',
        status: roundId === ROUND ? status[code] : ('completed' as const),
      })),
    );

  const electionIds = new Map<string, string>();
  for (const roundId of [PREVIOUS, ROUND])
    for (const code of [A1, A2, B1, B2])
      for (const kind of ['party-org', 'village-committee'] as const) {
        const id = `${roundId}-${code}-${kind}`;
        electionIds.set(`${roundId}|${code}|${kind}`, id);
        await db.insert(elections).values({
          countyCode: COUNTY,
          id,
          roundId,
          villageCode: code,
          kind,
          seq: kind === 'party-org' ? 1 : 2,
        });
      }

  const voterId = (roundId: string, p: Person) => `${roundId}-${p.key}`;
  async function addVoter(roundId: string, village: string, p: Person) {
    await db.insert(voters).values({
      countyCode: COUNTY,
      id: voterId(roundId, p),
      roundId,
      villageCode: village,
      idNumber: p.idNumber,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      householdNo: p.key,
      groupName: '一组',
      hukouInVillage: true,
      livesInVillage: true,
      education: p.education,
      politicalStatus: p.politicalStatus,
      ethnicity: p.ethnicity,
      eligibility: 'eligible',
      listStatus: 'listed',
    });
  }

  let voteSeq = 0;
  async function firstVote(
    roundId: string,
    village: string,
    registered: number,
    voted: number,
    filled: boolean,
    kind: 'first' | 'by-election' = 'first',
  ) {
    const id = `vote-${roundId}-${village}-${++voteSeq}`;
    await db.insert(voteRounds).values({
      countyCode: COUNTY,
      id,
      electionId: electionIds.get(`${roundId}|${village}|village-committee`)!,
      roundId,
      villageCode: village,
      seq: voteSeq,
      kind,
      tallyRound: kind === 'first' ? 'first' : 'runoff',
      pollingDate: roundId === ROUND ? (days[village] ?? '2017-04-20') : '2014-04-01',
      offices: [],
      candidates: [],
      electedBefore: [],
      registered,
      status: 'confirmed',
      result: {
        format: 'huanjie-result/1',
        round: 'first',
        valid: true,
        invalidReason: null,
        registered,
        voted,
        issued: voted,
        collected: voted,
        voidBallots: 0,
        offices: [
          { id: 'chair', votes: {}, elected: [], unfilled: 0, tieRevote: null },
          { id: 'member', votes: {}, elected: [], unfilled: filled ? 0 : 1, tieRevote: null },
        ],
        kinRemoved: [],
        kinRevote: [],
      },
    });
    return id;
  }

  async function seat(
    roundId: string,
    village: string,
    p: Person,
    kind: 'party-org' | 'village-committee',
    office: string,
    title: string,
    rank: number,
    extra: Partial<typeof bodyMembers.$inferInsert> = {},
  ) {
    await db.insert(bodyMembers).values({
      countyCode: COUNTY,
      electionId: electionIds.get(`${roundId}|${village}|${kind}`)!,
      voterId: voterId(roundId, p),
      roundId,
      villageCode: village,
      office,
      officeTitle: title,
      rank,
      source: kind === 'party-org' ? 'manual' : 'result',
      since: roundId === ROUND ? '2017-04-20' : '2014-04-01',
      ...extra,
    });
  }

  // ── this round ──
  const a1 = person('a1', '陈一', 'M', '1970-01-01', '大专', '中共党员');
  const a2 = person('a2', '蓝二', 'F', '1990-06-01', '高中', '中共党员', '畲族');
  const a3 = person('a3', '陈三', 'M', '1960-05-05', '初中', '群众');
  const a4 = person('a4', '陈四', 'M', '1975-07-07', '初中', '中共预备党员');
  const b1 = person('b1', '吴一', 'M', '1965-02-02', '小学', '中共党员');
  const b2 = person('b2', '吴二', 'M', '1980-03-03', '大学本科', '群众');
  const b3 = person('b3', '吴三', 'F', '1972-04-04', '中专', '中共党员');
  const bx = person('bx', '吴退', 'M', '1950-01-01', '初中', '中共党员');
  const c1 = person('c1', '雷一', 'F', '1968-08-08', '高中', '中共党员', '畲');
  const c2 = person('c2', '雷二', 'M', '1985-09-09', '初中', '群众', '畲族');
  const cx = person('cx', '雷补', 'M', '1988-01-01', '初中', '群众');
  for (const p of [a1, a2, a3, a4]) await addVoter(ROUND, A1, p);
  for (const p of [b1, b2, b3, bx]) await addVoter(ROUND, A2, p);
  for (const p of [c1, c2, cx]) await addVoter(ROUND, B1, p);

  const voteA1 = await firstVote(ROUND, A1, 1000, 900, true);
  const voteA2 = await firstVote(ROUND, A2, 800, 600, false);
  const voteB1 = await firstVote(ROUND, B1, 500, 450, true);
  const byB1 = await firstVote(ROUND, B1, 500, 300, true, 'by-election');

  await seat(ROUND, A1, a1, 'party-org', 'secretary', '书记', 1);
  await seat(ROUND, A1, a4, 'party-org', 'deputy-secretary', '副书记', 2);
  await seat(ROUND, A1, a2, 'party-org', 'member', '委员', 3);
  await seat(ROUND, A1, a1, 'village-committee', 'chair', '主任', 1, { voteRoundId: voteA1 });
  await seat(ROUND, A1, a3, 'village-committee', 'vice', '副主任', 2, { voteRoundId: voteA1 });
  await seat(ROUND, A1, a2, 'village-committee', 'women', '妇女委员', 3, { voteRoundId: voteA1 });

  await seat(ROUND, A2, b1, 'party-org', 'secretary', '书记', 1);
  await seat(ROUND, A2, b3, 'party-org', 'member', '委员', 3);
  await seat(ROUND, A2, bx, 'party-org', 'member', '委员', 3, { status: 'resigned', endedOn: '2017-06-01' });
  await seat(ROUND, A2, b2, 'village-committee', 'chair', '主任', 1, { voteRoundId: voteA2 });
  await seat(ROUND, A2, b3, 'village-committee', 'women', '妇女委员', 3, { voteRoundId: voteA2 });

  await seat(ROUND, B1, c1, 'party-org', 'secretary', '书记', 1);
  await seat(ROUND, B1, c1, 'village-committee', 'chair', '主任', 1, { voteRoundId: voteB1 });
  await seat(ROUND, B1, c2, 'village-committee', 'member', '委员', 3, { voteRoundId: voteB1 });
  await seat(ROUND, B1, cx, 'village-committee', 'member', '委员', 3, { voteRoundId: byB1 });

  // ── the previous round ──
  const a3then = { ...a3 };
  const c2then = { ...c2, idNumber: null };
  for (const p of [a1, a3then, a4]) await addVoter(PREVIOUS, A1, p);
  await addVoter(PREVIOUS, B1, c2then);
  const prevA1 = await firstVote(PREVIOUS, A1, 950, 800, true);
  const prevB1 = await firstVote(PREVIOUS, B1, 520, 400, true);
  await seat(PREVIOUS, A1, a1, 'village-committee', 'chair', '主任', 1, { voteRoundId: prevA1 });
  await seat(PREVIOUS, A1, a4, 'party-org', 'member', '委员', 3);
  await seat(PREVIOUS, A1, a3then, 'party-org', 'secretary', '书记', 1);
  await seat(PREVIOUS, B1, c2then, 'village-committee', 'member', '委员', 3, { voteRoundId: prevB1 });

  return { T2, B1, B2 };
}
