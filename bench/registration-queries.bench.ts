/**
 * (1) The voter list page (search + first page + total) for a 100,000-voter village on PGlite:
 *     p95 over 40 requests per query shape; target < 100 ms. Baseline: `select count(*)` of the village.
 * (2) The registered-twice check (A-3) over a county of 1,000,000 voters on PostgreSQL (when
 *     TEST_DATABASE_URL is set); target ≤ 5 s. Baseline: one `count(distinct id_number)` over the county.
 * Data comes from INSERT … SELECT generate_series; 0.1 % of the county's people are on two villages' lists.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase, queryRows } from '../packages/server/src/db/connect.js';
import { DEMO_COUNTY, loadDemo } from '../packages/server/src/demo/demo.js';
import { listVoters } from '../packages/server/src/registration/queries.js';
import { registeredTwice } from '../packages/server/src/registration/twice.js';
import { newestRoundOf, villageContext } from '../packages/server/src/registration/village.js';

const VILLAGE = '331127205201';

/** n people in `villages` villages of the demo round; ID numbers are synthetic but unique per person. */
async function fill(db: Database['db'], roundId: string, n: number, villages: number, twiceEvery: number) {
  await db.execute(sql`
    insert into voters (county_code, id, round_id, village_code, id_number, name, name_initials, sex, birth_date,
      household_no, group_name, hukou_in_village, lives_in_village, eligibility, list_status)
    select '331127', 'v' || g, ${roundId},
      '3311272052' || lpad(((g % ${villages}))::text, 2, '0'),
      '331127' || lpad((case when g % ${twiceEvery} = 1 then g - 1 else g end)::text, 12, '0'),
      (array['王','李','张','刘','陈','杨'])[1 + g % 6] || (array['伟','芳','娜','秀英','敏'])[1 + g % 5] || g,
      (array['w','l','z','l','c','y'])[1 + g % 6] || (array['w','f','n','xy','m'])[1 + g % 5],
      case when g % 2 = 0 then 'M' else 'F' end, date '1950-01-01' + (g % 20000),
      'H' || (g / 4), '第' || (1 + g % 12) || '村民小组', true, true, 'eligible', 'listed'
    from generate_series(1, ${n}) g`);
  await db.execute(sql`analyze voters`);
}

/** The 1-minute load average, printed with the figures: other processes on the cores skew them. */
const load = () => `load ${loadavg()[0]!.toFixed(1)}`;

function p95(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)]!;
}

async function timeIt(fn: () => Promise<unknown>, times = 40): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

{
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await loadDemo(database.db, '2026-11-22', DEMO_COUNTY);
  const roundId = (await newestRoundOf(database.db, VILLAGE))!;
  // all 100,000 people in 柳山村 (village number 01 of 1)
  await database.db.execute(sql`update round_villages set included = true`);
  await fill(database.db, roundId, 100_000, 1, 1_000_000_000);
  await database.db.execute(sql`update voters set village_code = ${VILLAGE}`);
  await database.db.execute(sql`analyze voters`);
  const ctx = await villageContext(database.db, roundId, VILLAGE);
  const base = p95(
    await timeIt(() =>
      queryRows(database.db, sql`select count(*) from voters where village_code = ${VILLAGE}`),
    ),
  );
  console.log(
    `PGlite, 100,000 voters in one village — baseline count(*) p95 ${base.toFixed(1)} ms, ${load()}`,
  );
  const shapes: [string, Parameters<typeof listVoters>[2]][] = [
    ['first page, no search', { page: 1, pageSize: 50 }],
    ['name search 王伟', { q: '王伟', page: 1, pageSize: 50 }],
    ['pinyin initials zx', { q: 'zx', page: 1, pageSize: 50 }],
    ['ID number digits', { q: '00000012345', page: 1, pageSize: 50 }],
    ['group filter', { group: '第3村民小组', page: 1, pageSize: 50 }],
    ['page 1000', { page: 1000, pageSize: 50 }],
  ];
  for (const [label, q] of shapes) {
    const t = p95(await timeIt(() => listVoters(database.db, ctx, q)));
    console.log(`  ${label.padEnd(24)} p95 ${t.toFixed(1)} ms (ratio ${(t / base).toFixed(1)}), ${load()}`);
  }
  await database.close();
}

if (process.env.TEST_DATABASE_URL) {
  const name = `huanjie_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  try {
    await loadDemo(database.db, '2026-11-22', DEMO_COUNTY);
    const roundId = (await newestRoundOf(database.db, VILLAGE))!;
    const t0 = performance.now();
    await fill(database.db, roundId, 1_000_000, 4, 1000);
    console.log(
      `PostgreSQL, 1,000,000 voters in county 331127 (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const base = await timeIt(
      () =>
        queryRows(
          database.db,
          sql`select count(distinct id_number) from voters where county_code = '331127'`,
        ),
      3,
    );
    const check = await timeIt(() => registeredTwice(database.db, { kind: 'region', code: '331127' }), 3);
    const hits = await registeredTwice(database.db, { kind: 'region', code: '331127' });
    console.log(`  baseline count(distinct id_number): ${(Math.min(...base) / 1000).toFixed(2)} s`);
    console.log(
      `  registered-twice check: ${(Math.min(...check) / 1000).toFixed(2)} s best, ${(Math.max(...check) / 1000).toFixed(2)} s worst, ${hits.length} rows flagged (ratio ${(Math.min(...check) / Math.min(...base)).toFixed(1)}), ${load()}`,
    );
  } finally {
    await database.close();
    await admin(`drop database if exists ${name} with (force)`);
  }
}
