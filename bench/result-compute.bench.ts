/**
 * Issue 6: computing a village's result (POST …/votes/:id/result: every box's entered ballots read and
 * folded, turnout from the check-in records, the engine, the result stored) for a village of 20,000
 * voters, 19,000 of whom voted, all ballots entered one by one in the central box. Target: under
 * 200 ms. Baseline in the same run: `select count(*)` of the vote's entered rows. Five runs (the
 * result is withdrawn between runs); best and worst printed.
 *
 * Usage: npm run bench:result-compute [-- --postgres]   (PostgreSQL needs TEST_DATABASE_URL)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { buildApp } from '../packages/server/src/api/app.js';
import { type Database, openDatabase } from '../packages/server/src/db/connect.js';
import { ballotIssues, countBoxes, countEntries, voteRounds } from '../packages/server/src/db/schema.js';
import { DEMO_COUNTY, loadDemo } from '../packages/server/src/demo/demo.js';
import { chinaToday } from '../packages/server/src/registration/today.js';
import { setUpPollingDay } from '../packages/server/test/polling-day-fixture.js';
import { loginAs } from '../packages/server/test/support/app.js';
import { postgresFromDemo } from '../packages/server/test/support/demo-template.js';
import { day, demoRoundId, setElectionDay } from '../packages/server/test/support/village-people.js';

const LIUSHAN = '331127205201';
const REGISTERED = 20_000;
const VOTED = 19_000;
const RUNS = 5;

const postgres = process.argv.includes('--postgres');
let database: Database;
let dataDir: string | null = null;
if (postgres) database = await postgresFromDemo(chinaToday());
else {
  dataDir = mkdtempSync(join(tmpdir(), 'huanjie-bench-result-'));
  database = await openDatabase({ kind: 'pglite', dataDir });
  await loadDemo(database.db, chinaToday(), DEMO_COUNTY);
}
const app = await buildApp({ database, logger: false });
await app.ready();
const county = await loginAs(app, 'county');
const village = await loginAs(app, 'village');
const township = await loginAs(app, 'township');
const roundId = await demoRoundId(county);
await setElectionDay(county, roundId, LIUSHAN, day(30));
const pd = await setUpPollingDay(database, { village, township }, roundId, LIUSHAN, { open: true });
const countyCode = LIUSHAN.slice(0, 6);
const vote = (await village('GET', `${pd.base}/${pd.voteId}`)).body as {
  offices: { id: string; seats: number }[];
  candidates: { voterId: string; office: string }[];
};

// 19,000 check-ins and 19,000 ballots: each office's seats filled from its candidates, in rotation,
// every 50th ballot void and every 40th blank, so the engine has real work.
const rows = Array.from({ length: VOTED }, (_, i) => i);
for (let i = 0; i < VOTED; i += 2000)
  await database.db.insert(ballotIssues).values(
    rows.slice(i, i + 2000).map((n) => ({
      countyCode,
      voteRoundId: pd.voteId,
      voterId: `bench-voter-${n}`,
      electionId: pd.electionId,
      roundId,
      villageCode: LIUSHAN,
      placeId: pd.places.central,
      via: 'in-person' as const,
      foundBy: 'card' as const,
      issuedBy: 'bench',
      issuedByName: 'bench',
    })),
  );
const marksOf = (n: number): Record<string, string[]> => {
  const marks: Record<string, string[]> = {};
  for (const o of vote.offices) {
    const people = vote.candidates.filter((c) => c.office === o.id).map((c) => c.voterId);
    marks[o.id] = Array.from(
      { length: Math.min(o.seats, people.length) },
      (_, k) => people[(n + k) % people.length]!,
    );
  }
  return marks;
};
for (let i = 0; i < VOTED; i += 2000)
  await database.db.insert(countEntries).values(
    rows.slice(i, i + 2000).map((n) => ({
      countyCode,
      voteRoundId: pd.voteId,
      placeId: pd.places.central,
      entrySet: 1,
      seq: n + 1,
      kind: 'ballot' as const,
      void: n % 50 === 0,
      marks: n % 50 === 0 || n % 40 === 0 ? {} : marksOf(n),
      enteredBy: 'bench',
    })),
  );
const now = new Date().toISOString();
await database.db
  .insert(countBoxes)
  .values({ countyCode, voteRoundId: pd.voteId, placeId: pd.places.central, closed1At: now });
await database.db
  .update(voteRounds)
  .set({ status: 'counting', registered: REGISTERED })
  .where(and(eq(voteRounds.countyCode, countyCode), eq(voteRounds.id, pd.voteId)));

const ms = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const baseline: number[] = [];
const compute: number[] = [];
for (let r = 0; r < RUNS; r++) {
  baseline.push(
    await ms(() =>
      database.db
        .select({ n: sql<number>`count(*)` })
        .from(countEntries)
        .where(and(eq(countEntries.countyCode, countyCode), eq(countEntries.voteRoundId, pd.voteId))),
    ),
  );
  let status = 0;
  compute.push(
    await ms(async () => {
      const res = await village('POST', `${pd.base}/${pd.voteId}/result`, {});
      status = res.status;
      if (status !== 200) throw new Error(`计算结果失败：${status} ${JSON.stringify(res.body)}`);
    }),
  );
  const back = await village('POST', `${pd.base}/${pd.voteId}/result/withdraw`, { reason: '基准测试重算' });
  if (back.status !== 200) throw new Error(`撤回结果失败：${back.status} ${JSON.stringify(back.body)}`);
}
const best = (xs: number[]) => Math.min(...xs);
const worst = (xs: number[]) => Math.max(...xs);
console.log(
  `result computation, ${VOTED.toLocaleString()} ballots of ${REGISTERED.toLocaleString()} voters (${postgres ? 'PostgreSQL' : 'PGlite'})`,
);
console.log(
  `  baseline count(*) of the entries: best ${best(baseline).toFixed(1)} ms, worst ${worst(baseline).toFixed(1)} ms`,
);
console.log(
  `  POST …/result:                     best ${best(compute).toFixed(1)} ms, worst ${worst(compute).toFixed(1)} ms`,
);
console.log(
  `  ratio to baseline (best): ${(best(compute) / best(baseline)).toFixed(1)}; target < 200 ms: ${worst(compute) < 200 ? 'met' : 'NOT met'}`,
);
await app.close();
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
