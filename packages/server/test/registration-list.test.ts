/** Issue 4 items 2–4: eligibility reasons, registered twice, publication (B-1), masking, the CLI. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addDays } from '@huanjie/core';
import { openDatabase } from '../src/db/connect.js';
import { chinaToday } from '../src/registration/today.js';
import { loginAs, startTestApp, type TestApp, TODAY } from './support/app.js';
import { dbModes } from './support/db.js';
import { demoTarball } from './support/demo-template.js';
import { idNumber, person, registerCsv, registerXlsx, uploaderFor } from './support/registration.js';

const A = '331127205201';
const B = '331127205202';

for (const mode of dbModes()) {
  describe(`voter list (${mode})`, () => {
    let t: TestApp;
    let roundId = '';
    let county: Awaited<ReturnType<typeof loginAs>>;
    let upload: Awaited<ReturnType<typeof uploaderFor>>;
    const base = (v: string) => `/api/rounds/${roundId}/villages/${v}`;
    let electionDay = '';
    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      roundId = (await county('GET', '/api/rounds?region=331127205')).body.items[0].id;
      upload = await uploaderFor(t.app, 'county');
      const round = await county('GET', `/api/rounds/${roundId}`);
      electionDay = round.body.villages.find((v: { code: string }) => v.code === A).electionDay;
    });
    after(() => t.close());

    test('eligibility reasons are computed from the rule set and election day', async () => {
      const minor = addDays(electionDay as never, 1).replace(/^(\d{4})/, (y) => String(Number(y) - 18));
      const rows = [
        person(1, { name: '未成年', sex: '男', idNumber: idNumber(minor, 1, 'M') }),
        person(2, { name: '外出者', residence: '外出', awayTo: '杭州' }),
        person(3, { name: '外来者', hukou: '户籍不在本村' }),
        person(4, { name: '普通人' }),
      ];
      const res = await upload(
        `${base(A)}/voters/imports?fileName=e.xlsx&wait=true`,
        await registerXlsx(rows),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const list = (await county('GET', `${base(A)}/voters`)).body.items as {
        name: string;
        id: string;
        eligibility: string;
        category: string | null;
        ineligibleReasons: { rule: string; reason: string }[];
      }[];
      const by = (n: string) => list.find((v) => v.name === n)!;
      assert.match(by('未成年').ineligibleReasons[0]!.reason, /未满18周岁/);
      assert.equal(by('未成年').ineligibleReasons[0]!.rule, 'A-1;A-5');
      assert.match(by('外出者').ineligibleReasons[0]!.reason, /本人未表示参加选举/);
      assert.equal(by('普通人').category, '1');
      // the declaration makes 外出者 category (2); deprivation of political rights excludes 普通人
      const p2 = (await county('GET', `${base(A)}/voters/${by('外出者').id}`)).body.voter;
      const put = await county('PUT', `${base(A)}/voters/${p2.id}`, { ...p2, declaredOn: TODAY });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.equal(put.body.category, '2');
      const p4 = (await county('GET', `${base(A)}/voters/${by('普通人').id}`)).body.voter;
      const dep = await county('PUT', `${base(A)}/voters/${p4.id}`, {
        ...p4,
        deprivedOfPoliticalRights: true,
      });
      assert.equal(dep.body.eligibility, 'ineligible');
      assert.match(dep.body.ineligibleReasons[0].reason, /剥夺政治权利/);
      await county('PUT', `${base(A)}/voters/${p4.id}`, { ...p4, deprivedOfPoliticalRights: false });
      // category (3): a year's residence, an application and a recorded meeting decision
      const p3 = (await county('GET', `${base(A)}/voters/${by('外来者').id}`)).body.voter;
      await county('PUT', `${base(A)}/voters/${p3.id}`, { ...p3, yearsInVillage: 3 });
      const d = await county('POST', `${base(A)}/decisions`, {
        body: 'representatives-meeting',
        decidedOn: TODAY,
        subject: '同意外来者参加选举',
        minutesRef: '代表会议纪要第1号',
      });
      assert.equal(d.status, 201, JSON.stringify(d.body));
      const linked = await county('POST', `${base(A)}/decisions/${d.body.id}/voters`, {
        voterIds: [p3.id],
        appliedOn: TODAY,
      });
      assert.equal(linked.body.items[0].category, '3');
      const history = (await county('GET', `${base(A)}/voters/${p3.id}`)).body.history;
      assert.deepEqual(
        history.map((h: { action: string }) => h.action),
        ['voter.update', 'voter.approve'],
      );
    });

    test('registered twice is flagged to both villages and cleared by a removal with reason', async () => {
      const shared = person(50, { name: '两头登' });
      await upload(`${base(A)}/voters/imports?fileName=a.xlsx&wait=true`, await registerXlsx([shared]));
      const res = await upload(
        `${base(B)}/voters/imports?fileName=b.xlsx&wait=true`,
        await registerXlsx([shared, person(51)]),
      );
      assert.equal(res.status, 201);
      assert.deepEqual(res.body.registeredTwice.map((h: { villageCode: string }) => h.villageCode).sort(), [
        A,
        B,
      ]);
      const township = await loginAs(t.app, 'township');
      const check = await township('GET', '/api/regions/331127205/registered-twice');
      assert.equal(check.status, 200);
      assert.equal(check.body.items.length, 2);
      const flaggedA = await county('GET', `${base(A)}/voters?twice=true`);
      assert.equal(flaggedA.body.total, 1);
      assert.equal(flaggedA.body.items[0].registeredTwice, true);
      const village = await loginAs(t.app, 'village');
      assert.equal((await village('GET', '/api/regions/331127205/registered-twice')).status, 403);
      const id = flaggedA.body.items[0].id;
      const removed = await county('POST', `${base(A)}/voters/${id}/remove`, {
        reason: '已在吴布村登记',
        changedOn: TODAY,
      });
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      assert.equal((await township('GET', '/api/regions/331127205/registered-twice')).body.items.length, 0);
      assert.equal((await county('GET', `${base(B)}/voters?twice=true`)).body.total, 0);
    });

    test('publication numbers the list, flags a late one with the rule, and ID numbers are masked', async () => {
      const ok = await county('POST', `${base(A)}/publications`, { publishedOn: chinaToday() });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.equal(ok.body.late, false);
      assert.equal(ok.body.dueOn, addDays(electionDay as never, -20));
      const listed = (await county('GET', `${base(A)}/voters?listStatus=listed&pageSize=200`)).body.items;
      assert.ok(listed.length >= 3);
      assert.deepEqual(
        listed.map((v: { voterNo: number }) => v.voterNo).sort((a: number, b: number) => a - b),
        listed.map((_: unknown, i: number) => i + 1),
      );
      // village B's election day moved close: publishing today is late (B-1)
      const near = addDays(chinaToday(), 10);
      assert.equal(
        (await county('PUT', `/api/rounds/${roundId}/villages/${B}`, { electionDay: near, included: true }))
          .status,
        200,
      );
      const late = await county('POST', `${base(B)}/publications`, { publishedOn: chinaToday() });
      assert.equal(late.body.late, true);
      assert.equal(late.body.rule, 'B-1');
      // 补登 after publication goes to the end of the numbers, with a list_changes entry
      const pending = (await county('GET', `${base(A)}/voters?listStatus=removed`)).body.items[0];
      const added = await county('POST', `${base(A)}/voters/${pending.id}/add`, {
        reason: '申诉成立',
        changedOn: chinaToday(),
      });
      assert.equal(added.status, 200, JSON.stringify(added.body));
      assert.equal(added.body.voter.voterNo, listed.length + 1);
      assert.equal(added.body.change.kind, 'add');

      const observer = await loginAs(t.app, 'observer');
      const seen = (await observer('GET', `${base(A)}/voters`)).body.items[0].idNumber as string;
      assert.match(seen, /^\d{4}\*{10}[\dX]{4}$/);
      const whole = (await county('GET', `${base(A)}/voters`)).body.items[0].idNumber as string;
      assert.match(whole, /^\d{17}[\dX]$/);
      const page = await observer('GET', `${base(A)}/voters/${pending.id}`);
      assert.doesNotMatch(JSON.stringify(page.body), /\d{17}[\dX]/);
      assert.equal(
        (await observer('POST', `${base(A)}/voters/${pending.id}/remove`, { reason: 'x', changedOn: TODAY }))
          .status,
        403,
      );
    });
  });
}

describe('huanjie voters import (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huanjie-cli-'));
  const cli = resolve(import.meta.dirname, '..', 'bin', 'huanjie.mjs');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, 'voters', 'import', ...args], {
      encoding: 'utf8',
      env: { ...process.env, HUANJIE_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
    });
  before(async () => {
    // the CLI's data directory starts as the tests' migrated demo county (a fresh migration took ~20 s)
    const from = await demoTarball(TODAY);
    const db = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), from });
    await db.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('prints the counts, rejected rows on stderr, exit 0; exit 2 when unreadable', () => {
    const file = join(dir, 'r.csv');
    writeFileSync(file, registerCsv([person(1), person(2, { sex: '' })]));
    const partial = run(file, '--village', A, '--commit-valid');
    assert.equal(partial.status, 0, partial.stderr);
    assert.equal(partial.stdout.trim(), 'imported 1, updated 0, rejected 1');
    assert.match(partial.stderr, /第3行：性别未填写/);
    const missing = run(join(dir, 'nope.xlsx'), '--village', A);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /无法读取/);
    assert.equal(run(file).status, 2);
  });
});
