/** Issue 2 items 2–4: the demo, the division tree, 规模调整村 with history, rounds and their villages. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseCsvLine, villageName } from '../src/regions/division-data.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';

const TOWNSHIP = '331127205';
const DEMO_VILLAGES = ['331127205200', '331127205201', '331127205202', '331127205203'];

test('division data: committee names become place names, with village or community', () => {
  assert.deepEqual(villageName('郑坑村委会'), { name: '郑坑村', kind: 'village' });
  assert.deepEqual(villageName('大洋村民委员会'), { name: '大洋村', kind: 'village' });
  assert.deepEqual(villageName('多福巷社区居委会'), { name: '多福巷社区', kind: 'community' });
  assert.deepEqual(villageName('城东社区居民委员会'), { name: '城东社区', kind: 'community' });
  assert.deepEqual(parseCsvLine('331127205200,"郑坑村委会",331127205,33,3311,331127'), [
    '331127205200',
    '郑坑村委会',
    '331127205',
    '33',
    '3311',
    '331127',
  ]);
});

for (const mode of dbModes()) {
  describe(`regions and rounds (${mode})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(mode);
    });
    after(() => t.close());

    test('the demo township has its four villages from the national data, each with an election day', async () => {
      const township = await loginAs(t.app, 'township');
      const region = await township('GET', `/api/regions/${TOWNSHIP}`);
      assert.equal(region.body.name, '郑坑乡');
      const res = await township('GET', `/api/regions/${TOWNSHIP}/villages`);
      assert.deepEqual(
        res.body.items.map((v: { code: string }) => v.code),
        DEMO_VILLAGES,
      );
      assert.deepEqual(
        res.body.items.map((v: { name: string }) => v.name),
        ['郑坑村', '柳山村', '吴布村', '张坑下村'],
      );
      for (const v of res.body.items) {
        assert.match(v.electionDay, /^\d{4}-\d{2}-\d{2}$/);
        assert.equal(v.roundStatus, 'scheduled');
        assert.deepEqual(
          v.elections.map((e: { kind: string }) => e.kind),
          ['party-org', 'village-committee', 'representatives', 'supervision', 'coop'],
        );
      }
      const county = await loginAs(t.app, 'county');
      const path = await county('GET', '/api/regions/331127205201');
      assert.deepEqual(
        path.body.path.map((p: { name: string }) => p.name),
        ['浙江省', '丽水市', '景宁畲族自治县', '郑坑乡', '柳山村'],
      );
      assert.deepEqual(
        path.body.path.map((p: { inScope: boolean }) => p.inScope),
        [false, false, true, true, true],
      );
    });

    test('set-up: a round lists its rule set, villages and elections in order', async () => {
      const township = await loginAs(t.app, 'township');
      const rounds = await township('GET', `/api/rounds?region=${TOWNSHIP}`);
      assert.equal(rounds.body.items.length, 1);
      const round = rounds.body.items[0];
      assert.equal(round.name, '2020年村级组织换届');
      assert.equal(round.rulesetId, 'zhejiang-2020');
      assert.equal(round.villageCount, 4);
      const detail = await township('GET', `/api/rounds/${round.id}`);
      assert.equal(detail.body.villages.length, 4);
      const rulesets = await township('GET', '/api/rulesets');
      assert.deepEqual(
        rulesets.body.items.map((r: { id: string }) => r.id),
        ['national-2018', 'zhejiang-2020', 'shanghai-2020', 'beijing-2012', 'henan-2011'],
      );
    });

    test('postponing a village moves its day, keeps the reason and is audited', async () => {
      const township = await loginAs(t.app, 'township');
      const round = (await township('GET', `/api/rounds?region=${TOWNSHIP}`)).body.items[0];
      const v = (await township('GET', `/api/rounds/${round.id}`)).body.villages.find(
        (x: { code: string }) => x.code === '331127205202',
      );
      const earlier = await township('POST', `/api/rounds/${round.id}/villages/331127205202/postpone`, {
        newDate: '2020-01-01',
        reason: '道路中断',
      });
      assert.equal(earlier.status, 400);
      assert.match(earlier.body.message, /应晚于原选举日/);
      const later = await township('POST', `/api/rounds/${round.id}/villages/331127205202/postpone`, {
        newDate: '2030-01-05',
        reason: '道路中断',
      });
      assert.equal(later.status, 200);
      const after = (await township('GET', `/api/regions/331127205202/villages`)).body.items[0];
      assert.equal(after.roundStatus, 'postponed');
      assert.equal(after.electionDay, '2030-01-05');
      assert.equal(after.postponedReason, '道路中断');
      const audit = await township('GET', '/api/audit?region=331127205202');
      const entry = audit.body.items.find((a: { action: string }) => a.action === 'round.village.postpone');
      assert.equal(entry.before.electionDay, v.electionDay);
      assert.equal(entry.after.electionDay, '2030-01-05');
    });

    test('a county office merges two villages and splits one, keeping the old ones with their history', async () => {
      const county = await loginAs(t.app, 'county');
      const merged = await county('POST', '/api/regions/merge', {
        fromCodes: ['331127205200', '331127205203'],
        into: { existingCode: '331127205200' },
        reason: '规模调整：张坑下村并入郑坑村',
        effectiveDate: '2026-12-01',
      });
      assert.equal(merged.status, 200, JSON.stringify(merged.body));
      const gone = await county('GET', '/api/regions/331127205203');
      assert.equal(gone.body.status, 'merged');
      const history = await county('GET', '/api/regions/331127205203/history');
      assert.equal(history.body.items[0].kind, 'merge');
      assert.equal(history.body.items[0].reason, '规模调整：张坑下村并入郑坑村');

      const split = await county('POST', '/api/regions/331127205201/split', {
        into: [
          { code: '331127205210', name: '柳山上村' },
          { code: '331127205211', name: '柳山下村' },
        ],
        reason: '人口过多，拆分',
        effectiveDate: '2026-12-01',
      });
      assert.equal(split.status, 200, JSON.stringify(split.body));
      const villages = (await county('GET', `/api/regions/${TOWNSHIP}/villages`)).body.items.map(
        (v: { name: string }) => v.name,
      );
      assert.deepEqual(villages, ['郑坑村', '吴布村', '柳山上村', '柳山下村']);

      const bad = await county('POST', `/api/regions/${TOWNSHIP}/villages`, {
        code: '331127999201',
        name: '外乡村',
        kind: 'village',
        reason: '测试',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /应以所属乡镇代码 331127205 开头/);
      const dup = await county('POST', `/api/regions/${TOWNSHIP}/villages`, {
        code: '331127205202',
        name: '重复',
        kind: 'village',
        reason: '测试',
      });
      assert.equal(dup.status, 409);
    });

    test('a new round for a township takes its active villages with the elections in order', async () => {
      const county = await loginAs(t.app, 'county');
      const created = await county('POST', '/api/rounds', {
        name: '2026年村级组织换届',
        regionCode: TOWNSHIP,
        rulesetId: 'zhejiang-2020',
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.rulesetTitle.length > 0, true);
      const bad = await county('POST', '/api/rounds', {
        name: '错',
        regionCode: '331127205201',
        rulesetId: 'zhejiang-2020',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /只能按县（市、区）或乡镇（街道）组织/);
      const unknown = await county('POST', '/api/rounds', {
        name: '错',
        regionCode: TOWNSHIP,
        rulesetId: 'mars-2099',
      });
      assert.match(unknown.body.message, /规则集 mars-2099 不存在/);
    });

    test('bad input is refused with a Chinese message naming the field', async () => {
      const township = await loginAs(t.app, 'township');
      const round = (await township('GET', `/api/rounds?region=${TOWNSHIP}`)).body.items.at(-1);
      const res = await township('PUT', `/api/rounds/${round.id}/villages/331127205202`, {
        electionDay: '2027/01/05',
        included: true,
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.code, 'VALIDATION');
      assert.match(res.body.message, /^选举日：日期格式应为 YYYY-MM-DD/);
      const missing = await township('POST', '/api/users', {
        displayName: 'x',
        role: 'clerk',
        regionCode: '331127205202',
        password: 'abc12345',
      });
      assert.match(missing.body.message, /用户名/);
    });

    test('the OpenAPI document lists the API', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
      assert.equal(res.statusCode, 200);
      const doc = JSON.parse(res.body);
      assert.ok(doc.paths['/api/rounds/{id}/villages/{code}/postpone']);
      assert.ok(doc.paths['/api/auth/login'].post.requestBody);
    });
  });
}
