/**
 * Issue 5 item 2: the village election committee (村民选举委员会). Its size against the rule set
 * (C2-5 Zhejiang 5–9 refused outside; C2-4 odd preferred a warning), recusal when a member or under
 * zhejiang-2020 a member's spouse stands (C2-2, C2-6) but not the spouse under national-2018, the
 * 递补 from the original selection in order (C2-3), and the published list (C2-4) as a PDF.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog, elections, nominees, voterRelations } from '../src/db/schema.js';
import { DEMO_PASSWORD } from '../src/demo/demo.js';
import { firstPagePng, pdfText } from './documents/pdf-tools.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId } from './support/village-people.js';

const VILLAGE = '331127205201'; // 柳山村, the demo village user's
const PEOPLE = [
  '雷建国',
  '蓝秀英',
  '钟志强',
  '雷美华',
  '蓝海军',
  '李春梅',
  '张伟',
  '吴晓红',
  '王丽',
  '梅卫东',
];
const SEX: Record<string, 'M' | 'F'> = { 蓝秀英: 'F', 雷美华: 'F', 李春梅: 'F', 吴晓红: 'F', 王丽: 'F' };

interface Village {
  roundId: string;
  base: string;
  ids: Record<string, string>;
  electionId: string;
}

for (const mode of dbModes()) {
  describe(`election committee (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let village: Caller;
    let zj: Village;
    let nat: Village;

    async function setUp(roundId: string): Promise<Village> {
      const ids = await addPeople(
        village,
        roundId,
        VILLAGE,
        PEOPLE.map((name) => ({ name, sex: SEX[name] ?? 'M' })),
      );
      const [e] = await t.database.db
        .select()
        .from(elections)
        .where(
          and(
            eq(elections.roundId, roundId),
            eq(elections.villageCode, VILLAGE),
            eq(elections.kind, 'village-committee'),
          ),
        );
      return { roundId, base: `/api/rounds/${roundId}/villages/${VILLAGE}`, ids, electionId: e!.id };
    }

    /** 雷建国 主任; 蓝秀英, 钟志强, 雷美华, 蓝海军 委员; 李春梅, 张伟, 吴晓红 候补, in that order. */
    const selection = (v: Village, seated = 5, alternates = 3) => ({
      body: 'representatives-meeting',
      heldOn: day(-10),
      minutesRef: '柳村代〔2026〕3号',
      people: PEOPLE.slice(0, seated + alternates).map((name, i) => ({
        voterId: v.ids[name],
        role: i === 0 ? 'chair' : i < seated ? 'member' : 'alternate',
        votes: 40 - i,
      })),
    });

    /** A nominee row as nomination will write it (its API is another area's). */
    async function nominate(
      v: Village,
      name: string,
      source: 'nomination' | 'self-nomination' = 'nomination',
    ) {
      await t.database.db.insert(nominees).values({
        countyCode: '331127',
        id: randomUUID(),
        roundId: v.roundId,
        villageCode: VILLAGE,
        electionId: v.electionId,
        office: 'member',
        voterId: v.ids[name]!,
        name,
        sex: SEX[name] ?? 'M',
        source,
        status: 'nominated',
      });
    }

    /** `b` is `a`'s `kind`, as the register (another area) records it. */
    async function relate(v: Village, a: string, b: string, kind: 'spouse' | 'sibling') {
      await t.database.db.insert(voterRelations).values({
        countyCode: '331127',
        roundId: v.roundId,
        villageCode: VILLAGE,
        voterId: v.ids[a]!,
        relatedVoterId: v.ids[b]!,
        kind,
        source: 'manual',
      });
    }

    const view = async (v: Village) => {
      const res = await village('GET', `${v.base}/election-committee`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    };
    const memberId = async (v: Village, name: string) =>
      (await view(v)).members.find((m: { name: string }) => m.name === name).id as string;

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      zj = await setUp(await demoRoundId(county));
      const r = await county('POST', '/api/rounds', {
        name: '按全国规则的换届',
        regionCode: '331127205',
        rulesetId: 'national-2018',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      nat = await setUp(r.body.id);
    });
    after(() => t.close());

    test('before any selection the page says nothing is recorded', async () => {
      const v = await view(zj);
      assert.equal(v.checks.recorded, false);
      assert.deepEqual(v.members, []);
      assert.deepEqual(v.rules.size, { min: 5, max: 9, rule: 'C2-5' });
    });

    test('C2-5: a committee of 4 is refused under zhejiang-2020 (5–9); C2-4: 4 is only a warning nationally', async () => {
      const refused = await village('PUT', `${zj.base}/election-committee`, selection(zj, 4, 0));
      assert.equal(refused.status, 400);
      assert.equal(refused.body.code, 'RULE_VIOLATION');
      assert.match(refused.body.message, /村民选举委员会成员应为5至9人，现为4人（C2-5）/);

      const national = await village('PUT', `${nat.base}/election-committee`, selection(nat, 4, 0));
      assert.equal(national.status, 200, JSON.stringify(national.body));
      assert.deepEqual(
        national.body.advisories.map((a: { rule: string }) => a.rule),
        ['C2-4'],
      );
      assert.match(national.body.advisories[0].reason, /以奇数为宜/);
      assert.equal(national.body.checks.serving, 4);
    });

    test('C2-1: exactly one 主任; the clerk (no preparation.decide) and the observer may not record', async () => {
      const two = selection(zj);
      two.people[1]!.role = 'chair';
      const res = await village('PUT', `${zj.base}/election-committee`, two);
      assert.equal(res.status, 400);
      assert.match(res.body.message, /应推选主任1名，现为2名（C2-1）/);
      const clerk = await loginAs(t.app, 'clerk');
      assert.equal((await clerk('PUT', `${zj.base}/election-committee`, selection(zj))).status, 403);
      const observer = await loginAs(t.app, 'observer');
      assert.equal((await observer('PUT', `${zj.base}/election-committee`, selection(zj))).status, 403);
    });

    test('the selection is kept in order with its alternates and its meeting as a decision', async () => {
      const res = await village('PUT', `${zj.base}/election-committee`, selection(zj));
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.members.map((m: { name: string; status: string; seq: number }) => [m.seq, m.name, m.status]),
        PEOPLE.slice(0, 8).map((name, i) => [i + 1, name, i < 5 ? 'serving' : 'alternate']),
      );
      assert.equal(res.body.members[0].chair, true);
      assert.deepEqual(res.body.advisories, []);
      const meeting = res.body.meetings[0];
      assert.equal(meeting.bodyTitle, '村民代表会议');
      assert.ok(meeting.decisionId, 'a 村民代表会议 is recorded in the decisions table too');
      const decisions = await village('GET', `${zj.base}/decisions`);
      assert.equal(decisions.status, 200);
      const decision = decisions.body.items.find((d: { id: string }) => d.id === meeting.decisionId);
      assert.equal(decision.subject, '推选村民选举委员会成员');
      assert.equal(decision.minutesRef, '柳村代〔2026〕3号');
    });

    test('C2-6: a member must withdraw when his spouse is nominated under zhejiang-2020', async () => {
      await relate(zj, '钟志强', '王丽', 'spouse');
      await nominate(zj, '王丽');
      const v = await view(zj);
      assert.deepEqual(
        v.checks.withdrawals.map((w: { name: string; rule: string }) => [w.name, w.rule]),
        [['钟志强', 'C2-2;C2-6']],
      );
      assert.match(v.checks.withdrawals[0].reason, /钟志强是王丽的配偶/);
      assert.equal(v.checks.next.name, '李春梅');
      const warnings = await village('GET', `${zj.base}/election-committee/warnings`);
      assert.equal(warnings.body.recusalsRequired, 1);
      assert.equal(warnings.body.items[0].name, '钟志强');
      // The list cannot be published while a member who must withdraw sits on it.
      const pub = await village('POST', `${zj.base}/election-committee/publications`, {
        publishedOn: day(0),
      });
      assert.equal(pub.status, 400);
      assert.match(pub.body.message, /钟志强应当退出村民选举委员会（C2-2;C2-6）/);
    });

    test('C2-2 only: under national-2018 the spouse stays, the nominee himself must withdraw', async () => {
      await relate(nat, '钟志强', '王丽', 'spouse');
      await nominate(nat, '王丽');
      assert.deepEqual((await view(nat)).checks.withdrawals, []);
      // A self-nominee is not a candidate under the national set (C2-6 is Zhejiang's).
      await nominate(nat, '蓝秀英', 'self-nomination');
      assert.deepEqual((await view(nat)).checks.withdrawals, []);
      await nominate(nat, '雷美华');
      const v = await view(nat);
      assert.deepEqual(
        v.checks.withdrawals.map((w: { name: string; rule: string }) => [w.name, w.rule]),
        [['雷美华', 'C2-2']],
      );
    });

    test('C2-3: 退出 and 递补 seat the next alternate, recorded with date and reason', async () => {
      const id = await memberId(zj, '钟志强');
      const wrong = await village(
        'POST',
        `${zj.base}/election-committee/members/${await memberId(zj, '雷美华')}/withdraw`,
        {
          withdrawnOn: day(-1),
          kind: 'recusal',
          fill: true,
        },
      );
      assert.equal(wrong.status, 400, 'a member the rules do not bar cannot be recorded as recused');
      assert.match(wrong.body.message, /目前无须回避/);

      const res = await village('POST', `${zj.base}/election-committee/members/${id}/withdraw`, {
        withdrawnOn: day(-1),
        kind: 'recusal',
        fill: true,
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.filledBy, '李春梅');
      const gone = res.body.members.find((m: { name: string }) => m.name === '钟志强');
      assert.equal(gone.status, 'withdrawn');
      assert.equal(gone.withdrawnOn, day(-1));
      assert.equal(gone.withdrawalRule, 'C2-2;C2-6');
      assert.match(gone.withdrawnReason, /配偶/);
      const filled = res.body.members.find((m: { name: string }) => m.name === '李春梅');
      assert.equal(filled.status, 'serving');
      assert.equal(filled.seatedOn, day(-1));
      assert.equal(filled.replacesName, '钟志强');
      assert.equal(res.body.checks.serving, 5);
      assert.deepEqual(res.body.checks.withdrawals, []);
      assert.equal(res.body.checks.next.name, '张伟');
      assert.equal((await village('GET', `${zj.base}/election-committee/warnings`)).body.recusalsRequired, 0);
      const [audit] = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'election-committee.fill'));
      assert.ok(audit, 'the 递补 is audited');
    });

    test('C2-3/C2-6: an alternate who is a nominee’s sibling is passed over; only the offered one may fill', async () => {
      await relate(zj, '张伟', '王丽', 'sibling');
      const before = await view(zj);
      assert.equal(before.checks.next.name, '吴晓红');
      assert.deepEqual(
        before.checks.skipped.map((s: { name: string }) => s.name),
        ['张伟'],
      );
      const id = await memberId(zj, '蓝海军');
      const out = await village('POST', `${zj.base}/election-committee/members/${id}/withdraw`, {
        withdrawnOn: day(0),
        kind: 'resigned',
        reason: '外出务工，本人书面辞去',
        fill: false,
      });
      assert.equal(out.status, 200);
      assert.deepEqual(
        out.body.checks.vacancies.map((x: { name: string }) => x.name),
        ['蓝海军'],
      );
      assert.equal(out.body.checks.sizeViolations[0].rule, 'C2-5', '4 serving is below Zhejiang’s 5');
      const zhang = await memberId(zj, '张伟');
      const wrong = await village('POST', `${zj.base}/election-committee/fill`, {
        vacatedId: id,
        alternateId: zhang,
        filledOn: day(0),
      });
      assert.equal(wrong.status, 409);
      assert.match(wrong.body.message, /应由吴晓红递补（C2-3）/);
      const ok = await village('POST', `${zj.base}/election-committee/fill`, {
        vacatedId: id,
        alternateId: await memberId(zj, '吴晓红'),
        filledOn: day(0),
      });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.deepEqual(ok.body.checks.vacancies, []);
      assert.deepEqual(ok.body.checks.sizeViolations, []);
      assert.equal(ok.body.checks.next, null, 'no alternate left who may serve: a new selection is needed');
    });

    test('the original selection cannot be corrected once someone has withdrawn', async () => {
      const res = await village('PUT', `${zj.base}/election-committee`, selection(zj));
      assert.equal(res.status, 409);
      assert.match(res.body.message, /已退出选举委员会，原推选结果不能再修改/);
    });

    test('另行推选 adds people at the end of the order', async () => {
      const res = await village('POST', `${zj.base}/election-committee/reselections`, {
        body: 'group-meetings',
        heldOn: day(0),
        people: [{ voterId: zj.ids.梅卫东 }],
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const mei = res.body.members.find((m: { name: string }) => m.name === '梅卫东');
      assert.equal(mei.seq, 9);
      assert.equal(mei.status, 'alternate');
      assert.equal(res.body.checks.next.name, '梅卫东');
      assert.equal(res.body.meetings[1].decisionId, null, '各村民小组会议 has no row in the decisions table');
    });

    test('C2-4: the list is published and printed, 主任 first, with the 递补 noted', async () => {
      const pub = await village('POST', `${zj.base}/election-committee/publications`, {
        publishedOn: day(0),
      });
      assert.equal(pub.status, 201, JSON.stringify(pub.body));
      assert.equal(pub.body.publications.length, 1);
      assert.equal(pub.body.changedSincePublished, false);
      assert.deepEqual(pub.body.publications[0].members.map((m: { name: string }) => m.name)[0], '雷建国');
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'observer', password: DEMO_PASSWORD },
      });
      const session = login.cookies.find((c) => c.name === 'hj_session')!.value;
      const res = await t.app.inject({
        method: 'GET',
        url: `${zj.base}/election-committee.pdf?term=${encodeURIComponent('第十二届')}`,
        cookies: { hj_session: session },
      });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const pdf = res.rawPayload;
      const text = pdfText(pdf).replace(/\n/g, '');
      assert.match(text, /柳山村村民选举委员会成员名单公告/);
      assert.match(text, /村民代表会议推选/);
      assert.match(text, /1 主任 雷建国/);
      assert.match(text, /钟志强因依法回避于.*退出村民选举委员会，按原推选结果由李春梅依次递补/);
      assert.match(text, /蓝海军因本人辞职于/);
      assert.match(text, /郑坑乡人民政府备案/);
      assert.match(text, /浙江省村民委员会选举办法/);
      assert.ok(!text.includes('钟志强 男'), 'a withdrawn member is not on the list');
      firstPagePng(pdf, 'election-committee');
    });
  });
}
