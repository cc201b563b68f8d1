/**
 * Issue 5 item 5: the joint qualification review (联审, D-9) under zhejiang-2020. Every department the
 * county names reviews each nominee on the slate in parallel; a nominee is a formal candidate only
 * when all have passed them; the first failing verdict fails them and the next in the ranking moves
 * onto the slate (B-5); the county edits its condition lists (audited), the township cannot; the
 * board shows who waits on whom; people elected without having stood are reviewed after the vote.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog, nominees } from '../src/db/schema.js';
import { type ReviewVillage, setUpReviewVillage } from './review-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const VILLAGE = '331127205201'; // 柳山村
const AFTER_VOTE = '331127205202'; // 吴布村: its vote is over
const TOWNSHIP = '331127205';

for (const mode of dbModes()) {
  describe(`joint review (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let village: Caller;
    let roundId = '';
    let v: ReviewVillage;
    let departments: string[] = [];
    const url = (code = VILLAGE) => `/api/rounds/${roundId}/villages/${code}/review`;
    const verdict = (
      caller: Caller,
      nominee: string,
      dept: string,
      body: Record<string, unknown> = { verdict: 'pass' },
      code = VILLAGE,
    ) => caller('PUT', `${url(code)}/${nominee}/verdicts/${dept}`, { decidedOn: day(0), ...body });
    const nomineeRow = async (id: string) => {
      const [row] = await t.database.db
        .select()
        .from(nominees)
        .where(and(eq(nominees.countyCode, '331127'), eq(nominees.id, id)));
      return row!;
    };

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      village = await loginAs(t.app, 'village');
      roundId = await demoRoundId(county);
      await setElectionDay(county, roundId, VILLAGE, day(12));
      v = await setUpReviewVillage(t.database, county, roundId, VILLAGE);
      const settings = await county('GET', `/api/rounds/${roundId}/review-settings`);
      assert.equal(settings.status, 200);
      departments = settings.body.departments.map((d: { id: string }) => d.id);
    });
    after(() => t.close());

    test('D-9: the template lists 四过硬、五不能、六不宜 and the departments; only the slate is reviewed', async () => {
      const res = await village('GET', url());
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.settings.conditionLists.map((l: { title: string }) => l.title),
        ['四过硬', '五不能', '六不宜'],
      );
      assert.equal(res.body.settings.own, false);
      assert.ok(departments.length >= 6);
      // the slate in the plan's order, names in stroke order; 李明 and 钟志强 are not on it
      assert.deepEqual(
        res.body.nominees.map((n: { name: string }) => n.name),
        ['张伟', '赵强', '吴晓红', '蓝秀英', '雷建国'],
      );
      assert.ok(res.body.nominees.every((n: { reviewStatus: string }) => n.reviewStatus === 'pending'));
    });

    test('D-9: a nominee with one department still to answer is not a formal candidate; all passed → formal', async () => {
      const [last, ...others] = [...departments].reverse();
      for (const d of others) {
        const res = await verdict(township, v.nominees.张伟!, d);
        assert.equal(res.status, 200, JSON.stringify(res.body));
      }
      let review = await village('GET', url());
      const zhang = () => review.body.nominees.find((n: { name: string }) => n.name === '张伟');
      assert.equal(zhang().reviewStatus, 'pending');
      assert.deepEqual(zhang().waitingOn, [last]);
      let list = await village('GET', `/api/rounds/${roundId}/villages/${VILLAGE}/candidates`);
      const chairNames = () =>
        list.body.offices
          .find((o: { id: string }) => o.id === 'chair')
          .candidates.map((c: { name: string }) => c.name);
      assert.deepEqual(chairNames(), []);

      const res = await verdict(county, v.nominees.张伟!, last!);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.nominee.reviewStatus, 'passed');
      review = await village('GET', url());
      assert.equal(zhang().reviewStatus, 'passed');
      assert.match(zhang().verdicts[last!].recordedByName, /景宁县换届办/);
      list = await village('GET', `/api/rounds/${roundId}/villages/${VILLAGE}/candidates`);
      assert.deepEqual(chairNames(), ['张伟']);
    });

    test('a village user cannot record a verdict: the township or county does, for the department', async () => {
      const res = await verdict(village, v.nominees.赵强!, departments[0]!);
      assert.equal(res.status, 403);
    });

    test('不通过 must name the condition item and the circumstances', async () => {
      const none = await verdict(township, v.nominees.赵强!, 'police', {
        verdict: 'fail',
        note: '有前科',
      });
      assert.equal(none.status, 400);
      assert.match(none.body.message, /不符合的条件/);
      const noNote = await verdict(township, v.nominees.赵强!, 'police', {
        verdict: 'fail',
        conditionItemId: 'wbn-1',
      });
      assert.equal(noNote.status, 400);
      assert.match(noNote.body.message, /说明/);
      const stranger = await verdict(township, v.nominees.赵强!, 'no-such-dept');
      assert.equal(stranger.status, 400);
      assert.match(stranger.body.message, /联审部门/);
    });

    test('D-9/B-5: one failing verdict fails the nominee at once and the next in the ranking moves onto the slate', async () => {
      await verdict(township, v.nominees.赵强!, 'discipline');
      const res = await verdict(township, v.nominees.赵强!, 'police', {
        verdict: 'fail',
        conditionItemId: 'wbn-1',
        note: '2019年因故意伤害罪被判处有期徒刑',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.nominee.reviewStatus, 'failed');
      assert.equal(res.body.verdict.conditionText, '五不能：受过刑事处罚的');
      const zhao = await nomineeRow(v.nominees.赵强!);
      assert.equal(zhao.reviewStatus, 'failed');
      assert.equal(zhao.status, 'not-selected');
      const li = await nomineeRow(v.nominees.李明!);
      assert.equal(li.status, 'selected', '李明, next by votes, is on the slate now');
      assert.equal(li.replacesId, v.nominees.赵强);
      assert.equal(li.reviewStatus, 'pending');
      // 李明 is now reviewed; 赵强 stays on the page with his verdicts, waiting on nobody
      const review = await village('GET', url());
      const zhaoView = review.body.nominees.find((n: { name: string }) => n.name === '赵强');
      assert.deepEqual(zhaoView.waitingOn, []);
      assert.ok(review.body.nominees.some((n: { name: string }) => n.name === '李明'));
      // a failure is final: the slate has moved on
      const again = await verdict(township, v.nominees.赵强!, 'police');
      assert.equal(again.status, 409);
      assert.match(again.body.message, /不能再更改/);
    });

    test('a mistaken verdict is withdrawn, and the nominee waits on that department again', async () => {
      await verdict(township, v.nominees.雷建国!, 'court');
      const res = await township('DELETE', `${url()}/${v.nominees.雷建国}/verdicts/court`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const review = await village('GET', url());
      const lei = review.body.nominees.find((n: { name: string }) => n.name === '雷建国');
      assert.ok(lei.waitingOn.includes('court'));
      assert.equal(lei.verdicts.court, undefined);
    });

    test('the board shows, across the township, how many nominees each department still owes a verdict', async () => {
      const res = await township('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/review`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const liushan = res.body.villages.find((x: { code: string }) => x.code === VILLAGE);
      // waiting: 李明, 雷建国, 蓝秀英, 吴晓红 on every department; 赵强 (failed) and 张伟 (passed) on none
      assert.equal(liushan.waiting.discipline, 4);
      assert.equal(liushan.waiting.police, 4);
      assert.equal(res.body.waiting.court, 4);
      assert.deepEqual(liushan.counts, { total: 6, passed: 1, failed: 1, pending: 4 });
      // the village user sees the board of its own village only
      assert.equal((await village('GET', `/api/rounds/${roundId}/areas/${TOWNSHIP}/review`)).status, 403);
      assert.equal((await village('GET', `/api/rounds/${roundId}/areas/${VILLAGE}/review`)).status, 200);
    });

    test('D-9: the county rewords, adds and removes condition items (audited, versioned); the township cannot', async () => {
      const body = {
        title: '五不能',
        items: [
          { id: 'wbn-1', text: '受过刑事处罚（含缓刑）的' },
          { id: 'wbn-3', text: '煽动群众闹事、扰乱公共秩序的' },
          { text: '本县规定的其他不能情形' },
        ],
      };
      const refused = await township('PUT', `/api/rounds/${roundId}/review-settings/lists/wbn`, body);
      assert.equal(refused.status, 403);
      const res = await county('PUT', `/api/rounds/${roundId}/review-settings/lists/wbn`, body);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.own, true);
      assert.equal(res.body.version, 2, 'copied from the template (1), then edited (2)');
      const wbn = res.body.conditionLists.find((l: { id: string }) => l.id === 'wbn');
      assert.deepEqual(
        wbn.items.map((i: { id: string }) => i.id),
        ['wbn-1', 'wbn-3', 'wbn-6'],
        'kept items keep their ids; the new one never reuses a removed one’s',
      );
      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'review.conditions-edit'));
      assert.ok(entry, 'the edit is in the audit chain');
      const before = entry.before as { list: { items: { text: string }[] } };
      const after = entry.after as { list: { items: { text: string }[] } };
      assert.equal(before.list.items.length, 5);
      assert.equal(after.list.items[0]!.text, '受过刑事处罚（含缓刑）的');
      // the verdict that named the item keeps the wording it was given under
      const review = await village('GET', url());
      const zhao = review.body.nominees.find((n: { name: string }) => n.name === '赵强');
      assert.equal(zhao.verdicts.police.conditionText, '五不能：受过刑事处罚的');
      // an empty item is refused with the field named
      const empty = await county('PUT', `/api/rounds/${roundId}/review-settings/lists/wbn`, {
        title: '五不能',
        items: [{ text: '受过刑事处罚的' }, { text: '受过刑事处罚的' }],
      });
      assert.equal(empty.status, 400);
      assert.match(empty.body.message, /第2条.*重复/);
    });

    test('D-9: a department the county adds is waited on by everyone not yet decided, the passed included', async () => {
      const settings = await county('GET', `/api/rounds/${roundId}/review-settings`);
      const res = await county('PUT', `/api/rounds/${roundId}/review-settings/departments`, {
        departments: [...settings.body.departments, { name: '农业农村' }],
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const added = res.body.departments.at(-1);
      assert.equal(added.name, '农业农村');
      assert.ok(res.body.statusChanges >= 1);
      assert.equal((await nomineeRow(v.nominees.张伟!)).reviewStatus, 'pending');
      const back = await verdict(township, v.nominees.张伟!, added.id);
      assert.equal(back.body.nominee.reviewStatus, 'passed');
      assert.equal(
        (
          await township('PUT', `/api/rounds/${roundId}/review-settings/departments`, {
            departments: [{ name: '公安' }],
          })
        ).status,
        403,
      );
    });

    test('D-9: someone elected without having stood is added after the vote and reviewed the same way', async () => {
      // before the vote: refused
      const early = await county('POST', `${url()}/write-ins`, {
        voterId: v.voters.钟志强,
        office: 'member',
      });
      assert.equal(early.status, 400);
      assert.match(early.body.message, /投票之后/);

      await setElectionDay(county, roundId, AFTER_VOTE, day(-1));
      const w = await setUpReviewVillage(t.database, county, roundId, AFTER_VOTE, {
        extraPeople: [{ name: '梅卫东', sex: 'M' }],
      });
      // a candidate who stood is not a write-in
      const stood = await county('POST', `${url(AFTER_VOTE)}/write-ins`, {
        voterId: w.voters.张伟,
        office: 'chair',
      });
      assert.equal(stood.status, 409);
      const res = await county('POST', `${url(AFTER_VOTE)}/write-ins`, {
        voterId: w.voters.梅卫东,
        office: 'member',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.source, 'elected-write-in');
      const id = res.body.id as string;
      const fail = await verdict(
        township,
        id,
        'petitions',
        { verdict: 'fail', conditionItemId: 'blb-6', note: '多次组织越级上访' },
        AFTER_VOTE,
      );
      assert.equal(fail.status, 200, JSON.stringify(fail.body));
      assert.equal(fail.body.nominee.reviewStatus, 'failed');
      // the vote is over: nobody moves up in his place, and the slate is untouched
      const row = await nomineeRow(id);
      assert.equal(row.status, 'selected');
      assert.equal((await nomineeRow(w.nominees.李明!)).status, 'not-selected');
      const review = await township('GET', url(AFTER_VOTE));
      assert.ok(review.body.writeInsOpen);
      assert.equal(review.body.nominees.at(-1).name, '梅卫东', 'write-ins come after those who stood');
    });
  });
}
