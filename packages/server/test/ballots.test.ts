/**
 * Issue 5 item 9: ballots under zhejiang-2020 — print counts per polling place (voters there plus the
 * committee's reserve, every voter counted once), numbered runs with serial ranges per place that never
 * repeat a number, the ballot PDF (candidates in 姓氏笔画 order, 另选他人 lines as many as seats, the
 * 单列妇女委员 part, the instructions from the rule set: E-2, E-3, E-5, E-6, F-9) and the sample (样票).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getRuleSet, sortByStrokes } from '@huanjie/core';
import { eq } from 'drizzle-orm';
import { ballotRanges } from '../src/db/schema.js';
import { firstPagePng, orderProblem, pdfPages, pdfText } from './documents/pdf-tools.js';
import { CANDIDATES, GROUPS, OFFICES, OTHERS, setUpPollingVillage } from './polling-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';
const WUBU = '331127205202';
const zhejiang = getRuleSet('zhejiang-2020')!;
const VOTERS = CANDIDATES.length + OTHERS.length;
const SEATS = OFFICES.reduce((n, o) => n + o.seats, 0);

interface Count {
  placeId: string;
  name: string;
  voters: number;
  reserve: number;
  total: number;
}

for (const mode of dbModes()) {
  describe(`ballots (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let village: Caller;
    let clerk: Caller;
    let observer: Caller;
    let roundId = '';
    let polling = '';
    let base = '';
    let people: Record<string, string> = {};
    let runId = '';

    const pdf = async (caller: string, url: string) => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: caller, password: 'Huanjie@2020' },
      });
      const cookie = login.cookies.find((c) => c.name === 'hj_session')!.value;
      return t.app.inject({ method: 'GET', url, cookies: { hj_session: cookie } });
    };

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      observer = await loginAs(t.app, 'observer');
      roundId = await demoRoundId(county);
      polling = `/api/rounds/${roundId}/villages/${LIUSHAN}/polling`;
      base = `/api/rounds/${roundId}/villages/${LIUSHAN}/ballots`;
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      ({ voters: people } = await setUpPollingVillage(t.database, village, roundId, LIUSHAN));
    });
    after(() => t.close());

    test('B-7: no numbered ballots before the polling plan is published', async () => {
      const state = await clerk('GET', base);
      assert.equal(state.status, 200, JSON.stringify(state.body));
      assert.deepEqual(
        state.body.problems.map((p: { field: string }) => p.field),
        ['投票安排'],
      );
      const run = await village('POST', `${base}/runs`);
      assert.equal(run.status, 409);
      assert.match(run.body.message, /投票安排尚未公布/);
    });

    test('set up and publish a plan: the venue, a station for the third group, a mobile box', async () => {
      await clerk('PUT', `${polling}/venue`, {
        place: '柳山村文化礼堂',
        opensAt: '08:00',
        closesAt: '12:00',
      });
      const station = await clerk('POST', `${polling}/places`, {
        kind: 'station',
        name: '第三投票站',
        place: '郑家祠堂',
        groups: [GROUPS[2]],
      });
      const box = await clerk('POST', `${polling}/places`, {
        kind: 'mobile',
        name: '东坑流动票箱',
        place: '村委会',
      });
      await clerk('PUT', `${polling}/places/${box.body.id}/voters`, { voterIds: [people.郑五, people.陈一] });
      const central = (await clerk('GET', polling)).body.places[0].id;
      const add = async (placeId: string, role: string, name: string) => {
        const res = await clerk('POST', `${polling}/staff`, { placeId, role, voterId: people[name] });
        assert.equal(res.status, 201, `${name}: ${JSON.stringify(res.body)}`);
      };
      for (const [role, name] of [
        ['caller', '周一'],
        ['counter', '周二'],
        ['chief-scrutineer', '周三'],
        ['scrutineer', '周四'],
        ['scrutineer', '郑一'],
      ])
        await add(central, role!, name!);
      for (const name of ['郑二', '郑三', '郑四']) await add(station.body.id, 'scrutineer', name);
      for (const name of ['陈二', '陈三', '刘妻']) await add(box.body.id, 'scrutineer', name);
      assert.equal((await township('POST', `${polling}/places/${box.body.id}/approve`, {})).status, 200);
      const pub = await village('POST', `${polling}/publish`, { publishedOn: day(0) });
      assert.equal(pub.status, 200, JSON.stringify(pub.body));
    });

    test('print counts: each place its voters plus the reserve; they add up, every voter once', async () => {
      const saved = await village('PUT', `${base}/settings`, {
        layout: 'single',
        paper: 'A4',
        reserve: { kind: 'percent', value: 10 },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const observed = await observer('PUT', `${base}/settings`, {
        layout: 'single',
        paper: 'A4',
        reserve: { kind: 'number', value: 1 },
      });
      assert.equal(observed.status, 403);
      const state = (await clerk('GET', base)).body;
      assert.deepEqual(state.problems, []);
      const counts = state.counts as Count[];
      assert.deepEqual(
        counts.map((c) => c.name),
        ['中心会场', '第三投票站', '东坑流动票箱'],
      );
      const group3 = 3 + OTHERS.filter((o) => o[2] === GROUPS[2]).length;
      assert.deepEqual(
        counts.map((c) => c.voters),
        [VOTERS - group3 - 1, group3 - 1, 2],
      );
      for (const c of counts) {
        assert.equal(c.reserve, Math.ceil((c.voters * 10) / 100), c.name);
        assert.equal(c.total, c.voters + c.reserve);
      }
      assert.equal(state.totals.voters, VOTERS, 'every voter on the list counted exactly once');
      assert.equal(state.totals.total, VOTERS + counts.reduce((n, c) => n + c.reserve, 0));
    });

    test('a numbered run gives each place a consecutive range; a new run continues the numbers', async () => {
      const res = await village('POST', `${base}/runs`);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      runId = res.body.id;
      const ranges = res.body.ranges as {
        placeName: string;
        fromNo: number;
        toNo: number;
        voters: number;
        reserve: number;
      }[];
      assert.equal(ranges[0]!.fromNo, 1);
      for (let i = 1; i < ranges.length; i++) assert.equal(ranges[i]!.fromNo, ranges[i - 1]!.toNo + 1);
      for (const r of ranges) assert.equal(r.toNo - r.fromNo + 1, r.voters + r.reserve, r.placeName);
      const stored = await t.database.db.select().from(ballotRanges).where(eq(ballotRanges.runId, runId));
      assert.equal(stored.length, 3);

      const state = (await clerk('GET', base)).body;
      assert.equal(state.run.id, runId);
      assert.deepEqual(state.run.stale, []);

      await village('PUT', `${base}/settings`, {
        layout: 'single',
        paper: 'A4',
        reserve: { kind: 'number', value: 2 },
      });
      const stale = (await clerk('GET', base)).body.run.stale as string[];
      assert.equal(stale.length, 1, JSON.stringify(stale));
      const second = await village('POST', `${base}/runs`);
      assert.equal(second.status, 201);
      assert.equal(second.body.version, 2);
      assert.equal(second.body.ranges[0].fromNo, ranges.at(-1)!.toNo + 1, 'no number is printed twice');
      runId = second.body.id;
      assert.equal((await observer('POST', `${base}/runs`)).status, 403);
    });

    test('the ballot PDF: 姓氏笔画 order, 另选他人 lines as many as seats, the 单列妇女委员 part (E-2, E-3, F-9)', async () => {
      const state = (await clerk('GET', base)).body;
      const box = (
        state.run.ranges as { placeId: string; placeName: string; fromNo: number; toNo: number }[]
      ).find((r) => r.placeName === '东坑流动票箱')!;
      const res = await pdf('clerk', `${base}/runs/${runId}/ballots.pdf?place=${box.placeId}`);
      assert.equal(res.statusCode, 200);
      const body = res.rawPayload;
      assert.equal(pdfPages(body), box.toNo - box.fromNo + 1, 'one page per ballot of the box');
      const text = pdfText(body);
      const first = text.split('\f')[0]!;
      for (const o of OFFICES) {
        const names = sortByStrokes(
          CANDIDATES.filter((c) => c[2] === o.id),
          (c) => c[0],
        ).map((c) => c[0]);
        assert.equal(orderProblem(first.slice(first.indexOf(o.title)), names), null, o.title);
      }
      assert.ok(first.indexOf('李明') < first.indexOf('张建国'), '李 before 张');
      const grid = first.slice(0, first.indexOf('填写说明'));
      assert.equal(grid.split('另选他人').length - 1, SEATS, 'one 另选他人 line per seat');
      assert.match(first, /妇女委员（单列 · 应选1名 · 只能选女性）/);
      assert.match(first, new RegExp(`No\\.${String(box.fromNo).padStart(6, '0')}`));
      const flat = first.replace(/\s+/g, '');
      assert.match(flat, /主任不超过1名，副主任不超过1名，妇女委员不超过1名，委员不超过2名/);
      assert.match(flat, /任何一个职位所选人数多于应选人数的，整张选票无效/);
      assert.match(flat, /同一人被选为两项以上职务的，整张选票无效/);
      assert.equal(zhejiang.tally.womenRule.value, 'reserved-office');
      const last = text
        .split('\f')
        .filter((p) => p.trim())
        .at(-1)!;
      assert.match(last, new RegExp(`No\\.${String(box.toNo).padStart(6, '0')}`));
      firstPagePng(body, 'ballot-zhejiang');
      assert.equal((await pdf('observer', `${base}/runs/${runId}/ballots.pdf`)).statusCode, 403);
    });

    test('the sample ballot is marked 样票 and carries no number; per-office sheets preview too', async () => {
      const res = await pdf('observer', `${base}/sample.pdf`);
      assert.equal(res.statusCode, 200);
      const text = pdfText(res.rawPayload);
      assert.match(text, /样 票/, "the serial number's place says 样票");
      // the big diagonal mark across the page, drawn last, comes out of pdftotext one character a line
      assert.match(text, /复印的选票无效。\s*样\s*票\s*$/);
      assert.doesNotMatch(text, /No\.\d/);
      assert.equal(pdfPages(res.rawPayload), 1);
      firstPagePng(res.rawPayload, 'ballot-sample');
      const perOffice = await pdf('observer', `${base}/sample.pdf?layout=per-office&paper=A3`);
      assert.equal(pdfPages(perOffice.rawPayload), OFFICES.length);
      assert.match(pdfText(perOffice.rawPayload), /委员选票/);
      firstPagePng(perOffice.rawPayload, 'ballot-sample-per-office-a3');
    });

    test('per-office layout: each voter’s sheets share one number, printed office by office', async () => {
      await village('PUT', `${base}/settings`, {
        layout: 'per-office',
        paper: 'A4',
        reserve: { kind: 'number', value: 0 },
      });
      const state = (await clerk('GET', base)).body;
      assert.deepEqual(
        state.warnings.map((w: { rule: string }) => w.rule),
        ['E-3;E-5'],
      );
      const run = await village('POST', `${base}/runs`);
      assert.equal(run.status, 201, JSON.stringify(run.body));
      const box = run.body.ranges.find((r: { placeName: string }) => r.placeName === '东坑流动票箱');
      const res = await pdf('village', `${base}/runs/${run.body.id}/ballots.pdf?place=${box.placeId}`);
      assert.equal(pdfPages(res.rawPayload), OFFICES.length * 2);
      const pages = pdfText(res.rawPayload).split('\f');
      const serial = (n: number) => `No.${String(n).padStart(6, '0')}`;
      assert.match(pages[0]!, /主任选票/);
      assert.ok(pages[0]!.includes(serial(box.fromNo)));
      assert.ok(pages[1]!.includes(serial(box.fromNo + 1)));
      assert.match(pages[2]!, /副主任选票/);
      assert.ok(pages[2]!.includes(serial(box.fromNo)));
    });

    test('D-2 and E-3/F-9: ballots are refused while an office lacks candidates or the women office is missing', async () => {
      await setElectionDay(county, roundId, WUBU, day(30));
      const w = await setUpPollingVillage(t.database, county, roundId, WUBU);
      const wubu = `/api/rounds/${roundId}/villages/${WUBU}/ballots`;
      // one 主任 candidate withdraws: 1 candidate for 1 seat is no longer a contested election
      const { nominees } = await import('../src/db/schema.js');
      await t.database.db
        .update(nominees)
        .set({ status: 'withdrawn' })
        .where(eq(nominees.id, w.nominees.李明!));
      const state = (await county('GET', wubu)).body;
      const chair = state.problems.find((p: { field: string }) => p.field === '主任');
      assert.ok(chair, JSON.stringify(state.problems));
      assert.equal(chair.rule, zhejiang.nomination.candidateMargin.rule);
      // the sample still shows what the ballot would look like
      assert.equal((await pdf('county', `${wubu}/sample.pdf`)).statusCode, 200);
    });
  });
}
