/**
 * Issue 7 item 2: the round's statistics from person-level data (seed-requirements §9) on a small
 * hand-made county round (statistics-fixture.ts): the figures known by hand, a township's totals the
 * sum of its villages and the county's the sum of its townships, turnout change and 连选连任 against the
 * previous round, one chart's xlsx, the county's targets (audited) and the region checks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type AreaStatistics, percent } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { auditLog } from '../src/db/schema.js';
import { getRoundRow } from '../src/rounds/service.js';
import { areaStatistics } from '../src/statistics/service.js';
import { A1, A2, COUNTY, loadStatisticsFixture, ROUND, T1 } from './statistics-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';

/** every number of an area, flattened by path (names and titles left out) */
function numbers(a: AreaStatistics): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (path: string, v: unknown) => {
    if (typeof v === 'number') out[path] = (out[path] ?? 0) + v;
    else if (Array.isArray(v))
      for (const item of v)
        put(
          `${path}.${(item as { key?: string; office?: string }).key ?? (item as { office: string }).office}`,
          item,
        );
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) put(`${path}.${k}`, x);
  };
  const { code: _c, name: _n, level: _l, ...rest } = a;
  put('', rest);
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== 0));
}

function sumOf(list: AreaStatistics[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of list) for (const [k, v] of Object.entries(numbers(a))) out[k] = (out[k] ?? 0) + v;
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== 0));
}

