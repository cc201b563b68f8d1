/**
 * Issue 7 items 3 and 4: complaints with their time limits by category (B-2/B-3 for voter-list
 * objections, the rule set's 15-day default or the county's own days for the rest), handling steps,
 * the overdue check (escalated to the county and notified exactly once), the risk ledger (a village
 * turning 红 notifies its township once per change, risk points and 销号, daily reports), the weekly
 * ledger xlsx read back, and who may see and do what.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { daysBetween, type IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { complaintCounts } from '../src/complaints/service.js';
import { auditLog } from '../src/db/schema.js';
import { DEMO_PASSWORD } from '../src/demo/demo.js';
import { riskCounts } from '../src/risk/service.js';
import { getRoundRow } from '../src/rounds/service.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId } from './support/village-people.js';

const TOWNSHIP = '331127205';
const COUNTY = '331127';
const LIUSHAN = '331127205201';
const WUBU = '331127205202';

interface Notice {
  id: string;
  kind: string;
  regionCode: string;
  villageCode: string | null;
  title: string;
  dedupeKey: string;
  readAt: string | null;
}

for (const mode of dbModes()) {
  describe(`complaints, the risk ledger and notices (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let village: Caller;
    let clerk: Caller;
    let observer: Caller;
    let roundId = '';
    const url = (code: string, rest = '') => `/api/rounds/${roundId}/villages/${code}${rest}`;

    const register = async (caller: Caller, code: string, body: Record<string, unknown>) =>
      caller('POST', url(code, '/complaints'), {
        channel: 'visit',
        anonymous: false,
        complainantName: '王大明',
        complainantPhone: '13800000000',
        summary: '反映选民名单漏登',
        ...body,
      });

    const notices = async (caller: Caller, region?: string): Promise<Notice[]> => {
      const res = await caller('GET', `/api/notifications${region ? `?region=${region}` : ''}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.items;
    };

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      observer = await loginAs(t.app, 'observer');
      roundId = await demoRoundId(county);
    });
    after(() => t.close());

    test('limits per category: voter-list objections B-3 (3 days, citing B-2/B-3), the rest 15 days cited as data', async () => {
      const res = await township('GET', `/api/rounds/${roundId}/complaints/limits`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const byCat = Object.fromEntries(
        res.body.items.map((l: { category: string; days: number; rule: string }) => [l.category, l]),
      );
      assert.equal(byCat['voter-list'].days, 3);
      assert.equal(byCat['voter-list'].rule, 'B-2;B-3');
      for (const c of ['candidate', 'vote-buying', 'procedure', 'result', 'other']) {
        assert.equal(byCat[c].days, 15, c);
        assert.match(byCat[c].rule, /^seed-000 §8\.7/);
      }
      const objection = await register(township, LIUSHAN, { category: 'voter-list', receivedOn: day(-1) });
      assert.equal(objection.status, 201, JSON.stringify(objection.body));
      assert.equal(objection.body.limitDays, 3);
      assert.ok(daysBetween(day(-1), objection.body.dueOn as IsoDate) >= 3);
      assert.match(objection.body.number, /^\d{4}-\d{4}$/);
      const candidate = await register(township, LIUSHAN, { category: 'candidate', receivedOn: day(0) });
      assert.equal(candidate.body.limitDays, 15);
      assert.equal(candidate.body.serial, objection.body.serial + 1);
      assert.equal(candidate.body.status, 'open');
    });

    test("the county sets a category's own days; the township cannot, and voter-list days stay the law's", async () => {
      const limits = `/api/rounds/${roundId}/complaints/limits`;
      assert.equal((await township('PUT', limits, { category: 'vote-buying', days: 5 })).status, 403);
      const set = await county('PUT', limits, { category: 'vote-buying', days: 5 });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      const vb = set.body.items.find((l: { category: string }) => l.category === 'vote-buying');
      assert.deepEqual([vb.days, vb.source], [5, 'county']);
      const refused = await county('PUT', limits, { category: 'voter-list', days: 10 });
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /办理时限.*B-3/);
      const c = await register(township, WUBU, {
        category: 'vote-buying',
        receivedOn: day(0),
        anonymous: true,
      });
      assert.equal(c.status, 201, JSON.stringify(c.body));
      assert.equal(c.body.limitDays, 5);
      assert.equal(c.body.complainantName, null);
      // back to the rule set's default
      const reset = await county('PUT', limits, { category: 'vote-buying', days: null });
      assert.equal(reset.body.items.find((l: { category: string }) => l.category === 'vote-buying').days, 15);
      const bad = await county('PUT', limits, { category: 'other', days: 0 });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /办理时限/);
    });

    test('intake names the field it refuses', async () => {
      const noName = await register(township, LIUSHAN, {
        category: 'other',
        receivedOn: day(0),
        complainantName: '',
      });
      assert.equal(noName.status, 400);
      assert.match(noName.body.message, /信访人/);
      const future = await register(township, LIUSHAN, { category: 'other', receivedOn: day(3) });
      assert.equal(future.status, 400);
      assert.match(future.body.message, /收到日期/);
      const badCat = await register(township, LIUSHAN, { category: 'nonsense', receivedOn: day(0) });
      assert.equal(badCat.status, 400);
      assert.match(badCat.body.message, /类别/);
    });

    test('an overdue complaint is escalated to the county and notified once, however often the check runs', async () => {
      const c = await register(township, WUBU, {
        category: 'procedure',
        receivedOn: day(-30),
        summary: '反映推选过程不公开',
      });
      assert.equal(c.status, 201, JSON.stringify(c.body));
      const id = c.body.id;
      assert.equal(c.body.timing.state, 'overdue');
      assert.equal(c.body.escalatedAt, null);
      // reading the list runs the check
      const list = await township('GET', `/api/rounds/${roundId}/complaints`);
      assert.equal(list.status, 200, JSON.stringify(list.body));
      const row = list.body.items.find((x: { id: string }) => x.id === id);
      assert.equal(row.escalatedTo, COUNTY);
      assert.ok(row.escalatedAt);
      assert.equal(row.escalatedToName, '景宁畲族自治县');
      assert.equal(row.timing.state, 'overdue');
      assert.equal(row.timing.daysOver, daysBetween(row.dueOn as IsoDate, day(0)));
      assert.ok(list.body.counts.overdue >= 1);
      // again, through every path that checks
      for (let i = 0; i < 2; i++) {
        assert.equal(
          (await township('POST', `/api/rounds/${roundId}/complaints/check-overdue`, {})).status,
          200,
        );
        await county('GET', `/api/rounds/${roundId}/complaints?area=${COUNTY}`);
        await county('GET', '/api/notifications/unread-count');
      }
      const mine = (await notices(county)).filter((n) => n.dedupeKey === `complaint-overdue:${id}`);
      assert.equal(mine.length, 1);
      assert.equal(mine[0]!.regionCode, COUNTY);
      assert.equal(mine[0]!.kind, 'complaint-overdue');
      assert.match(mine[0]!.title, /逾期未办结，已上报/);
      // the township does not see the county's notice
      assert.ok(!(await notices(township)).some((n) => n.dedupeKey === `complaint-overdue:${id}`));
      const escalations = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'complaint.escalate')));
      assert.equal(escalations.length, 1);
      assert.equal(escalations[0]!.actorName, '系统（逾期检查）');
      // it shows among the overdue ones, and its detail tells the steps
      const overdue = await township('GET', `/api/rounds/${roundId}/complaints?overdue=true`);
      assert.ok(overdue.body.items.some((x: { id: string }) => x.id === id));
      const detail = await township('GET', url(WUBU, `/complaints/${id}`));
      assert.deepEqual(
        detail.body.steps.map((s: { label: string }) => s.label),
        ['登记', '上报'],
      );
    });

    test('a complaint due within two days reminds its township once', async () => {
      const c = await register(township, LIUSHAN, { category: 'result', receivedOn: day(-14) });
      assert.equal(c.body.timing.state, c.body.dueOn <= day(2) ? 'due-soon' : 'on-time');
      await township('GET', `/api/rounds/${roundId}/complaints`);
      await township('GET', `/api/rounds/${roundId}/complaints`);
      const reminders = (await notices(township)).filter(
        (n) => n.dedupeKey === `complaint-due-soon:${c.body.id}`,
      );
      assert.equal(reminders.length, c.body.dueOn <= day(2) ? 1 : 0);
    });

    test('handling: a handler of the township or county, reply with the outcome, close; steps in order', async () => {
      const c = await register(township, LIUSHAN, { category: 'candidate', receivedOn: day(-2) });
      const id = c.body.id;
      const handlers = await township('GET', url(LIUSHAN, '/complaint-handlers'));
      assert.equal(handlers.status, 200);
      const names = handlers.body.items.map((h: { displayName: string }) => h.displayName);
      assert.ok(names.includes('郑坑乡换届办') && names.includes('景宁县换届办'), names.join());
      const towns = (await county('GET', `/api/regions/${COUNTY}/children`)).body.items;
      const elsewhere = towns.find((x: { code: string }) => x.code !== TOWNSHIP);
      const other = await county('POST', '/api/users', {
        username: 'elsewhere',
        displayName: '他乡换届办',
        role: 'township',
        regionCode: elsewhere.code,
        password: 'abc12345',
      });
      assert.equal(other.status, 201);
      const wrong = await township('POST', url(LIUSHAN, `/complaints/${id}/assign`), {
        handlerId: other.body.id,
      });
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.message, /承办人/);
      const handler = handlers.body.items.find(
        (h: { displayName: string }) => h.displayName === '郑坑乡换届办',
      );
      const assigned = await township('POST', url(LIUSHAN, `/complaints/${id}/assign`), {
        handlerId: handler.id,
      });
      assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
      assert.deepEqual([assigned.body.status, assigned.body.handlerName], ['handling', '郑坑乡换届办']);
      const early = await township('POST', url(LIUSHAN, `/complaints/${id}/close`), {});
      assert.equal(early.status, 409);
      const replied = await township('POST', url(LIUSHAN, `/complaints/${id}/reply`), {
        outcome: 'unsubstantiated',
        replyText: '经核实，候选人资格符合规定，已当面答复',
        repliedOn: day(0),
      });
      assert.equal(replied.status, 200, JSON.stringify(replied.body));
      assert.equal(replied.body.timing.state, 'answered');
      assert.equal(replied.body.timing.answeredLate, false);
      const closed = await township('POST', url(LIUSHAN, `/complaints/${id}/close`), {
        note: '信访人表示满意',
      });
      assert.equal(closed.body.status, 'closed');
      const detail = await village('GET', url(LIUSHAN, `/complaints/${id}`));
      assert.equal(detail.status, 200);
      assert.deepEqual(
        detail.body.steps.map((s: { label: string }) => s.label),
        ['登记', '交办', '答复', '办结'],
      );
      assert.match(detail.body.steps[2].detail, /反映不实/);
      const filtered = await township(
        'GET',
        `/api/rounds/${roundId}/complaints?status=closed&category=candidate`,
      );
      assert.deepEqual(
        filtered.body.items.map((x: { id: string }) => x.id),
        [id],
      );
    });

    test('manual escalation notifies the county; a risk point opened from a complaint is linked once', async () => {
      const c = await register(township, LIUSHAN, { category: 'vote-buying', receivedOn: day(0) });
      const id = c.body.id;
      const up = await township('POST', url(LIUSHAN, `/complaints/${id}/escalate`), {
        note: '涉及贿选，重大投诉及时上报',
      });
      assert.equal(up.status, 200, JSON.stringify(up.body));
      assert.equal(up.body.escalatedTo, COUNTY);
      assert.equal(
        (await township('POST', url(LIUSHAN, `/complaints/${id}/escalate`), { note: '再次' })).status,
        409,
      );
      assert.equal(
        (await notices(county)).filter((n) => n.dedupeKey === `complaint-escalated:${id}`).length,
        1,
      );
      const risk = await township('POST', url(LIUSHAN, `/complaints/${id}/risk-item`), {
        title: '疑似拉票贿选',
        category: 'vote-buying',
        level: 'red',
        owner: '乡纪委书记',
        measures: '约谈相关人员',
        dueOn: day(7),
      });
      assert.equal(risk.status, 201, JSON.stringify(risk.body));
      assert.equal(risk.body.riskItem.complaintId, id);
      assert.equal(risk.body.complaint.riskItemId, risk.body.riskItem.id);
      const again = await township('POST', url(LIUSHAN, `/complaints/${id}/risk-item`), {
        title: '再开',
        category: 'other',
        level: 'orange',
        owner: '某人',
        dueOn: day(7),
      });
      assert.equal(again.status, 409);
      const detail = await township('GET', url(LIUSHAN, `/complaints/${id}`));
      assert.equal(detail.body.riskItem.title, '疑似拉票贿选');
    });

    test('a village turning 红 notifies its township once per change; the history keeps every rating', async () => {
      const rating = url(WUBU, '/risk/rating');
      const orange = await township('PUT', rating, { level: 'orange', riskReasons: ['两委不和'] });
      assert.equal(orange.status, 200, JSON.stringify(orange.body));
      assert.equal(orange.body.notified, false);
      const noReason = await township('PUT', rating, { level: 'red', riskReasons: [] });
      assert.equal(noReason.status, 400);
      assert.match(noReason.body.message, /研判理由/);
      const red = await township('PUT', rating, { level: 'red', riskReasons: ['两委不和', '宗族势力介入'] });
      assert.equal(red.body.notified, true);
      const stillRed = await township('PUT', rating, { level: 'red', riskReasons: ['宗族势力介入'] });
      assert.equal(stillRed.body.notified, false);
      let mine = (await notices(township)).filter((n) => n.kind === 'risk-red' && n.villageCode === WUBU);
      assert.equal(mine.length, 1);
      assert.equal(mine[0]!.regionCode, TOWNSHIP);
      assert.match(mine[0]!.title, /吴布村.*红色/);
      // the county sees its townships' notices too
      assert.ok((await notices(county)).some((n) => n.id === mine[0]!.id));
      await township('PUT', rating, { level: 'green', riskReasons: [] });
      await township('PUT', rating, { level: 'red', riskReasons: ['信访积案'] });
      mine = (await notices(township)).filter((n) => n.kind === 'risk-red' && n.villageCode === WUBU);
      assert.equal(mine.length, 2);
      const v = await township('GET', url(WUBU, '/risk'));
      assert.equal(v.body.rating.level, 'red');
      // newest first; the demo may have rated the village before this test
      const changes = v.body.history
        .slice(0, 5)
        .map((h: { fromLevel: string | null; level: string }) => [h.fromLevel, h.level])
        .reverse();
      assert.equal(changes[0][1], 'orange');
      assert.deepEqual(changes.slice(1), [
        ['orange', 'red'],
        ['red', 'red'],
        ['red', 'green'],
        ['green', 'red'],
      ]);
    });

    test('notices: unread count, marked read by the township, never by the observer or a village', async () => {
      const before = (await township('GET', '/api/notifications/unread-count')).body.unread;
      assert.ok(before >= 1);
      const list = await notices(township);
      const first = list.find((n) => !n.readAt)!;
      assert.equal((await observer('POST', '/api/notifications/read', { ids: [first.id] })).status, 403);
      assert.equal((await village('POST', '/api/notifications/read', { ids: [first.id] })).status, 403);
      assert.equal((await observer('GET', '/api/notifications')).status, 200);
      const marked = await township('POST', '/api/notifications/read', { ids: [first.id] });
      assert.equal(marked.status, 200, JSON.stringify(marked.body));
      assert.deepEqual([marked.body.marked, marked.body.unread], [1, before - 1]);
      const all = await township('POST', '/api/notifications/read', { region: TOWNSHIP });
      assert.equal(all.body.unread, 0);
      assert.deepEqual(await notices(village), []);
    });

    test('risk points are added and closed out (销号) once; daily reports from the village, several a day', async () => {
      const added = await township('POST', url(WUBU, '/risk/items'), {
        title: '两委班子矛盾',
        category: 'two-committees',
        level: 'red',
        owner: '包村干部张三',
        measures: '乡党委书记谈心谈话',
        dueOn: day(10),
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      const second = await township('POST', url(WUBU, '/risk/items'), {
        title: '上届遗留信访',
        category: 'petition-legacy',
        level: 'orange',
        owner: '包村干部李四',
        dueOn: day(5),
      });
      const closeUrl = url(WUBU, `/risk/items/${second.body.id}/close`);
      assert.equal((await township('POST', closeUrl, { closedNote: '' })).status, 400);
      const closed = await township('POST', closeUrl, { closedNote: '已答复并息访' });
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      assert.equal(closed.body.status, 'closed');
      assert.equal((await township('POST', closeUrl, { closedNote: '再次' })).status, 409);

      const report = (caller: Caller, code: string, body: Record<string, unknown>) =>
        caller('POST', url(code, '/risk/reports'), {
          reporterName: '钟信息',
          reporterPhone: '13900000000',
          ...body,
        });
      assert.equal((await report(village, LIUSHAN, { hasIssue: false })).status, 201);
      const issue = await report(clerk, LIUSHAN, {
        hasIssue: true,
        situation: '有村民在祠堂聚集议论选举',
        suggestedLevel: 'orange',
      });
      assert.equal(issue.status, 201, JSON.stringify(issue.body));
      assert.equal((await report(village, LIUSHAN, { hasIssue: true, situation: '' })).status, 400);
      assert.equal((await report(village, WUBU, { hasIssue: false })).status, 403);
      assert.equal((await report(observer, LIUSHAN, { hasIssue: false })).status, 403);
      const v = await village('GET', url(LIUSHAN, '/risk'));
      const mine = v.body.reports.filter((r: { reporterName: string }) => r.reporterName === '钟信息');
      assert.equal(mine.length, 2);
      assert.equal(mine.find((r: { hasIssue: boolean }) => !r.hasIssue).situation, '平安无事');

      const ledger = await township('GET', `/api/rounds/${roundId}/risk`);
      assert.equal(ledger.status, 200);
      const wubu = ledger.body.villages.find((x: { code: string }) => x.code === WUBU);
      const points: { status: string }[] = (await township('GET', url(WUBU, '/risk'))).body.items;
      assert.deepEqual(
        [wubu.level, wubu.openItems, wubu.closedItems],
        [
          'red',
          points.filter((p) => p.status === 'open').length,
          points.filter((p) => p.status === 'closed').length,
        ],
      );
      assert.ok(wubu.openItems >= 1 && wubu.closedItems >= 1);
      const c = ledger.body.counts;
      assert.equal(c.red + c.orange + c.green + c.unrated, c.villages);
      assert.equal(c.villages, ledger.body.villages.length);
    });

    test('the weekly ledger xlsx reads back: villages with their colour, risk points, the week’s reports', async () => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'township', password: DEMO_PASSWORD },
      });
      const cookie = login.cookies.find((x) => x.name === 'hj_session')!.value;
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/risk/ledger.xlsx`,
        cookies: { hj_session: cookie },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(
        wb.worksheets.map((w) => w.name),
        ['村风险研判', '风险点', '本周每日直报'],
      );
      const rows = (name: string) => {
        const ws = wb.getWorksheet(name)!;
        const out: string[][] = [];
        ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
        return out;
      };
      const villages = rows('村风险研判');
      assert.deepEqual(villages[0]!.slice(0, 5), [
        '序号',
        '乡镇（街道）',
        '村（社区）',
        '风险等级',
        '研判理由',
      ]);
      // the file says what the ledger page says
      const ledger = (await township('GET', `/api/rounds/${roundId}/risk`)).body;
      assert.equal(villages.length, ledger.villages.length + 1);
      for (const v of ledger.villages) {
        const row = villages.find((r) => r[2] === v.name)!;
        assert.deepEqual(
          [row[1], row[3], row[7], row[8], row[9]],
          [
            v.townshipName,
            v.level ? { red: '红', orange: '橙', green: '绿' }[v.level as string] : '未研判',
            String(v.openItems),
            String(v.overdueItems),
            String(v.closedItems),
          ],
          v.name,
        );
      }
      const wubu = villages.find((r) => r[2] === '吴布村')!;
      assert.deepEqual([wubu[1], wubu[3], wubu[4]], ['郑坑乡', '红', '信访积案']);
      const items = rows('风险点');
      assert.equal(items.length, ledger.items.length + 1);
      const fromComplaint = items.find((r) => r[3] === '疑似拉票贿选')!;
      assert.match(fromComplaint[13]!, /^\d{4}-\d{4}$/);
      assert.equal(items.find((r) => r[3] === '上届遗留信访')![10], '已销号');
      const daily = rows('本周每日直报');
      const week = (await township('GET', `/api/rounds/${roundId}/risk/reports`)).body.items;
      assert.equal(daily.length, week.length + 1);
      assert.ok(daily.some((r) => r[5] === '有情况' && r[6] === '有村民在祠堂聚集议论选举' && r[7] === '橙'));
    });

    test('access: a village sees its own complaints only; the observer reads but never writes', async () => {
      const own = await village('GET', `/api/rounds/${roundId}/complaints`);
      assert.equal(own.status, 200);
      assert.ok(own.body.items.length >= 1);
      assert.ok(own.body.items.every((c: { villageCode: string }) => c.villageCode === LIUSHAN));
      assert.equal((await village('GET', `/api/rounds/${roundId}/complaints?area=${WUBU}`)).status, 403);
      assert.equal((await village('GET', `/api/rounds/${roundId}/complaints?village=${WUBU}`)).status, 403);
      const wubuComplaint = (await township('GET', `/api/rounds/${roundId}/complaints?village=${WUBU}`)).body
        .items[0];
      assert.equal((await village('GET', url(WUBU, `/complaints/${wubuComplaint.id}`))).status, 403);
      assert.equal((await register(village, LIUSHAN, { category: 'other', receivedOn: day(0) })).status, 403);

      const seen = await observer('GET', `/api/rounds/${roundId}/complaints`);
      assert.equal(seen.status, 200);
      assert.ok(seen.body.items.some((c: { villageCode: string }) => c.villageCode === WUBU));
      assert.equal((await observer('GET', `/api/rounds/${roundId}/risk`)).status, 200);
      assert.equal(
        (await register(observer, LIUSHAN, { category: 'other', receivedOn: day(0) })).status,
        403,
      );
      assert.equal(
        (await observer('PUT', url(LIUSHAN, '/risk/rating'), { level: 'green', riskReasons: [] })).status,
        403,
      );
      assert.equal(
        (await observer('POST', `/api/rounds/${roundId}/complaints/check-overdue`, {})).status,
        403,
      );
    });

    test('counts by category and status add up, and every change is in the audit chain', async () => {
      const round = await getRoundRow(t.database.db, roundId);
      const all = await complaintCounts(t.database.db, round, TOWNSHIP, day(0));
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      assert.equal(sum(all.byCategory), all.total);
      assert.equal(sum(all.byStatus), all.total);
      for (const [cat, byStatus] of Object.entries(all.table))
        assert.equal(sum(byStatus), all.byCategory[cat as keyof typeof all.byCategory]);
      const parts = await Promise.all(
        (await township('GET', `/api/rounds/${roundId}/risk`)).body.villages.map((v: { code: string }) =>
          complaintCounts(t.database.db, round, v.code, day(0)),
        ),
      );
      assert.equal(
        parts.reduce((a, p) => a + p.total, 0),
        all.total,
      );
      assert.equal(
        parts.reduce((a, p) => a + p.overdue, 0),
        all.overdue,
      );
      assert.ok(all.escalated >= 2);
      const risk = await riskCounts(t.database.db, round, TOWNSHIP, day(0));
      assert.equal(risk.red + risk.orange + risk.green + risk.unrated, risk.villages);
      assert.ok(risk.openItems >= 2 && risk.closedItems === 1);

      const actions = new Set(
        (
          await t.database.db
            .select({ action: auditLog.action })
            .from(auditLog)
            .where(eq(auditLog.countyCode, COUNTY))
        ).map((r) => r.action),
      );
      for (const a of [
        'complaint.register',
        'complaint.assign',
        'complaint.reply',
        'complaint.close',
        'complaint.escalate',
        'complaint.link-risk',
        'complaint.limit-set',
        'risk.rate',
        'risk.item-add',
        'risk.item-close',
        'risk.report',
      ])
        assert.ok(actions.has(a), a);
    });
  });
}
