/**
 * Issue 2: every API route checks role and scope on the server. A village user calls every
 * route aimed at another village and gets 403; an observer cannot write anything. The
 * table must name every registered route, so a new route without a check fails here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { API_ROUTES } from '../src/api/app.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';

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

interface Ctx {
  roundId: string; // a round the caller may not see
  otherUserId: string; // a user of the other village
  village: string;
}

type Call = (c: Ctx) => { method: string; url: string; body?: unknown };

/** One call per route, aimed at `c.village` (or resources of it). */
const ROUTE_CALLS: Record<string, Call> = {
  'GET /api/regions/:code': (c) => ({ method: 'GET', url: `/api/regions/${c.village}` }),
  'GET /api/regions/:code/children': (c) => ({ method: 'GET', url: `/api/regions/${c.village}/children` }),
  'GET /api/regions/:code/villages': (c) => ({ method: 'GET', url: `/api/regions/${c.village}/villages` }),
  'GET /api/regions/:code/history': (c) => ({ method: 'GET', url: `/api/regions/${c.village}/history` }),
  'POST /api/regions/:code/villages': (c) => ({
    method: 'POST',
    url: `/api/regions/${c.village.slice(0, 9)}/villages`,
    body: { code: `${c.village.slice(0, 9)}299`, name: '新村', kind: 'village', reason: '测试' },
  }),
  'PATCH /api/regions/:code': (c) => ({
    method: 'PATCH',
    url: `/api/regions/${c.village}`,
    body: { name: '改名村', reason: '测试' },
  }),
  'POST /api/regions/merge': (c) => ({
    method: 'POST',
    url: '/api/regions/merge',
    body: {
      fromCodes: [c.village],
      into: { code: `${c.village.slice(0, 9)}298`, name: '合并村' },
      reason: '测试',
      effectiveDate: '2026-12-01',
    },
  }),
  'POST /api/regions/:code/split': (c) => ({
    method: 'POST',
    url: `/api/regions/${c.village}/split`,
    body: {
      into: [
        { code: `${c.village.slice(0, 9)}296`, name: '甲村' },
        { code: `${c.village.slice(0, 9)}297`, name: '乙村' },
      ],
      reason: '测试',
      effectiveDate: '2026-12-01',
    },
  }),
  'GET /api/rounds': (c) => ({ method: 'GET', url: `/api/rounds?region=${c.village}` }),
  'POST /api/rounds': (c) => ({
    method: 'POST',
    url: '/api/rounds',
    body: { name: '测试换届', regionCode: c.village.slice(0, 9), rulesetId: 'zhejiang-2020' },
  }),
  'GET /api/rounds/:id': (c) => ({ method: 'GET', url: `/api/rounds/${c.roundId}` }),
  'PUT /api/rounds/:id/villages/:code': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/villages/${c.village}`,
    body: { electionDay: '2027-01-10', included: true },
  }),
  'POST /api/rounds/:id/villages/:code/postpone': (c) => ({
    method: 'POST',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/postpone`,
    body: { newDate: '2027-02-10', reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/rerun': (c) => ({
    method: 'POST',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/rerun`,
    body: { kind: 'village-committee', newDate: '2027-02-10', reason: '测试' },
  }),
  'GET /api/users': (c) => ({ method: 'GET', url: `/api/users?region=${c.village}` }),
  'POST /api/users': (c) => ({
    method: 'POST',
    url: '/api/users',
    body: {
      username: 'newclerk',
      displayName: '新登记员',
      role: 'clerk',
      regionCode: c.village,
      password: 'abc12345',
    },
  }),
  'PATCH /api/users/:id': (c) => ({
    method: 'PATCH',
    url: `/api/users/${c.otherUserId}`,
    body: { displayName: '改名' },
  }),
  'POST /api/users/:id/reset-password': (c) => ({
    method: 'POST',
    url: `/api/users/${c.otherUserId}/reset-password`,
  }),
  'GET /api/audit': (c) => ({ method: 'GET', url: `/api/audit?region=${c.village}` }),
};

const WRITES = Object.keys(ROUTE_CALLS).filter((r) => !r.startsWith('GET '));

for (const mode of dbModes()) {
  describe(`scope and role checks (${mode})`, () => {
    let t: TestApp;
    let otherRoundId = '';
    let ownRoundId = '';
    let otherUserId = '';
    let ownUserId = '';
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
      const ctx: Ctx = { roundId: otherRoundId, otherUserId, village: OTHER_VILLAGE };
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
      const ctx: Ctx = { roundId: ownRoundId, otherUserId: ownUserId, village: OWN_VILLAGE };
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
      const ctx: Ctx = { roundId: ownRoundId, otherUserId: ownUserId, village: OWN_VILLAGE };
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
      const ctx: Ctx = { roundId: ownRoundId, otherUserId: ownUserId, village: OWN_VILLAGE };
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
