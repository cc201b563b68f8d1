/**
 * Issue 5 item 7: the formal candidate list (正式候选人名单) under zhejiang-2020 — formal candidates are
 * the slate through the joint review (D-9), per office by nomination votes (浙江 Art 18, B-4; the
 * 自荐人名单 in 姓氏笔画 order, B-6); published by E−5 (B-4), a late
 * publication recorded as late with the rule and the schedule step recorded; the announcement and one
 * introduction per candidate as PDFs; the candidates' meeting with villagers recorded (D-3).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { scheduleSteps } from '../src/db/schema.js';
import { chinaToday } from '../src/registration/today.js';
import { firstPagePng, orderProblem, pdfPages, pdfText } from './documents/pdf-tools.js';
import { type ReviewVillage, setUpReviewVillage } from './review-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LATE_VILLAGE = '331127205201'; // 柳山村: election day in 3 days, so E−5 is past
const ON_TIME_VILLAGE = '331127205202'; // 吴布村: election day in 10 days
const SELF_VILLAGE = '331127205203'; // 张坑下村: 自荐直选

for (const mode of dbModes()) {
  describe(`candidate list (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let village: Caller;
    let observer: Caller;
    let roundId = '';
    let departments: string[] = [];
    let late: ReviewVillage;
    let onTime: ReviewVillage;
    const base = (code: string) => `/api/rounds/${roundId}/villages/${code}`;

    async function passAll(code: string, ids: readonly string[]) {
      for (const id of ids)
        for (const d of departments) {
          const res = await township('PUT', `${base(code)}/review/${id}/verdicts/${d}`, { verdict: 'pass' });
          assert.equal(res.status, 200, JSON.stringify(res.body));
        }
    }

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      village = await loginAs(t.app, 'village');
      observer = await loginAs(t.app, 'observer');
      roundId = await demoRoundId(county);
      await setElectionDay(county, roundId, LATE_VILLAGE, day(3));
      await setElectionDay(county, roundId, ON_TIME_VILLAGE, day(10));
      await setElectionDay(county, roundId, SELF_VILLAGE, day(10));
      late = await setUpReviewVillage(t.database, county, roundId, LATE_VILLAGE);
      onTime = await setUpReviewVillage(t.database, county, roundId, ON_TIME_VILLAGE);
      departments = (await county('GET', `/api/rounds/${roundId}/review-settings`)).body.departments.map(
        (d: { id: string }) => d.id,
      );
    });
    after(() => t.close());

    test('D-9: the list cannot be published while a review is unfinished', async () => {
      await passAll(LATE_VILLAGE, [late.nominees.张伟!]);
      const view = await village('GET', `${base(LATE_VILLAGE)}/candidates`);
      assert.equal(view.status, 200);
      assert.equal(view.body.title, '正式候选人名单');
      assert.ok(view.body.problems.some((p: { rule: string }) => p.rule === 'D-9'));
      const res = await village('POST', `${base(LATE_VILLAGE)}/candidates/publications`, {
        publishedOn: day(0),
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.code, 'RULE_VIOLATION');
      assert.match(res.body.message, /联审尚未完成.*D-9/);
    });

    test('B-4: under zhejiang-2020 the formal candidates per office are listed by nomination votes, most first', async () => {
      // 赵强 fails; 李明 (next by votes) moves onto the slate and passes
      await township('PUT', `${base(LATE_VILLAGE)}/review/${late.nominees.赵强}/verdicts/court`, {
        verdict: 'fail',
        conditionItemId: 'blb-3',
        note: '列入失信被执行人名单',
      });
      await passAll(
        LATE_VILLAGE,
        ['李明', '雷建国', '蓝秀英', '吴晓红'].map((n) => late.nominees[n]!),
      );
      const view = await village('GET', `${base(LATE_VILLAGE)}/candidates`);
      assert.deepEqual(view.body.problems, []);
      assert.deepEqual(
        view.body.offices.map((o: { title: string; candidates: { name: string }[] }) => [
          o.title,
          o.candidates.map((c) => c.name),
        ]),
        [
          ['主任', ['张伟', '李明']],
          ['委员', ['雷建国', '蓝秀英', '吴晓红']],
        ],
      );
      assert.deepEqual(view.body.order, { by: 'votes', rule: 'B-4' });
      assert.deepEqual(
        view.body.offices[0].candidates.map((c: { nominationVotes: number }) => c.nominationVotes),
        [50, 30],
      );
      const li = view.body.offices[0].candidates[1];
      assert.equal(li.replacesName, '赵强', 'a back-filled candidate says whom it replaced (B-5)');
    });

    test('B-4: published after E−5 the list is recorded late with the rule, and the schedule step is done', async () => {
      const future = await village('POST', `${base(LATE_VILLAGE)}/candidates/publications`, {
        publishedOn: day(1),
      });
      assert.equal(future.status, 400);
      assert.equal(
        (await observer('POST', `${base(LATE_VILLAGE)}/candidates/publications`, { publishedOn: day(0) }))
          .status,
        403,
      );
      const res = await village('POST', `${base(LATE_VILLAGE)}/candidates/publications`, {
        publishedOn: day(0),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.late, true);
      assert.equal(res.body.dueOn, day(-2));
      assert.match(res.body.rule, /B-4/);
      assert.match(res.body.lateReason, /B-4.*迟了2天/);
      assert.deepEqual(
        res.body.candidates.map((c: { name: string }) => c.name),
        ['张伟', '李明', '雷建国', '蓝秀英', '吴晓红'],
      );
      const [step] = await t.database.db
        .select()
        .from(scheduleSteps)
        .where(and(eq(scheduleSteps.villageCode, LATE_VILLAGE), eq(scheduleSteps.stepId, 'candidate-list')));
      assert.equal(step?.doneOn, chinaToday());
      assert.equal(step?.source, 'candidate-list.publish');
      const schedule = await village('GET', `${base(LATE_VILLAGE)}/schedule`);
      const listStep = schedule.body.steps?.find((s: { id: string }) => s.id === 'candidate-list');
      if (listStep) assert.equal(listStep.state, 'done-late');
    });

    test('B-4: published by E−5 the list is on time', async () => {
      await passAll(
        ON_TIME_VILLAGE,
        ['张伟', '赵强', '雷建国', '蓝秀英', '吴晓红'].map((n) => onTime.nominees[n]!),
      );
      const res = await village('GET', `${base(ON_TIME_VILLAGE)}/candidates`);
      assert.equal(res.status, 403, 'the village user is 柳山村’s');
      const pub = await township('POST', `${base(ON_TIME_VILLAGE)}/candidates/publications`, {
        publishedOn: day(0),
      });
      assert.equal(pub.status, 201, JSON.stringify(pub.body));
      assert.equal(pub.body.late, false);
      assert.equal(pub.body.lateReason, null);
    });

    test('the announcement PDF lists 张伟 (50 votes) before 李明 (30) under 主任, signed by the committee', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${base(LATE_VILLAGE)}/candidates.pdf`,
        cookies: { hj_session: await sessionOf('village') },
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const pdf = res.rawPayload;
      const text = pdfText(pdf);
      assert.match(text, /柳山村本届村民委员会成员正式候选人名单公告/);
      assert.equal(orderProblem(text, ['主任', '张伟', '李明', '委员', '雷建国', '蓝秀英', '吴晓红']), null);
      assert.match(text, /按提名得票多少为序/);
      assert.match(text, /柳山村村民选举委员会（盖章）/);
      assert.doesNotMatch(text, /草稿/, 'published: no draft mark');
      assert.doesNotMatch(text, /赵强/);
      firstPagePng(pdf, 'candidate-list');
    });

    test('each candidate’s one-page introduction carries the bio entered in the web app', async () => {
      const id = late.nominees.李明!;
      const bad = await village('PUT', `${base(LATE_VILLAGE)}/candidates/${id}/bio`, {
        experience: [{ from: '2010-13', to: null, what: '务农' }],
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /主要经历第1行/);
      const res = await village('PUT', `${base(LATE_VILLAGE)}/candidates/${id}/bio`, {
        education: '大专',
        politicalStatus: '中共党员',
        currentPost: '村股份经济合作社社员',
        experience: [
          { from: '2005-07', to: '2015-12', what: '在杭州经营茶叶销售' },
          { from: '2016-01', to: null, what: '回村创办家庭农场' },
        ],
        plans: '发展高山茶产业，完善村道路灯，按时公开村务财务。',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const view = await village('GET', `${base(LATE_VILLAGE)}/candidates`);
      assert.equal(view.body.offices[0].candidates[1].bio.education, '大专');
      const pdf = (
        await t.app.inject({
          method: 'GET',
          url: `${base(LATE_VILLAGE)}/candidate-bios.pdf`,
          cookies: { hj_session: await sessionOf('village') },
        })
      ).rawPayload;
      assert.equal(pdfPages(pdf), 5, 'one page per formal candidate');
      const text = pdfText(pdf);
      assert.equal(orderProblem(text, ['李明', '张伟', '吴晓红', '蓝秀英', '雷建国']), null);
      assert.match(text, /主任候选人简历/);
      assert.match(text, /2016\.01—至今/);
      assert.match(text, /发展高山茶产业/);
      firstPagePng(pdf, 'candidate-bios');
    });

    test('D-3: the candidates’ meeting with villagers is recorded with date, place and attendance', async () => {
      const future = await village('POST', `${base(LATE_VILLAGE)}/candidates/meetings`, {
        heldOn: day(1),
        place: '村文化礼堂',
        attendance: 10,
      });
      assert.equal(future.status, 400);
      const res = await village('POST', `${base(LATE_VILLAGE)}/candidates/meetings`, {
        heldOn: day(0),
        place: '村文化礼堂',
        attendance: 136,
        candidateIds: [late.nominees.李明, late.nominees.张伟],
        notes: '村民就茶园道路、低保评定提问，候选人一一作答',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const view = await village('GET', `${base(LATE_VILLAGE)}/candidates`);
      assert.equal(view.body.meetings.length, 1);
      assert.equal(view.body.meetings[0].attendance, 136);
      const del = await village('DELETE', `${base(LATE_VILLAGE)}/candidates/meetings/${res.body.id}`);
      assert.equal(del.status, 204);
    });

    test('D-8/B-6: in a self-nomination election the page is the 自荐人名单, published on the nomination page', async () => {
      const self = await setUpReviewVillage(t.database, county, roundId, SELF_VILLAGE, { mode: 'self' });
      await passAll(SELF_VILLAGE, [self.nominees.张伟!, self.nominees.李明!]);
      const view = await township('GET', `${base(SELF_VILLAGE)}/candidates`);
      assert.equal(view.status, 200);
      assert.equal(view.body.kind, 'self');
      assert.equal(view.body.title, '自荐人名单');
      assert.deepEqual(
        view.body.offices[0].candidates.map((c: { name: string }) => c.name),
        ['李明', '张伟'],
      );
      const pub = await township('POST', `${base(SELF_VILLAGE)}/candidates/publications`, {
        publishedOn: day(0),
      });
      assert.equal(pub.status, 400);
      assert.match(pub.body.message, /自荐人名单在“提名”页/);
      const pdf = (
        await t.app.inject({
          method: 'GET',
          url: `${base(SELF_VILLAGE)}/candidates.pdf`,
          cookies: { hj_session: await sessionOf('township') },
        })
      ).rawPayload;
      const text = pdfText(pdf);
      assert.match(text, /自荐人名单公告/);
      assert.match(text, /草稿/);
      assert.equal(orderProblem(text, ['李明', '张伟']), null);
    });

    async function sessionOf(username: string): Promise<string> {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'Huanjie@2020' },
      });
      return res.cookies.find((c) => c.name === 'hj_session')!.value;
    }
  });
}
