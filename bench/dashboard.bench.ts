/**
 * Issue 7: the county statistics dashboard (`GET /api/rounds/:id/statistics` for the county: the
 * service `areaStatistics` and its answer serialized) on PGlite (in memory) for a county of 150
 * villages in 21 townships, 300,000 voters and 1,000 people in office (两委, about 1,450 memberships
 * with the cross-serving), with a previous round of the same villages (turnout change, 连选连任).
 * 20 runs after 2 warm-up runs; p50 and p95 printed with their ratio to the 500 ms target, and a
 * baseline from the same run: `select count(*)` of the round's voters.
 *
 * Usage: npm run bench:dashboard
 */
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, queryRows } from '../packages/server/src/db/connect.js';
import {
  bodyMembers,
  elections,
  regions,
  rounds,
  roundVillages,
  voteRounds,
} from '../packages/server/src/db/schema.js';
import type { RoundRow } from '../packages/server/src/rounds/service.js';
import { areaStatistics } from '../packages/server/src/statistics/service.js';

const COUNTY = '331127';
const TOWNSHIPS = 21;
const VILLAGES = 150;
const VOTERS_PER_VILLAGE = 2_000;
const HOLDERS = 1_000;
const RUNS = 20;
const TARGET_MS = 500;
const ROUND = 'bench-2017';
const PREVIOUS = 'bench-2014';

const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
const pct = (times: number[], p: number) => {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
};

/** mulberry32: the same data every run */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const townshipCode = (t: number) => `${COUNTY}${String(101 + t)}`;
const villageCode = (v: number) => `${townshipCode(v % TOWNSHIPS)}${String(200 + v)}`;

