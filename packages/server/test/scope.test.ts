/**
 * Issue 2: every API route checks role and scope on the server. A village user calls every
 * route aimed at another village and gets 403; an observer cannot write anything. The
 * table must name every registered route, so a new route without a check fails here.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { API_ROUTES } from '../src/api/app.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Call, Ctx, Prepare } from './support/scope-calls/types.js';

/** Every area's calls (test/support/scope-calls/*.ts), merged. */
const ROUTE_CALLS: Record<string, Call> = {};
const PREPARES: Prepare[] = [];
const callsDir = join(import.meta.dirname, 'support', 'scope-calls');
for (const file of readdirSync(callsDir).filter((f) => f.endsWith('.ts') && f !== 'types.ts')) {
  const mod = (await import(join(callsDir, file))) as { calls: Record<string, Call>; prepare?: Prepare };
  Object.assign(ROUTE_CALLS, mod.calls);
  if (mod.prepare) PREPARES.push(mod.prepare);
}

const OWN_VILLAGE = '331127205201'; // 柳山村: the demo village user's
const OTHER_VILLAGE = '331127205202'; // 吴布村
const OTHER_TOWNSHIP_VILLAGE_PREFIX = '331127'; // a township elsewhere in the county, found at run time

/** Routes bound to no region: public, or about the caller's own session. */
const NOT_REGION_BOUND = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'POST /api/auth/password',
  'GET /api/rulesets',
]);

const WRITES = Object.keys(ROUTE_CALLS).filter((r) => !r.startsWith('GET '));

for (const mode of dbModes()) {
  describe(`scope and role checks (${mode})`, () => {
    let t: TestApp;
    let otherRoundId = '';
    let ownRoundId = '';
    let otherUserId = '';
    let ownUserId = '';
    const otherIds: Record<string, string> = {};
    const ownIds: Record<string, string> = {};
    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      // A round of another township: the village user may not even see it.
      const townships = (await county('GET', `/api/regions/${OTHER_TOWNSHIP_VILLAGE_PREFIX}/children`)).body
        .items;
      const elsewhere = townships.find((x: { code: string }) => x.code !== '331127205');
      const r = await county('POST', '/api/rounds', {
        name: '他乡换届',
        regionCode: elsewhere.code,
        rulesetId: 'zhejiang-2020',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      otherRoundId = r.body.id;
      ownRoundId = (await county('GET', '/api/rounds?region=331127205')).body.items[0].id;
      const u = await county('POST', '/api/users', {
        username: 'wubu',
        displayName: '吴布村选委会',
        role: 'village',
        regionCode: OTHER_VILLAGE,
        password: 'abc12345',
      });
      assert.equal(u.status, 201, JSON.stringify(u.body));
      otherUserId = u.body.id;
      const own = await county('POST', '/api/users', {
        username: 'liushan2',
        displayName: '柳山村观察',
        role: 'observer',
        regionCode: OWN_VILLAGE,
        password: 'abc12345',
      });
      ownUserId = own.body.id;
      for (const prepare of PREPARES) {
        Object.assign(otherIds, await prepare(county, OTHER_VILLAGE, ownRoundId));
        Object.assign(ownIds, await prepare(county, OWN_VILLAGE, ownRoundId));
      }
    });
    after(() => t.close());

    test('the table names every API route', () => {
      const registered = t.app[API_ROUTES].filter((r) => !r.startsWith('GET /api/docs'));
      const missing = registered.filter((r) => !NOT_REGION_BOUND.has(r) && !ROUTE_CALLS[r]);
      assert.deepEqual(missing, [], 'routes without a scope test');
      assert.ok(registered.length >= 25);
    });

    test('a village user gets 403 from every route of another village', async () => {
      const call = await loginAs(t.app, 'village');
      const ctx: Ctx = { roundId: otherRoundId, otherUserId, village: OTHER_VILLAGE, ids: otherIds };
      for (const [route, make] of Object.entries(ROUTE_CALLS)) {
        const c = make(ctx);
        const res = await call(c.method, c.url, c.body);
        assert.equal(res.status, 403, `${route} → ${res.status} ${JSON.stringify(res.body)}`);
        assert.equal(res.body.code, 'FORBIDDEN');
        assert.match(res.body.message, /无权|不能/);
      }
    });

    test('an office of another township is refused every route of this village, writes included', async () => {
      const county = await loginAs(t.app, 'county');
      const townships = (await county('GET', '/api/regions/331127/children')).body.items;
      const elsewhere = townships.find((x: { code: string }) => x.code !== '331127205');
      const made = await county('POST', '/api/users', {
        username: 'othertown',
        displayName: '他乡换届办',
        role: 'township',
        regionCode: elsewhere.code,
        password: 'abc12345',
      });
      assert.equal(made.status, 201);
      const call = await loginAs(t.app, 'othertown', 'abc12345');
      const ctx: Ctx = { roundId: ownRoundId, otherUserId: ownUserId, village: OWN_VILLAGE, ids: ownIds };
      for (const [route, make] of Object.entries(ROUTE_CALLS)) {
        if (
          route === 'POST /api/regions/:code/villages' ||
          route.includes('regions/merge') ||
          route.includes('/split') ||
          route === 'PATCH /api/regions/:code'
        )
          continue; // county-only: refused by role already
        const c = make(ctx);
        const res = await call(c.method, c.url, c.body);
        assert.equal(res.status, 403, `${route} → ${res.status} ${JSON.stringify(res.body)}`);
      }
    });

    test('an observer cannot write anything, even inside its own region', async () => {
      const call = await loginAs(t.app, 'observer');
      const ctx: Ctx = { roundId: ownRoundId, otherUserId: ownUserId, village: OWN_VILLAGE, ids: ownIds };
      for (const route of WRITES) {
        const c = ROUTE_CALLS[route]!(ctx);
        const res = await call(c.method, c.url, c.body);
        assert.equal(res.status, 403, `${route} → ${res.status} ${JSON.stringify(res.body)}`);
      }
    });

    test('the village user still reads its own village, and sees only it in the township round', async () => {
      const call = await loginAs(t.app, 'village');
      assert.equal((await call('GET', `/api/regions/${OWN_VILLAGE}`)).status, 200);
      const round = await call('GET', `/api/rounds/${ownRoundId}`);
      assert.equal(round.status, 200);
      assert.deepEqual(
        round.body.villages.map((v: { code: string }) => v.code),
        [OWN_VILLAGE],
      );
    });

    test('without a session every route but the public ones answers 401', async () => {
      const ctx: Ctx = { roundId: ownRoundId, otherUserId: ownUserId, village: OWN_VILLAGE, ids: ownIds };
      for (const [route, make] of Object.entries(ROUTE_CALLS)) {
        const c = make(ctx);
        const res = await t.app.inject({
          method: c.method as 'GET',
          url: c.url,
          ...(c.body ? { payload: c.body as object } : {}),
        });
        assert.equal(res.statusCode, 401, route);
      }
    });
  });
}
