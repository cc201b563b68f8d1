/**
 * Issue 5 item 1: the schedule (日程). Every step's due day comes from election day and the rule
 * set (B-1..B-11, C-3, C-4) and is never stored; its status is judged on a given day; acts of the
 * system record their steps (the voter list, objection decisions); offices add local steps, the
 * county enters holidays; the township sees the late steps of all its villages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, getRuleSet, type IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { elections, seatPlans } from '../src/db/schema.js';
import type { ScheduleStep } from '../src/preparation/schedule/compute.js';
import { villageSchedule } from '../src/preparation/schedule/service.js';
import { villageContext } from '../src/registration/village.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, publishList, setElectionDay } from './support/village-people.js';

const ZHENGKENG = '331127205200';
const LIUSHAN = '331127205201';
const WUBU = '331127205202';
const ZHANGKENGXIA = '331127205203';
const TOWNSHIP = '331127205';
const calendar = getRuleSet('zhejiang-2020')!.calendar;
const LIST_DAYS = calendar.voterListDaysBefore.value; // B-1: 20
const CANDIDATE_DAYS = calendar.candidateListDaysBefore.value!; // B-4: 5
const WINDOW = calendar.objectionWindowDays.value; // B-2: 5
const DECIDE = calendar.objectionDecisionDays.value; // B-3: 3

const stepOf = (steps: readonly ScheduleStep[], id: string): ScheduleStep => {
  const s = steps.find((x) => x.id === id);
  assert.ok(s, `no step ${id} in ${steps.map((x) => x.id).join(',')}`);
  return s;
};

for (const mode of dbModes()) {
  describe(`schedule (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let roundId = '';
    const url = (code: string) => `/api/rounds/${roundId}/villages/${code}/schedule`;
    const scheduleOn = async (code: string, today: IsoDate) =>
      villageSchedule(t.database.db, await villageContext(t.database.db, roundId, code), today);

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      roundId = await demoRoundId(county);
    });
    after(() => t.close());

    test('B-1/B-4: statuses on a given day — done on time, upcoming, due soon, late — with the rule cited', async () => {
      const e = day(30);
      await setElectionDay(township, roundId, LIUSHAN, e);
      const village = await loginAs(t.app, 'village');
      await addPeople(village, roundId, LIUSHAN, [{ name: '蓝一', sex: 'M' }]);
      await publishList(village, roundId, LIUSHAN, day(-1));

      const early = await scheduleOn(LIUSHAN, day(10));
      const list = stepOf(early.steps, 'voter-list');
      assert.equal(list.due, addDays(e, -LIST_DAYS));
      assert.equal(list.state, 'done');
      assert.equal(list.rule, 'B-1;C-4');
      assert.equal(list.basis, '选举日前20日');
      assert.equal(list.record?.doneByName, '柳山村选委会（village）');
      assert.equal(list.record?.source, 'voter-list.publish');
      const candidates = stepOf(early.steps, 'candidate-list');
      assert.equal(candidates.due, addDays(e, -CANDIDATE_DAYS));
      assert.equal(candidates.state, 'upcoming');
      assert.equal(candidates.completion, 'act');

      const soon = stepOf((await scheduleOn(LIUSHAN, day(23))).steps, 'candidate-list');
      assert.deepEqual([soon.state, soon.daysLeft], ['due-soon', 2]);

      const lateSchedule = await scheduleOn(LIUSHAN, day(27));
      const late = stepOf(lateSchedule.steps, 'candidate-list');
      assert.deepEqual([late.state, late.daysLate], ['late', 2]);
      assert.match(late.reason, /B-4;C-4，选举日前5日.*已逾期2天仍未完成/);
      assert.ok(lateSchedule.counts.late >= 1);
      // a period that closes is never late: the self-nomination window (B-6) is closed, not overdue
      assert.equal(stepOf(lateSchedule.steps, 'self-nomination').state, 'closed');

      // the steps are in date order
      const dues = early.steps.map((s) => s.due!);
      assert.deepEqual(dues, [...dues].sort());
    });

    test('B-1: publishing the voter list records the step; a reprint keeps the first date', async () => {
      const village = await loginAs(t.app, 'village');
      const first = (await village('GET', url(LIUSHAN))).body;
      assert.equal(stepOf(first.steps, 'voter-list').record?.doneOn, day(-1));
      // the list republished a day later (补登/除名) does not move the step
      await publishList(village, roundId, LIUSHAN, day(0));
      const again = (await village('GET', url(LIUSHAN))).body;
      assert.equal(stepOf(again.steps, 'voter-list').record?.doneOn, day(-1));
      assert.equal(stepOf(again.steps, 'voter-list').state, 'done');
      // B-2 runs from the actual publication: window ends 5 days after it (C-3)
      assert.equal(stepOf(again.steps, 'objection-window').due, day(WINDOW - 1));
    });

    test('B-1: moving election day recomputes every date and flags the list published too late', async () => {
      // published on day −1 for election day +30 (E−31: on time); now election day is +15 (E−16)
      await setElectionDay(township, roundId, LIUSHAN, day(15));
      const res = await county('GET', url(LIUSHAN));
      assert.equal(res.status, 200);
      const list = stepOf(res.body.steps, 'voter-list');
      assert.equal(list.due, day(15 - LIST_DAYS));
      assert.equal(list.state, 'done-late');
      assert.equal(list.daysLate, LIST_DAYS - 15 - 1);
      assert.match(list.reason, /B-1;C-4，选举日前20日.*迟了4天/);
      assert.equal(stepOf(res.body.steps, 'candidate-list').due, day(15 - CANDIDATE_DAYS));
      assert.equal(res.body.counts.doneLate, 1);
      // and back: on time again, nothing stored to correct
      await setElectionDay(township, roundId, LIUSHAN, day(30));
      const back = (await county('GET', url(LIUSHAN))).body;
      assert.equal(stepOf(back.steps, 'voter-list').state, 'done');
    });

    test('B-14: a step without an act is marked done by hand, with who and when; a mistake is undone, audited', async () => {
      await setElectionDay(township, roundId, WUBU, day(20));
      const office = await loginAs(t.app, 'county');
      const res = await office('POST', `${url(WUBU)}/departure-audit`, {
        doneOn: day(0),
        note: '审计结果已在村务公开栏公布',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.state, 'done');
      assert.equal(res.body.record.doneByName, '景宁县换届办（county）');
      assert.equal(res.body.record.source, 'manual');
      assert.equal(res.body.record.note, '审计结果已在村务公开栏公布');

      const future = await office('POST', `${url(WUBU)}/handover`, { doneOn: day(1) });
      assert.equal(future.status, 400);
      assert.match(future.body.message, /完成日期.*晚于今天/);
      const act = await office('POST', `${url(WUBU)}/voter-list`, { doneOn: day(0) });
      assert.equal(act.status, 409);
      assert.match(act.body.message, /发布选民榜时由系统自动记录/);
      const cutoff = await office('POST', `${url(WUBU)}/objection-window`, { doneOn: day(0) });
      assert.equal(cutoff.status, 409);
      const bare = await office('POST', `${url(WUBU)}/proxy-list`, { doneOn: day(0), outcome: 'not-needed' });
      assert.equal(bare.status, 400, 'not needed requires a reason');
      const none = await office('POST', `${url(WUBU)}/proxy-list`, {
        doneOn: day(0),
        outcome: 'not-needed',
        note: '本村无委托投票申请',
      });
      assert.equal(none.body.state, 'not-needed');
      assert.equal((await office('POST', `${url(WUBU)}/no-such-step`, { doneOn: day(0) })).status, 404);

      const undo = await office('DELETE', `${url(WUBU)}/departure-audit`);
      assert.equal(undo.status, 200);
      assert.equal(undo.body.record, null);
      assert.equal(undo.body.state, 'upcoming');
      assert.equal((await office('DELETE', `${url(WUBU)}/departure-audit`)).status, 404);

      const trail = await office('GET', `/api/audit?region=${WUBU}`);
      const actions = trail.body.items.map((a: { action: string }) => a.action);
      assert.ok(actions.includes('schedule.step-done'));
      assert.ok(actions.includes('schedule.step-undone'));

      // observers read but cannot mark
      const observer = await loginAs(t.app, 'observer');
      assert.equal((await observer('GET', url(WUBU))).status, 200);
      assert.equal((await observer('POST', `${url(WUBU)}/handover`, { doneOn: day(0) })).status, 403);
    });

    test('B-2/B-3: an objection reopens the decision step; deciding the last one records it; none means not needed', async () => {
      await setElectionDay(township, roundId, ZHENGKENG, day(25));
      const people = await addPeople(county, roundId, ZHENGKENG, [{ name: '钟一', sex: 'F' }]);
      // before the list is out, the objection periods only have planned days; past them they wait
      const plannedWindowEnd = 25 - LIST_DAYS + WINDOW;
      const unpublished = await scheduleOn(ZHENGKENG, day(plannedWindowEnd + 1));
      assert.equal(stepOf(unpublished.steps, 'objection-window').state, 'undated');
      assert.match(stepOf(unpublished.steps, 'objection-window').reason, /选民名单尚未公布/);
      const stillUnpublished = await scheduleOn(ZHENGKENG, day(plannedWindowEnd + DECIDE + 1));
      assert.equal(
        stepOf(stillUnpublished.steps, 'objection-decision').state,
        'undated',
        'not late, not needless',
      );
      await publishList(county, roundId, ZHENGKENG, day(0));
      // past the window with no objection: nothing to decide
      const quiet = await scheduleOn(ZHENGKENG, day(WINDOW + 1));
      assert.equal(stepOf(quiet.steps, 'objection-decision').state, 'not-needed');
      assert.match(stepOf(quiet.steps, 'objection-decision').reason, /未收到申诉/);

      const filed = await county('POST', `/api/rounds/${roundId}/villages/${ZHENGKENG}/objections`, {
        filedOn: day(0),
        filerName: '钟一',
        subjectVoterId: people.钟一,
        claim: 'correct',
        content: '姓名有误',
      });
      assert.equal(filed.status, 201, JSON.stringify(filed.body));
      const open = await scheduleOn(ZHENGKENG, day(WINDOW + 4));
      assert.equal(stepOf(open.steps, 'objection-decision').state, 'late', 'undecided past B-3: late');
      const decided = await county(
        'POST',
        `/api/rounds/${roundId}/villages/${ZHENGKENG}/objections/${filed.body.id}/decision`,
        { decision: 'rejected', decisionNote: '经核实无误', decidedOn: day(0) },
      );
      assert.equal(decided.status, 200, JSON.stringify(decided.body));
      const done = stepOf((await county('GET', url(ZHENGKENG))).body.steps, 'objection-decision');
      assert.equal(done.state, 'done');
      assert.equal(done.record?.source, 'objection.decide');
      assert.equal(done.record?.doneOn, day(0));
      // another objection received: the step is open again
      const second = await county('POST', `/api/rounds/${roundId}/villages/${ZHENGKENG}/objections`, {
        filedOn: day(0),
        filerName: '钟二',
        subjectName: '钟二',
        claim: 'add',
        content: '未列入',
      });
      assert.equal(second.status, 201);
      const reopened = stepOf((await county('GET', url(ZHENGKENG))).body.steps, 'objection-decision');
      assert.equal(reopened.record, null);
      assert.notEqual(reopened.state, 'done');
    });

    test('C-3/C-4: local steps join every village of the township; holidays move forward periods', async () => {
      await setElectionDay(township, roundId, ZHANGKENGXIA, day(40));
      const before = (await township('GET', url(ZHANGKENGXIA))).body;
      const window = stepOf(before.steps, 'objection-window');
      const windowEnd = window.due as IsoDate;
      assert.equal(windowEnd, addDays(day(40 - LIST_DAYS), WINDOW));
      assert.ok(before.holidays.missing.includes(Number(windowEnd.slice(0, 4))), 'no holidays entered yet');

      const audit = await township('POST', `/api/rounds/${roundId}/local-steps`, {
        regionCode: TOWNSHIP,
        title: '完成离任经济责任审计',
        anchor: 'before',
        days: 30,
        basis: '郑坑乡村级组织换届选举实施方案',
      });
      assert.equal(audit.status, 201, JSON.stringify(audit.body));
      const training = await township('POST', `/api/rounds/${roundId}/local-steps`, {
        regionCode: TOWNSHIP,
        title: '新一届村干部上岗培训',
        anchor: 'after',
        days: 10,
        basis: '郑坑乡村级组织换届选举实施方案',
      });
      assert.equal(training.status, 201);
      const elsewhere = await township('POST', `/api/rounds/${roundId}/local-steps`, {
        regionCode: '331127100',
        title: '他乡步骤',
        anchor: 'before',
        days: 3,
        basis: '无',
      });
      assert.equal(elsewhere.status, 403, 'a township adds steps for its own villages only');

      // the county enters the holidays: the window's last day and the training's are days off
      const trainingDue = addDays(day(40), 10);
      const off = [windowEnd, addDays(windowEnd, 1), trainingDue];
      const byYear = new Map<number, string[]>();
      for (const d of off)
        byYear.set(Number(d.slice(0, 4)), [...(byYear.get(Number(d.slice(0, 4))) ?? []), d]);
      for (const [year, days] of byYear) {
        const put = await county('PUT', `/api/rounds/${roundId}/holidays/${year}`, {
          weekendsOff: false,
          holidays: days.map((d) => ({ day: d, name: '测试假日' })),
          workdays: [],
        });
        assert.equal(put.status, 200, JSON.stringify(put.body));
      }
      assert.equal(
        (
          await township('PUT', `/api/rounds/${roundId}/holidays/2030`, {
            weekendsOff: true,
            holidays: [],
            workdays: [],
          })
        ).status,
        403,
        'holidays are the county office’s',
      );

      for (const code of [ZHENGKENG, LIUSHAN, WUBU, ZHANGKENGXIA]) {
        const steps = (await township('GET', url(code))).body.steps as ScheduleStep[];
        assert.ok(
          steps.some((s) => s.id === audit.body.id),
          `${code} has the local step`,
        );
      }
      const afterHolidays = (await township('GET', url(ZHANGKENGXIA))).body;
      assert.equal(stepOf(afterHolidays.steps, 'objection-window').due, addDays(windowEnd, 2));
      const auditStep = stepOf(afterHolidays.steps, audit.body.id);
      assert.equal(auditStep.due, day(10));
      assert.equal(auditStep.rule, '本地;C-4');
      assert.equal(auditStep.basis, '选举日前30日');
      assert.equal(auditStep.plan, '郑坑乡村级组织换届选举实施方案');
      assert.equal(auditStep.completion, 'manual');
      assert.equal(stepOf(afterHolidays.steps, training.body.id).due, addDays(trainingDue, 1));
      assert.deepEqual(afterHolidays.holidays.missing, []);
      // before-election deadlines do not move for holidays (C-4)
      assert.equal(stepOf(afterHolidays.steps, 'voter-list').due, day(40 - LIST_DAYS));

      // a local step is marked like any other; deleting it removes the records too
      const marked = await township('POST', `${url(ZHANGKENGXIA)}/${audit.body.id}`, { doneOn: day(0) });
      assert.equal(marked.status, 200, JSON.stringify(marked.body));
      assert.equal(marked.body.state, 'done');
      const edited = await township('PUT', `/api/rounds/${roundId}/local-steps/${audit.body.id}`, {
        title: '完成离任经济责任审计并公布',
        anchor: 'before',
        days: 35,
        basis: '郑坑乡村级组织换届选举实施方案',
      });
      assert.equal(edited.status, 200);
      assert.equal(stepOf((await township('GET', url(ZHANGKENGXIA))).body.steps, audit.body.id).due, day(5));
      assert.equal(
        (await township('DELETE', `/api/rounds/${roundId}/local-steps/${audit.body.id}`)).status,
        204,
      );
      const gone = (await township('GET', url(ZHANGKENGXIA))).body.steps as ScheduleStep[];
      assert.ok(!gone.some((s) => s.id === audit.body.id));
      const holidays = (await township('GET', `/api/rounds/${roundId}/holidays`)).body;
      assert.ok(holidays.items.length >= 1);
    });

    test('D-1: a village nominating directly has no self-nomination steps', async () => {
      const db = t.database.db;
      const [election] = await db
        .select()
        .from(elections)
        .where(
          and(
            eq(elections.roundId, roundId),
            eq(elections.villageCode, WUBU),
            eq(elections.kind, 'village-committee'),
          ),
        );
      assert.ok(election);
      await db.insert(seatPlans).values({
        countyCode: election.countyCode,
        electionId: election.id,
        roundId,
        villageCode: WUBU,
        offices: [{ id: 'chair', title: '主任', seats: 1, rank: 1 }],
        nominationMode: 'direct',
      });
      const steps = (await county('GET', url(WUBU))).body.steps as ScheduleStep[];
      assert.equal(stepOf(steps, 'self-nominee-list').state, 'not-needed');
      assert.match(stepOf(steps, 'self-nominee-list').reason, /D-1/);
      assert.equal(stepOf(steps, 'candidate-list').state, 'upcoming');
    });

    test('the township sees the late steps of all its villages; another township is refused', async () => {
      // 郑坑村: election day in 10 days, list published on day 0 = E−10: late (B-1)
      await setElectionDay(township, roundId, ZHENGKENG, day(10));
      // 吴布村: election day in 12 days, nothing published: late and not done
      await setElectionDay(township, roundId, WUBU, day(12));
      // 张坑下村: no election day
      const none = await township('PUT', `/api/rounds/${roundId}/villages/${ZHANGKENGXIA}`, {
        electionDay: null,
        included: true,
      });
      assert.equal(none.status, 200);

      const res = await township('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/schedule`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.name, '郑坑乡');
      assert.deepEqual(
        res.body.villages.map((v: { code: string }) => v.code),
        [ZHENGKENG, LIUSHAN, WUBU, ZHANGKENGXIA],
      );
      const late = res.body.late as { villageCode: string; step: ScheduleStep }[];
      const lateIn = (code: string, id: string) =>
        late.find((l) => l.villageCode === code && l.step.id === id);
      assert.equal(lateIn(WUBU, 'voter-list')?.step.state, 'late');
      assert.equal(lateIn(WUBU, 'voter-list')?.step.daysLate, LIST_DAYS - 12);
      assert.equal(lateIn(ZHENGKENG, 'voter-list')?.step.state, 'done-late');
      assert.match(lateIn(ZHENGKENG, 'voter-list')!.step.reason, /B-1/);
      assert.equal(lateIn(LIUSHAN, 'voter-list'), undefined, '柳山村 published on time');
      // not done comes first
      assert.equal(late[0]?.step.state, 'late');
      const undated = res.body.villages.find((v: { code: string }) => v.code === ZHANGKENGXIA);
      assert.equal(undated.electionDay, null);
      assert.ok(undated.steps.every((s: ScheduleStep) => s.due === null && s.state === 'undated'));
      assert.ok(!late.some((l) => l.villageCode === ZHANGKENGXIA));

      // a village user may not see the township view; an office of another township neither
      const village = await loginAs(t.app, 'village');
      assert.equal((await village('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/schedule`)).status, 403);
      const townships = (await county('GET', '/api/regions/331127/children')).body.items;
      const other = townships.find((x: { code: string }) => x.code !== TOWNSHIP);
      const made = await county('POST', '/api/users', {
        username: 'othertown',
        displayName: '他乡换届办',
        role: 'township',
        regionCode: other.code,
        password: 'abc12345',
      });
      assert.equal(made.status, 201);
      const stranger = await loginAs(t.app, 'othertown', 'abc12345');
      const refused = await stranger('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/schedule`);
      assert.equal(refused.status, 403);
      assert.match(refused.body.message, /无权/);
      // the county sees the same villages through its own code
      const countyView = await county('GET', `/api/rounds/${roundId}/areas/331127/schedule`);
      assert.equal(countyView.status, 200);
      assert.equal(countyView.body.villages.length, 4);
    });
  });
}