async function chunks<T>(rows: T[], size: number, fn: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

async function fill(database: Database) {
  const { db } = database;
  const rand = prng(20170401);
  await db.insert(regions).values([
    {
      code: COUNTY,
      name: '景宁畲族自治县',
      level: 'county',
      countyCode: COUNTY,
      parentCode: '3311',
      source: 'division-data',
    },
    ...Array.from({ length: TOWNSHIPS }, (_, t) => ({
      code: townshipCode(t),
      name: `第${t + 1}乡`,
      level: 'township' as const,
      parentCode: COUNTY,
      countyCode: COUNTY,
      source: 'division-data' as const,
    })),
    ...Array.from({ length: VILLAGES }, (_, v) => ({
      code: villageCode(v),
      name: `第${v + 1}村`,
      level: 'village' as const,
      kind: v % 12 === 0 ? ('community' as const) : ('village' as const),
      parentCode: townshipCode(v % TOWNSHIPS),
      countyCode: COUNTY,
      source: 'division-data' as const,
    })),
  ]);
  const plan = [
    { kind: 'party-org', seq: 1 },
    { kind: 'village-committee', seq: 2 },
  ];
  for (const [id, previous] of [
    [PREVIOUS, null],
    [ROUND, PREVIOUS],
  ] as const)
    await db.insert(rounds).values({
      countyCode: COUNTY,
      id,
      name: id,
      regionCode: COUNTY,
      rulesetId: 'zhejiang-2020',
      electionPlan: plan,
      status: 'closed',
      previousRoundId: previous,
    });

  for (const roundId of [PREVIOUS, ROUND]) {
    const year = roundId === ROUND ? 2017 : 2014;
    await db.insert(roundVillages).values(
      Array.from({ length: VILLAGES }, (_, v) => ({
        countyCode: COUNTY,
        roundId,
        villageCode: villageCode(v),
        electionDay: `${year}-04-${String(1 + (v % 28)).padStart(2, '0')}`,
        status:
          v % 50 === 7
            ? ('failed' as const)
            : v % 50 === 13
              ? ('postponed' as const)
              : ('completed' as const),
      })),
    );
    await db.insert(elections).values(
      Array.from({ length: VILLAGES }, (_, v) =>
        (['party-org', 'village-committee'] as const).map((kind, i) => ({
          countyCode: COUNTY,
          id: `${roundId}-${v}-${kind}`,
          roundId,
          villageCode: villageCode(v),
          kind,
          seq: i + 1,
          status: 'held' as const,
        })),
      ).flat(),
    );
    await db.insert(voteRounds).values(
      Array.from({ length: VILLAGES }, (_, v) => v)
        .filter((v) => v % 50 !== 13)
        .map((v) => {
          const registered = VOTERS_PER_VILLAGE - Math.floor(rand() * 100);
          const voted = Math.floor(registered * (0.8 + rand() * 0.18));
          const filled = v % 9 !== 4;
          return {
            countyCode: COUNTY,
            id: `${roundId}-vote-${v}`,
            electionId: `${roundId}-${v}-village-committee`,
            roundId,
            villageCode: villageCode(v),
            seq: 1,
            kind: 'first' as const,
            tallyRound: 'first' as const,
            pollingDate: `${year}-04-${String(1 + (v % 28)).padStart(2, '0')}`,
            offices: [],
            candidates: [],
            electedBefore: [],
            registered,
            status: 'confirmed' as const,
            result: {
              format: 'huanjie-result/1',
              round: 'first',
              valid: true,
              invalidReason: null,
              registered,
              voted,
              issued: voted,
              collected: voted,
              voidBallots: 3,
              offices: ['chair', 'vice', 'women', 'member'].map((id) => ({
                id,
                votes: Object.fromEntries(Array.from({ length: 6 }, (_, k) => [`p${k}`, voted - k * 100])),
                elected: ['p0'],
                unfilled: id === 'member' && !filled ? 1 : 0,
                tieRevote: null,
              })),
              kinRemoved: [],
              kinRevote: [],
              noWomanElected: false,
              runoffCandidates: {},
              womenOfficeKept: null,
              vacancyMayRemain: null,
            },
          };
        }),
    );
  }

  // 300,000 voters of this round: voter n of village v is 'v<v>-<n>'; the first 6 or 7 hold office
  await db.execute(sql`
    insert into voters (county_code, id, round_id, village_code, id_number, name, name_initials, sex, birth_date,
      household_no, group_name, hukou_in_village, lives_in_village, eligibility, list_status,
      education, political_status, ethnicity)
    select ${COUNTY}, 'v' || v || '-' || n, ${ROUND},
      ${COUNTY} || lpad((101 + v % ${TOWNSHIPS})::text, 3, '0') || (200 + v)::text,
      ${COUNTY} || lpad((v * 10000 + n)::text, 12, '0'),
      (array['王','李','张','刘','陈','杨','蓝','雷'])[1 + (v + n) % 8] || (array['伟','芳','娜','秀英','敏'])[1 + n % 5] || n,
      'x', case when (v + n) % 4 = 0 then 'F' else 'M' end, date '1950-01-01' + ((v * 7919 + n * 104729) % 18000),
      'H' || (n / 4), '第' || (1 + n % 12) || '村民小组', true, true, 'eligible', 'listed',
      (array['小学','初中','初中','高中','中专','大专','大学本科','研究生'])[1 + (v * 3 + n * 5) % 8],
      (array['中共党员','中共党员','群众','中共预备党员','共青团员'])[1 + (v + n * 3) % 5],
      (array['汉族','汉族','汉族','畲族'])[1 + (v + n) % 4]
    from generate_series(0, ${VILLAGES - 1}) v, generate_series(0, ${VOTERS_PER_VILLAGE - 1}) n`);

  // the office holders: 1,000 people in the 147 villages that voted (a Party committee of 4 or 5, a
  // committee of 4 or 5, 3 of them on both; 1 village in 10 without 一肩挑)
  const members: (typeof bodyMembers.$inferInsert)[] = [];
  const seat = (
    roundId: string,
    v: number,
    n: number,
    kind: 'party-org' | 'village-committee',
    office: string,
    title: string,
    rank: number,
    voterPrefix: string,
  ) =>
    members.push({
      countyCode: COUNTY,
      electionId: `${roundId}-${v}-${kind}`,
      voterId: `${voterPrefix}${v}-${n}`,
      roundId,
      villageCode: villageCode(v),
      office,
      officeTitle: title,
      rank,
      source: kind === 'party-org' ? 'manual' : 'result',
      voteRoundId: kind === 'party-org' ? null : `${roundId}-vote-${v}`,
      since: roundId === ROUND ? '2017-04-30' : '2014-04-30',
    });
  for (const [roundId, prefix] of [
    [ROUND, 'v'],
    [PREVIOUS, 'p'],
  ] as const) {
    const people = new Set<string>();
    const seated = (
      v: number,
      n: number,
      ...rest: ['party-org' | 'village-committee', string, string, number]
    ) => {
      seat(roundId, v, n, ...rest, prefix);
      people.add(`${v}-${n}`);
    };
    const voting = Array.from({ length: VILLAGES }, (_, v) => v).filter((v) => v % 50 !== 13);
    for (const v of voting) {
      const oneShoulder = v % 10 !== 3;
      seated(v, 0, 'party-org', 'secretary', '书记', 1);
      seated(v, 1, 'party-org', 'deputy-secretary', '副书记', 2);
      seated(v, 2, 'party-org', 'member', '委员', 3);
      seated(v, 3, 'party-org', 'member', '委员', 3);
      seated(v, oneShoulder ? 0 : 4, 'village-committee', 'chair', '主任', 1);
      seated(v, 1, 'village-committee', 'vice', '副主任', 2);
      seated(v, 2, 'village-committee', 'women', '妇女委员', 3);
      seated(v, 5, 'village-committee', 'member', '委员', 3);
    }
    // one more person per village, in turn, until the round has 1,000 people in office
    for (let i = 0; people.size < HOLDERS; i++) {
      const v = voting[i % voting.length]!;
      const n = 6 + Math.floor(i / voting.length);
      if (i % 2 === 0) seated(v, n, 'party-org', 'member', '委员', 3);
      else seated(v, n, 'village-committee', 'member', '委员', 3);
    }
  }
  // the previous round's people: the register rows of its office holders only, half the same ID numbers
  await db.execute(sql`
    insert into voters (county_code, id, round_id, village_code, id_number, name, name_initials, sex, birth_date,
      household_no, group_name, hukou_in_village, lives_in_village, eligibility, list_status, education, political_status)
    select ${COUNTY}, 'p' || v || '-' || n, ${PREVIOUS},
      ${COUNTY} || lpad((101 + v % ${TOWNSHIPS})::text, 3, '0') || (200 + v)::text,
      ${COUNTY} || lpad((case when n % 2 = 0 then v * 10000 + n else 900000000 + v * 10000 + n end)::text, 12, '0'),
      '上届' || v || '-' || n, 'x', 'M', date '1960-01-01' + n, 'H', '一组', true, true, 'eligible', 'listed', '初中', '中共党员'
    from generate_series(0, ${VILLAGES - 1}) v, generate_series(0, 9) n`);
  await chunks(members, 500, (part) => db.insert(bodyMembers).values(part));
  await db.execute(sql`analyze`);
  return members.filter((m) => m.roundId === ROUND).length;
}

const started = performance.now();
const database = await openDatabase({ kind: 'pglite', dataDir: null });
const memberships = await fill(database);
const people = HOLDERS;
const [round] = await queryRows<RoundRow>(
  database.db,
  sql`select county_code as "countyCode", id, name, region_code as "regionCode", ruleset_id as "rulesetId",
    election_plan as "electionPlan", status, previous_round_id as "previousRoundId", created_at as "createdAt"
    from rounds where id = ${ROUND}`,
);
const [{ voters }] = (await queryRows<{ voters: number }>(
  database.db,
  sql`select count(*)::int as voters from voters where county_code = ${COUNTY} and round_id = ${ROUND}`,
)) as [{ voters: number }];
console.log(
  `data: ${VILLAGES} villages, ${TOWNSHIPS} townships, ${voters} voters, ${people} people in office (${memberships} memberships) (${((performance.now() - started) / 1000).toFixed(1)} s to load; ${load()})`,
);

const bands = [35, 45, 55];
let answer = await areaStatistics(database.db, round!, COUNTY, bands, '2017-05-01' as never);
await areaStatistics(database.db, round!, COUNTY, bands, '2017-05-01' as never);
const a = answer.area;
console.log(
  `county: ${a.villages + a.communities} villages, turnout ${a.turnout.num}/${a.turnout.den}, 一肩挑 ${a.oneShoulder.num}/${a.oneShoulder.den}, 交叉任职 ${a.crossServing.num}/${a.crossServing.den}, 两委 ${a.twoCommitteesHeadcount} people, incumbents ${a.twoCommittees.incumbents}, ${answer.children.length} townships`,
);

const baseline: number[] = [];
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  await queryRows(
    database.db,
    sql`select count(*) from voters where county_code = ${COUNTY} and round_id = ${ROUND}`,
  );
  baseline.push(performance.now() - t);
  t = performance.now();
  answer = await areaStatistics(database.db, round!, COUNTY, bands, '2017-05-01' as never);
  JSON.stringify(answer);
  times.push(performance.now() - t);
}
const p50 = pct(times, 0.5);
const p95 = pct(times, 0.95);
const b50 = pct(baseline, 0.5);
console.log(`baseline select count(*) of the round's voters: p50 ${b50.toFixed(1)} ms`);
console.log(
  `county statistics: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${RUNS} runs; p95 / ${TARGET_MS} ms target = ${(p95 / TARGET_MS).toFixed(2)}; p50 / baseline = ${(p50 / b50).toFixed(1)} (${load()})`,
);
await database.close();
