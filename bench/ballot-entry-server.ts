/**
 * The server side of bench/ballot-entry.bench.ts, in a process of its own (the clerks' load must not
 * share the server's event loop): the app on PGlite in a data directory (as `huanjie start` runs it)
 * or on a fresh PostgreSQL database, with 柳山村 on polling day (the test fixture: 22 voters, 9
 * candidates, the first vote opened), 20 boxes (the fixture's 3 and 17 more stations), the vote
 * counting, and 30 clerk accounts. Prints one JSON line when it listens; stops on SIGTERM.
 *
 * Usage: node --import tsx bench/ballot-entry-server.ts pglite|postgres
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { buildApp } from '../packages/server/src/api/app.js';
import { SYSTEM_ACTOR } from '../packages/server/src/audit/actor.js';
import { type Database, openDatabase } from '../packages/server/src/db/connect.js';
import { pollingPlaces, voteRounds } from '../packages/server/src/db/schema.js';
import { DEMO_COUNTY, loadDemo } from '../packages/server/src/demo/demo.js';
import { chinaToday } from '../packages/server/src/registration/today.js';
import { createUser } from '../packages/server/src/users/service.js';
import { setUpPollingDay } from '../packages/server/test/polling-day-fixture.js';
import { loginAs } from '../packages/server/test/support/app.js';
import { postgresFromDemo } from '../packages/server/test/support/demo-template.js';
import { day, demoRoundId, setElectionDay } from '../packages/server/test/support/village-people.js';

export const LIUSHAN = '331127205201';
export const CLERK_PASSWORD = 'bench12345';
export const CLERKS = 30;
export const BOXES = 20;

export interface BenchServerInfo {
  port: number;
  /** /api/rounds/…/votes/:voteId */
  vote: string;
  places: string[];
  clerks: string[];
  /** office id → candidate voter ids, and seats */
  offices: { id: string; seats: number; people: string[] }[];
  /** the database's floor: plain one-row inserts of the same shape, one after another, per second */
  dbFloorPerSecond: number;
}

/**
 * The database's floor for an entry: N plain `INSERT … ON CONFLICT DO NOTHING` statements of an entry
 * row into a scratch copy of count_entries, one after another, straight to the driver.
 */
async function dbFloor(database: Database, n = 3000): Promise<number> {
  const client = (
    database.db as unknown as { $client: { query(t: string, v?: unknown[]): Promise<unknown> } }
  ).$client;
  await client.query('create table bench_floor (like count_entries including defaults including indexes)');
  const text = `insert into bench_floor (county_code, vote_round_id, place_id, entry_set, seq, kind, void, marks, entered_by)
    values ($1, $2, $3, 1, $4, 'ballot', false, $5::jsonb, $6) on conflict do nothing returning seq`;
  const marks = JSON.stringify({ chair: ['a'], member: ['b', 'c'] });
  const start = performance.now();
  for (let i = 1; i <= n; i++) await client.query(text, ['331127', 'vote', 'place', i, marks, 'clerk']);
  const rate = n / ((performance.now() - start) / 1000);
  await client.query('drop table bench_floor');
  return rate;
}

const target = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
let database: Database;
let dataDir: string | null = null;
if (target === 'postgres') {
  database = await postgresFromDemo(chinaToday());
} else {
  dataDir = mkdtempSync(join(tmpdir(), 'huanjie-bench-entry-'));
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
await database.db.insert(pollingPlaces).values(
  Array.from({ length: BOXES - 3 }, (_, i) => ({
    countyCode,
    id: `bench-box-${i + 1}`,
    electionId: pd.electionId,
    roundId,
    villageCode: LIUSHAN,
    kind: 'station' as const,
    name: `第${i + 4}投票站`,
    sortOrder: 10 + i,
  })),
);
await database.db
  .update(voteRounds)
  .set({ status: 'counting' })
  .where(and(eq(voteRounds.countyCode, countyCode), eq(voteRounds.id, pd.voteId)));
const clerks: string[] = [];
for (let i = 1; i <= CLERKS; i++) {
  const username = `benchclerk${i}`;
  await createUser(database.db, SYSTEM_ACTOR, {
    username,
    displayName: `计票员${i}`,
    role: 'clerk',
    regionCode: LIUSHAN,
    password: CLERK_PASSWORD,
    mustChangePassword: false,
  });
  clerks.push(username);
}
const vote = (await village('GET', `${pd.base}/${pd.voteId}`)).body as {
  offices: { id: string; seats: number }[];
  candidates: { voterId: string; office: string }[];
};
const dbFloorPerSecond = await dbFloor(database);
await app.listen({ port: 0, host: '127.0.0.1' });
const info: BenchServerInfo = {
  dbFloorPerSecond,
  port: (app.server.address() as { port: number }).port,
  vote: `${pd.base}/${pd.voteId}`,
  places: [
    pd.places.central,
    pd.places.station,
    pd.places.box,
    ...Array.from({ length: BOXES - 3 }, (_, i) => `bench-box-${i + 1}`),
  ],
  clerks,
  offices: vote.offices.map((o) => ({
    id: o.id,
    seats: o.seats,
    people: vote.candidates.filter((c) => c.office === o.id).map((c) => c.voterId),
  })),
};
process.stdout.write(`READY ${JSON.stringify(info)}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
