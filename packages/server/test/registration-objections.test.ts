/**
 * Issue 4 item 5: objections (申诉) to the published list. Filed within the rule set's window
 * after publication (B-2) or refused; decided within its days (B-3), late ones flagged; an upheld
 * objection changes the list in the same transaction.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getRuleSet } from '@huanjie/core';
import { eq, inArray } from 'drizzle-orm';
import { listChanges, voters } from '../src/db/schema.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, publishList, setElectionDay } from './support/village-people.js';

const VILLAGE = '331127205201';
const calendar = getRuleSet('zhejiang-2020')!.calendar;
const WINDOW = calendar.objectionWindowDays.value;
const DECIDE = calendar.objectionDecisionDays.value;

for (const mode of dbModes()) {
  describe(`objections (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let base = '';
    let ids: Record<string, string> = {};
    const published = day(-10);

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      const roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${VILLAGE}/objections`;
      await setElectionDay(county, roundId, VILLAGE, day(30));
      ids = await addPeople(village, roundId, VILLAGE, [
        { name: '张三', sex: 'M' },
        { name: '李四', sex: 'F' },
      ]);
      await publishList(village, roundId, VILLAGE, published);
      // Entered after publication: not on the list until 补登.
      Object.assign(ids, await addPeople(village, roundId, VILLAGE, [{ name: '王五', sex: 'M' }]));
    });
    after(() => t.close());

    const file = (filedOn: string, over: Record<string, unknown> = {}) =>
      clerk('POST', base, {
        filedOn,
        filerName: '王五',
        subjectVoterId: ids.王五,
        claim: 'add',
        content: '本人户籍在本村并在本村居住，未列入选民名单',
        ...over,
      });

    test('an objection before the list is published cannot be received', async () => {
      const county = await loginAs(t.app, 'county');
      const roundId = await demoRoundId(county);
      const res = await clerk('POST', `/api/rounds/${roundId}/villages/331127205202/objections`, {
        filedOn: day(0),
        filerName: '某人',
        subjectName: '某人',
        claim: 'add',
        content: '未列入',
      });
      assert.equal(res.status, 403, 'the clerk is scoped to its own village');
      const other = await county('POST', `/api/rounds/${roundId}/villages/331127205202/objections`, {
        filedOn: day(0),
        filerName: '某人',
        subjectName: '某人',
        claim: 'add',
        content: '未列入',
      });
      assert.equal(other.status, 409);
      assert.match(other.body.message, /尚未公布.*B-2/);
    });

    test(`filed on day ${WINDOW + 1} after publication: refused, citing B-2`, async () => {
      const res = await file(day(-10 + WINDOW + 1));
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.accepted, false);
      assert.equal(res.body.dueDecisionOn, null);
      assert.match(res.body.refusal.rule, /B-2/);
      assert.match(res.body.refusal.reason, new RegExp(`${WINDOW}日内.*不予受理`));
      assert.match(res.body.refusedReason, /申诉日期：.*（B-2/);
      const decide = await village('POST', `${base}/${res.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '同意',
      });
      assert.equal(decide.status, 409);
      assert.match(decide.body.message, /未予受理/);
    });

    test(`filed on day ${WINDOW}: received, decision due ${DECIDE} days later`, async () => {
      const res = await file(day(-10 + WINDOW), {
        subjectVoterId: ids.张三,
        claim: 'correct',
        filerName: '张三',
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.accepted, true);
      assert.equal(res.body.dueDecisionOn, day(-10 + WINDOW + DECIDE));
      assert.equal(res.body.refusal, null);
    });

    test('decided on time vs overdue, with days late from today', async () => {
      const onTime = await file(day(-9), { subjectVoterId: ids.李四, claim: 'remove', filerName: '张三' });
      const lateDecided = await file(day(-9), { subjectName: '赵六', subjectVoterId: null, claim: 'add' });
      const open = await file(day(-9), { subjectName: '钱七', subjectVoterId: null, claim: 'add' });
      const due = day(-9 + DECIDE);
      assert.equal(onTime.body.dueDecisionOn, due);
      const r1 = await village('POST', `${base}/${onTime.body.id}/decision`, {
        decision: 'rejected',
        decisionNote: '李四户籍在本村，申诉不成立',
        decidedOn: due,
      });
      assert.equal(r1.status, 200, JSON.stringify(r1.body));
      assert.equal(r1.body.overdue, false);
      assert.equal(r1.body.publishedOn, due, 'published on the decision day when not given');
      const r2 = await village('POST', `${base}/${lateDecided.body.id}/decision`, {
        decision: 'rejected',
        decisionNote: '查无此人',
        decidedOn: day(-9 + DECIDE + 2),
        publishedOn: day(-9 + DECIDE + 3),
      });
      assert.equal(r2.status, 200);
      assert.deepEqual([r2.body.overdue, r2.body.daysLate], [true, 2]);

      const list = (await clerk('GET', base)).body.items;
      const byId = new Map(list.map((o: { id: string }) => [o.id, o]));
      assert.deepEqual(
        [onTime, lateDecided, open].map((x) => {
          const o = byId.get(x.body.id) as { overdue: boolean; daysLate: number };
          return [o.overdue, o.daysLate];
        }),
        [
          [false, 0],
          [true, 2],
          [true, 9 - DECIDE],
        ],
      );
      // Observers read too; they may not decide.
      const observer = await loginAs(t.app, 'observer');
      const seen = await observer('GET', base);
      assert.equal(seen.status, 200);
      const withId = seen.body.items.find((o: { subjectIdNumber: string | null }) => o.subjectIdNumber);
      assert.match(withId.subjectIdNumber, /^\d{4}\*{10}[\dX]{4}$/, 'ID numbers masked for observers');
      const denied = await observer('POST', `${base}/${open.body.id}/decision`, {
        decision: 'rejected',
        decisionNote: 'x',
      });
      assert.equal(denied.status, 403);
      // The clerk enters objections but the decision is the election committee's.
      const clerkDecides = await clerk('POST', `${base}/${open.body.id}/decision`, {
        decision: 'rejected',
        decisionNote: 'x',
      });
      assert.equal(clerkDecides.status, 403);
    });

    test('upheld 补登: the person is put on the list with a 补登 entry, in the decision', async () => {
      const filed = await file(day(-8));
      assert.equal(filed.body.accepted, true);
      const res = await village('POST', `${base}/${filed.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '经核实户籍在本村、在本村居住，予以补登',
        decidedOn: day(-7),
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.decision, 'upheld');
      const { db } = t.database;
      const [person] = await db.select().from(voters).where(eq(voters.id, ids.王五!));
      assert.equal(person!.listStatus, 'added');
      assert.ok(person!.voterNo! > 0, 'numbered after the printed list');
      const changes = await db.select().from(listChanges).where(eq(listChanges.voterId, ids.王五!));
      assert.equal(changes.length, 1);
      assert.equal(changes[0]!.kind, 'add');
      assert.equal(changes[0]!.objectionId, filed.body.id);
      assert.equal(changes[0]!.changedOn, day(-7));
      assert.match(changes[0]!.reason, /申诉成立/);
      // Deciding twice is refused.
      const again = await village('POST', `${base}/${filed.body.id}/decision`, {
        decision: 'rejected',
        decisionNote: 'x',
      });
      assert.equal(again.status, 409);
    });

    test('an upheld 补登 for someone entered after filing links the person at decision time', async () => {
      const filed = await file(day(-8), { subjectVoterId: null, subjectName: '孙八' });
      const missing = await village('POST', `${base}/${filed.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '予以补登',
        decidedOn: day(-7),
      });
      assert.equal(missing.status, 400);
      assert.match(missing.body.message, /申诉对象：本村登记册中没有孙八/);
      const roundId = base.split('/')[3]!;
      const entered = await addPeople(village, roundId, VILLAGE, [{ name: '孙八', sex: 'M' }]);
      const res = await village('POST', `${base}/${filed.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '予以补登',
        decidedOn: day(-7),
        subjectVoterId: entered.孙八,
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.subjectVoterId, entered.孙八);
    });

    test('upheld 除名 and 更正 change the person; a failed change leaves the objection undecided', async () => {
      const remove = await file(day(-8), { subjectVoterId: ids.李四, claim: 'remove', filerName: '张三' });
      const r = await village('POST', `${base}/${remove.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '已迁出本村',
        decidedOn: day(-6),
      });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const correct = await file(day(-8), {
        subjectVoterId: ids.张三,
        claim: 'correct',
        filerName: '张三',
      });
      const bad = await village('POST', `${base}/${correct.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '更正',
        decidedOn: day(-6),
        corrections: { idNumber: '331127199901011234' },
      });
      assert.equal(bad.status, 400);
      const good = await village('POST', `${base}/${correct.body.id}/decision`, {
        decision: 'upheld',
        decisionNote: '姓名录入有误',
        decidedOn: day(-6),
        corrections: { name: '张叁' },
      });
      assert.equal(good.status, 200, JSON.stringify(good.body));
      const rows = await t.database.db
        .select()
        .from(voters)
        .where(inArray(voters.id, [ids.李四!, ids.张三!]));
      const byId = new Map(rows.map((v) => [v.id, v]));
      assert.equal(byId.get(ids.李四!)!.listStatus, 'removed');
      assert.equal(byId.get(ids.张三!)!.name, '张叁');
    });
  });
}