for (const mode of dbModes()) {
  describe(`round statistics (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let T2 = '';
    let B1 = '';
    const base = `/api/rounds/${ROUND}`;

    before(async () => {
      t = await startTestApp(mode);
      ({ T2, B1 } = await loadStatisticsFixture(t.database));
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
    });
    after(() => t.close());

    test('the county: turnout, 一肩挑, 交叉任职, 两委 headcount, structure, coverage, as counted by hand', async () => {
      const res = await county('GET', `${base}/statistics?bands=35,45,55`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const a: AreaStatistics = res.body.area;
      assert.equal(a.code, COUNTY);
      assert.equal(a.level, 'county');
      assert.equal(res.body.referenceDate, '2017-04-20');
      assert.equal(a.villages + a.communities, 4);
      assert.deepEqual(
        [a.withResult, a.completed, a.postponed, a.failed, a.firstVoteSuccess],
        [3, 3, 1, 0, 2],
      );
      assert.deepEqual(a.turnout, { num: 1950, den: 2300 });
      assert.equal(percent(a.turnout), '84.78%');
      assert.deepEqual(a.previousTurnout, { num: 1200, den: 1470 });
      assert.equal(a.comparableVoted - a.previousTurnout!.num, 150);
      assert.deepEqual(a.oneShoulder, { num: 2, den: 3 });
      assert.deepEqual(a.crossServing, { num: 4, den: 6 });
      assert.equal(a.twoCommitteesHeadcount, 9);
      assert.equal(a.committee.people, 7);
      assert.equal(a.partyCommittee.people, 6);
      const two = a.twoCommittees;
      assert.deepEqual([two.people, two.women, two.partyMembers], [9, 3, 6]);
      assert.deepEqual([two.incumbents, two.incumbencyKnown], [3, 9]);
      assert.deepEqual([a.committee.incumbents, a.partyCommittee.incumbents], [2, 1]);
      assert.equal(two.ageSum, 383);
      assert.deepEqual(
        two.ageBands.parts.map((p) => [p.label, p.count]),
        [
          ['35岁及以下', 2],
          ['36–45岁', 3],
          ['46–55岁', 3],
          ['56岁及以上', 1],
        ],
      );
      assert.deepEqual(Object.fromEntries(two.education.parts.map((p) => [p.key, p.count])), {
        primary: 1,
        junior: 3,
        senior: 3,
        college: 1,
        bachelor: 1,
        postgraduate: 0,
        unknown: 0,
      });
      assert.deepEqual(
        two.ethnicity.parts.map((p) => [p.label, p.count]),
        [
          ['汉族', 6],
          ['畲族', 3],
        ],
      );
      assert.deepEqual(a.coverage, { woman: 3, college: 2, young: 2, of: 3 });
      assert.deepEqual(
        a.committeeByOffice.map((o) => [o.title, o.structure.people, o.structure.women]),
        [
          ['主任', 3, 1],
          ['副主任', 1, 0],
          ['妇女委员', 2, 2],
          ['委员', 1, 0],
        ],
      );
      assert.equal(res.body.previous.area.twoCommitteesHeadcount, 4);
    });

    test('the county is the sum of its townships, a township the sum of its villages', async () => {
      const res = await county('GET', `${base}/statistics`);
      const children: AreaStatistics[] = res.body.children;
      assert.deepEqual(
        children.map((c) => c.code),
        [T1, T2].sort(),
      );
      assert.deepEqual(numbers(res.body.area), sumOf(children));
      for (const tw of children) {
        const r = await county('GET', `${base}/statistics?area=${tw.code}`);
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.area, tw);
        assert.equal(r.body.children.length, 2);
        assert.deepEqual(numbers(r.body.area), sumOf(r.body.children));
      }
      const t1 = children.find((c) => c.code === T1)!;
      assert.deepEqual(
        [t1.oneShoulder, t1.crossServing, t1.twoCommitteesHeadcount],
        [{ num: 1, den: 2 }, { num: 3, den: 5 }, 7],
      );
      const village = await county('GET', `${base}/statistics?area=${B1}`);
      assert.equal(village.body.area.level, 'village');
      assert.deepEqual(village.body.children, []);
      assert.deepEqual(village.body.area.coverage, { woman: 1, college: 0, young: 1, of: 1 });
    });

    test('the service answers what the route answers (the summary report reads it directly)', async () => {
      const round = await getRoundRow(t.database.db, ROUND);
      const direct = await areaStatistics(t.database.db, round, T1, [35, 45, 55]);
      const viaRoute = (await county('GET', `${base}/statistics?area=${T1}`)).body;
      assert.deepEqual(direct.area, viaRoute.area);
      assert.deepEqual(
        direct.children.map((c) => c.code),
        [A1, A2],
      );
    });

    test('a township sees its own villages only', async () => {
      const own = await township('GET', `${base}/statistics`);
      assert.equal(own.status, 200, JSON.stringify(own.body));
      assert.equal(own.body.area.code, T1);
      assert.deepEqual(
        own.body.children.map((c: AreaStatistics) => c.code),
        [A1, A2],
      );
      assert.equal((await township('GET', `${base}/statistics?area=${COUNTY}`)).status, 403);
      assert.equal((await township('GET', `${base}/statistics?area=${T2}`)).status, 403);
      assert.equal((await township('GET', `${base}/statistics.xlsx?area=${B1}&chart=age`)).status, 403);
    });

    test('bad age bands are refused in Chinese', async () => {
      const res = await county('GET', `${base}/statistics?bands=45,35`);
      assert.equal(res.status, 400);
      assert.match(res.body.message, /年龄段/);
      const other = await county('GET', `${base}/statistics?bands=30,55,60`);
      assert.deepEqual(
        other.body.area.twoCommittees.ageBands.parts.map((p: { count: number }) => p.count),
        [1, 7, 1, 0],
      );
    });

    test('one chart exports its data as xlsx with Chinese headers', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${base}/statistics.xlsx?chart=office-sex`,
        cookies: { hj_session: await sessionOf(t, 'county') },
      });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-disposition']), /attachment/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const header = rows.findIndex((r) => r[0] === '组织');
      assert.deepEqual(rows[header], ['组织', '职务', '男', '女', '合计', '女性占比']);
      const total = rows.find((r) => r[1] === '合计')!;
      assert.deepEqual(total.slice(2), [6, 3, 9, '33.33%']);
      const bad = await county('GET', `${base}/statistics.xlsx?chart=nope`);
      assert.equal(bad.status, 400);
    });

    test('the county sets targets (audited); the statistics show each with its gap; a township cannot', async () => {
      const put = await county('PUT', `${base}/targets`, {
        items: [
          { indicator: 'one-shoulder', targetBp: 9000 },
          { indicator: 'turnout', targetBp: 8000 },
        ],
      });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const list = await county('GET', `${base}/targets`);
      assert.equal(
        list.body.items.find((i: { indicator: string }) => i.indicator === 'one-shoulder').targetBp,
        9000,
      );
      const res = await county('GET', `${base}/statistics`);
      assert.deepEqual(
        res.body.targets.map((c: { indicator: string; met: boolean; gapCentiPoints: number }) => [
          c.indicator,
          c.met,
          c.gapCentiPoints,
        ]),
        [
          ['turnout', true, 478],
          ['one-shoulder', false, -2333],
        ],
      );
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'statistics.targets-set'), eq(auditLog.entityId, ROUND)));
      assert.equal(audit.length, 1);
      assert.deepEqual(audit[0]!.before, []);
      assert.equal((await township('PUT', `${base}/targets`, { items: [] })).status, 403);
      const bad = await county('PUT', `${base}/targets`, {
        items: [{ indicator: 'one-shoulder', targetBp: 12000 }],
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /10000/);
    });
  });
}

async function sessionOf(t: TestApp, username: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: (await import('../src/demo/demo.js')).DEMO_PASSWORD },
  });
  return res.cookies.find((c) => c.name === 'hj_session')!.value;
}
