/**
 * Issue 5 item 3: the seat plan (职数方案). Checked by the rule set with every failure and its rule
 * (C1-1 size, E-3/F-9 the women office under zhejiang-2020, C1-2 a warning under national-2018, D-1
 * the nomination mode), submitted by the village, approved or returned by the township only, reopened
 * by the township only (audited); what nomination builds on (requireApprovedSeatPlan).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../src/db/schema.js';
import { committeeElection, requireApprovedSeatPlan } from '../src/preparation/committee-election.js';
import { villageContext } from '../src/registration/village.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId } from './support/village-people.js';

const VILLAGE = '331127205201'; // 柳山村
const TOWNSHIP = '331127205';

const zhejiangPlan = {
  offices: [
    { id: 'chair', seats: 1 },
    { id: 'vice', seats: 1 },
    { id: 'women', seats: 1 },
    { id: 'member', seats: 2 },
  ],
  nominationMode: 'direct',
  oneShoulderIntent: true,
};
const noWomenOffice = {
  offices: [
    { id: 'chair', seats: 1 },
    { id: 'vice', seats: 1 },
    { id: 'member', seats: 3 },
  ],
  nominationMode: 'direct',
  oneShoulderIntent: false,
};

for (const mode of dbModes()) {
  describe(`seat plan (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let village: Caller;
    let roundId = '';
    let base = '';

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      village = await loginAs(t.app, 'village');
      roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${VILLAGE}/seat-plan`;
    });
    after(() => t.close());

    test('with no plan yet the village is offered one that passes zhejiang-2020 (with a 妇女委员)', async () => {
      const res = await village('GET', base);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.plan, null);
      assert.ok(
        res.body.draft.offices.some((o: { id: string; seats: number }) => o.id === 'women' && o.seats === 1),
      );
      assert.deepEqual(res.body.review.violations, []);
      assert.deepEqual(res.body.rules.size, { min: 3, max: 7, rule: 'C1-1' });
      assert.equal(res.body.rules.womenRule.value, 'reserved-office');
    });

    test('E-3/F-9, C1-1: the live check lists every failure with its rule', async () => {
      const res = await village('POST', `${base}/check`, {
        ...noWomenOffice,
        offices: [...noWomenOffice.offices.slice(0, 2), { id: 'member', seats: 6 }],
      });
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.violations.map((v: { rule: string }) => v.rule),
        ['C1-1', 'E-3;F-9'],
      );
      assert.match(res.body.violations[0].reason, /合计8人/);
    });

    test('a draft may break rules, but it cannot be submitted', async () => {
      const saved = await village('PUT', base, noWomenOffice);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.plan.status, 'draft');
      assert.equal(saved.body.review.violations[0].rule, 'E-3;F-9');
      const submit = await village('POST', `${base}/submit`);
      assert.equal(submit.status, 400);
      assert.equal(submit.body.code, 'RULE_VIOLATION');
      assert.match(submit.body.message, /单列妇女委员职位.*（E-3;F-9）/);
    });

    test('the clerk and the observer may not edit the plan', async () => {
      const clerk = await loginAs(t.app, 'clerk');
      assert.equal((await clerk('PUT', base, zhejiangPlan)).status, 403);
      const observer = await loginAs(t.app, 'observer');
      assert.equal((await observer('GET', base)).status, 200);
      assert.equal((await observer('PUT', base, zhejiangPlan)).status, 403);
    });

    test('submit → the village cannot approve → the township returns it with a note', async () => {
      assert.equal((await village('PUT', base, zhejiangPlan)).status, 200);
      const submitted = await village('POST', `${base}/submit`);
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      assert.equal(submitted.body.plan.status, 'submitted');
      assert.equal(
        (await village('PUT', base, zhejiangPlan)).status,
        409,
        'a plan at the township is not edited',
      );

      const byVillage = await village('POST', `${base}/approve`, {});
      assert.equal(byVillage.status, 403, 'preparation.approve is the township’s');
      assert.equal((await village('POST', `${base}/return`, { note: '请补充' })).status, 403);

      const noNote = await township('POST', `${base}/return`, { note: ' ' });
      assert.equal(noNote.status, 400);
      const returned = await township('POST', `${base}/return`, { note: '副主任职数请与村党组织商定后再报' });
      assert.equal(returned.status, 200, JSON.stringify(returned.body));
      assert.equal(returned.body.plan.status, 'returned');
      assert.equal(returned.body.plan.reviewNote, '副主任职数请与村党组织商定后再报');
    });

    test('the township’s list shows the submitted plan first and approves from there', async () => {
      assert.equal((await village('PUT', base, { ...zhejiangPlan, nominationMode: 'self' })).status, 200);
      assert.equal((await village('POST', `${base}/submit`)).status, 200);
      const list = await township('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/seat-plans`);
      assert.equal(list.status, 200, JSON.stringify(list.body));
      assert.equal(list.body.items.length, 4, 'the four villages of 郑坑乡');
      assert.equal(list.body.items[0].villageCode, VILLAGE);
      assert.equal(list.body.items[0].status, 'submitted');
      assert.equal(list.body.items[0].totalSeats, 5);
      assert.deepEqual(
        list.body.items.slice(1).map((i: { status: string }) => i.status),
        ['none', 'none', 'none'],
      );
      assert.equal(list.body.counts.submitted, 1);
      assert.equal((await village('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/seat-plans`)).status, 403);

      const ctx = await villageContext(t.database.db, roundId, VILLAGE);
      const election = await committeeElection(t.database.db, ctx);
      await assert.rejects(requireApprovedSeatPlan(t.database.db, ctx, election.id), /尚未经乡镇审核同意/);

      const approved = await township('POST', `${base}/approve`, { decidedOn: day(0), note: '同意' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.plan.status, 'approved');
      assert.equal(approved.body.plan.decidedOn, day(0));
      assert.ok(approved.body.plan.approvedBy);
      const plan = await requireApprovedSeatPlan(t.database.db, ctx, election.id);
      assert.equal(plan.nominationMode, 'self');
      assert.deepEqual(plan.offices, [
        { id: 'chair', title: '主任', seats: 1, rank: 1 },
        { id: 'vice', title: '副主任', seats: 1, rank: 2 },
        { id: 'women', title: '妇女委员', seats: 1, rank: 3, womenOnly: true },
        { id: 'member', title: '委员', seats: 2, rank: 3 },
      ]);
      const after = await township('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/seat-plans`);
      assert.equal(after.body.items.at(-1).status, 'approved', 'approved plans go last');
    });

    test('an approved plan is reopened by the township only, audited', async () => {
      assert.equal((await village('PUT', base, zhejiangPlan)).status, 409);
      assert.equal((await village('POST', `${base}/reopen`, { reason: '村里想改' })).status, 403);
      const reopened = await township('POST', `${base}/reopen`, { reason: '村民代表会议决定增设副主任' });
      assert.equal(reopened.status, 200, JSON.stringify(reopened.body));
      assert.equal(reopened.body.plan.status, 'returned');
      assert.equal(reopened.body.plan.approvedBy, null);
      assert.equal(reopened.body.nominees, 0);
      const [audit] = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'seat-plan.reopen'));
      assert.ok(audit);
      assert.equal((audit.before as { status: string }).status, 'approved');
      assert.equal((audit.after as { status: string }).status, 'returned');
      assert.equal((await village('PUT', base, zhejiangPlan)).status, 200, 'the village may edit again');
    });

    test('C1-2 under national-2018: no women office is a warning and the plan goes through; D-1: no 自荐直选', async () => {
      const r = await county('POST', '/api/rounds', {
        name: '按全国规则的换届',
        regionCode: TOWNSHIP,
        rulesetId: 'national-2018',
      });
      assert.equal(r.status, 201);
      const nat = `/api/rounds/${r.body.id}/villages/${VILLAGE}/seat-plan`;
      const proposal = await village('GET', nat);
      assert.ok(!proposal.body.draft.offices.some((o: { id: string }) => o.id === 'women'));
      const self = await village('POST', `${nat}/check`, { ...noWomenOffice, nominationMode: 'self' });
      assert.deepEqual(
        self.body.violations.map((v: { rule: string }) => v.rule),
        ['D-1'],
      );
      const saved = await village('PUT', nat, noWomenOffice);
      assert.deepEqual(saved.body.review.violations, []);
      assert.deepEqual(
        saved.body.review.warnings.map((w: { rule: string }) => w.rule),
        ['C1-2'],
      );
      assert.equal((await village('POST', `${nat}/submit`)).status, 200);
      assert.equal((await township('POST', `${nat}/approve`, {})).status, 200);
    });
  });
}
