/**
 * Issue 7 items 5 and 6: work records (counted for the summary), the village archive checklist (items
 * the data proves are computed, the others recorded by hand), the handover due B-11 days after the
 * confirmed result (late ones flagged and notified to the township), the whole archive as a zip whose
 * scenario files re-tally to the stored results, and the summary report as a real DOCX whose figures
 * are the statistics API's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, getRuleSet, type IsoDate, parseScenario, percent, periodEnd, tally } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { auditLog, ballotIssues, notifications, voteRounds } from '../src/db/schema.js';
import { DEMO_PASSWORD } from '../src/demo/demo.js';
import { countyHolidays } from '../src/preparation/schedule/holidays.js';
import { type PollingDayVillage, setUpPollingDay } from './polling-day-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { docxText, unzipAll } from './support/unzip.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';
const TOWNSHIP = LIUSHAN.slice(0, 9);
const COUNTY = LIUSHAN.slice(0, 6);

for (const mode of dbModes()) {
  describe(`work records, archive, handover and the summary report (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let township: Caller;
    let county: Caller;
    let pd: PollingDayVillage;
    let roundId = '';
    let villageBase = '';
    const id = (name: string) => pd.voters[name]!;
    const get = async (caller: 'village' | 'county', url: string) => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: caller, password: DEMO_PASSWORD },
      });
      const cookie = login.cookies.find((c) => c.name === 'hj_session')!.value;
      return t.app.inject({ method: 'GET', url, cookies: { hj_session: cookie } });
    };

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      township = await loginAs(t.app, 'township');
      roundId = await demoRoundId(county);
      villageBase = `/api/rounds/${roundId}/villages/${LIUSHAN}`;
      await setElectionDay(county, roundId, LIUSHAN, day(30));
    });
    after(() => t.close());

    test('work records: added by the township, summed for the county, edited and deleted, all audited', async () => {
      const url = (code: string) => `/api/rounds/${roundId}/areas/${code}/work-records`;
      const bad = await township('POST', url(TOWNSHIP), {
        kind: 'training',
        title: '',
        heldOn: '2026-02-30',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /标题|日期/);
      assert.equal(
        (await village('POST', url(TOWNSHIP), { kind: 'training', title: '培训', heldOn: '2026-01-05' }))
          .status,
        403,
      );
      const a = await township('POST', url(TOWNSHIP), {
        kind: 'training',
        title: '选委会培训',
        heldOn: '2026-01-05',
        quantity: 2,
        people: 120,
      });
      assert.equal(a.status, 201, JSON.stringify(a.body));
      const b = await county('POST', url(COUNTY), {
        kind: 'training',
        title: '信息直报员培训',
        heldOn: '2026-01-08',
        quantity: 1,
        people: 45,
      });
      assert.equal(b.status, 201, JSON.stringify(b.body));
      const c = await township('POST', url(TOWNSHIP), {
        kind: 'publicity',
        title: '致全体选民的一封信',
        heldOn: '2026-01-10',
        quantity: 800,
        people: 0,
        note: '一户一信',
      });
      assert.equal(c.status, 201);
      // the round is the township's: the county's record for it belongs to the township's area
      assert.equal(b.body.regionCode, TOWNSHIP);
      const mine = await township('GET', url(TOWNSHIP));
      assert.equal(mine.status, 200);
      const training = mine.body.sums.find((s: { kind: string }) => s.kind === 'training');
      assert.deepEqual([training.records, training.quantity, training.people], [2, 3, 165]);
      assert.deepEqual((await county('GET', url(COUNTY))).body.sums, mine.body.sums);
      const publicity = mine.body.sums.find((s: { kind: string }) => s.kind === 'publicity');
      assert.deepEqual([publicity.records, publicity.quantity], [1, 800]);
      // edited, then deleted: before and after in the audit log
      const edit = await township('PUT', `${url(TOWNSHIP)}/${a.body.id}`, {
        kind: 'training',
        title: '选委会培训（两期）',
        heldOn: '2026-01-05',
        quantity: 2,
        people: 130,
      });
      assert.equal(edit.status, 200, JSON.stringify(edit.body));
      assert.equal(edit.body.people, 130);
      assert.equal((await township('DELETE', `${url(TOWNSHIP)}/${c.body.id}`)).status, 204);
      assert.equal((await township('DELETE', `${url(TOWNSHIP)}/${c.body.id}`)).status, 404);
      const audit = await t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entity, 'work-record'));
      assert.deepEqual(audit.map((x) => x.action).sort(), [
        'work-record.add',
        'work-record.add',
        'work-record.add',
        'work-record.delete',
        'work-record.update',
      ]);
    });

    test('the archive checklist before the vote: computed items missing, recorded items by hand only', async () => {
      const res = await village('GET', `${villageBase}/archive`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const item = (i: string) => res.body.items.find((x: { id: string }) => x.id === i);
      assert.equal(item('result-report').present, false);
      assert.equal(item('result-report').source, 'data');
      assert.equal(item('ballots-sealed').source, 'recorded');
      const refused = await village('PUT', `${villageBase}/archive/voter-list`, { present: true });
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /由系统根据数据判断/);
      const sealed = await village('PUT', `${villageBase}/archive/ballots-sealed`, {
        present: true,
        note: '第3卷，乡镇档案室',
      });
      assert.equal(sealed.status, 200, JSON.stringify(sealed.body));
      assert.equal((await clerk('PUT', `${villageBase}/archive/photos`, { present: true })).status, 403);
      const after = await township('GET', `${villageBase}/archive`);
      const s = after.body.items.find((x: { id: string }) => x.id === 'ballots-sealed');
      assert.equal(s.present, true);
      assert.match(s.detail, /第3卷/);
      const h = await village('GET', `${villageBase}/handover`);
      assert.equal(h.status, 200);
      assert.equal(h.body.formedOn, null);
      assert.equal((await village('POST', `${villageBase}/handover`)).status, 400);
    });

    test('polling day to a confirmed result: the checklist follows the data', async () => {
      pd = await setUpPollingDay(t.database, { village, township }, roundId, LIUSHAN, {
        open: true,
        countMode: 'sheets',
      });
      const all = Object.keys(pd.voters).filter((n) => !['郑五', '陈一'].includes(n));
      const STATION = ['周一', '周二', '周三', '周四'];
      const CENTRAL = all.filter((n) => !STATION.includes(n)).slice(0, 12);
      const issue = async (place: string, names: readonly string[]) =>
        t.database.db.insert(ballotIssues).values(
          names.map((n) => ({
            countyCode: COUNTY,
            voteRoundId: pd.voteId,
            voterId: id(n),
            electionId: pd.electionId,
            roundId,
            villageCode: LIUSHAN,
            placeId: place,
            via: 'in-person' as const,
            foundBy: 'search' as const,
            issuedBy: 'test',
            issuedByName: '测试发票员',
          })),
        );
      await issue(pd.places.central, CENTRAL);
      await issue(pd.places.station, STATION);
      await issue(pd.places.box, ['郑五', '陈一']);
      const vote = `${pd.base}/${pd.voteId}`;
      const close = await village('POST', `${vote}/close-polling`, {});
      if (close.status === 404)
        await t.database.db
          .update(voteRounds)
          .set({ status: 'counting' })
          .where(eq(voteRounds.id, pd.voteId));
      const sheet = (n: number) => ({
        collected: n,
        voidBallots: 0,
        votes: {
          chair: { [id('李明')]: n },
          vice: { [id('王芳')]: n },
          women: { [id('蓝秀英')]: n },
          member: { [id('钟强')]: n, [id('吴军')]: n },
        },
      });
      for (const [place, n] of [
        [pd.places.central, CENTRAL.length],
        [pd.places.station, STATION.length],
        [pd.places.box, 2],
      ] as const) {
        assert.equal((await village('PUT', `${vote}/sheets/${place}/1`, sheet(n))).status, 200);
        assert.equal((await clerk('PUT', `${vote}/sheets/${place}/2`, sheet(n))).status, 200);
      }
      const computed = await village('POST', `${vote}/result`);
      assert.equal(computed.status, 200, JSON.stringify(computed.body));
      assert.equal((await village('POST', `${vote}/result/report`)).status, 200);
      const confirmed = await township('POST', `${vote}/result/confirm`);
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));

      const res = await village('GET', `${villageBase}/archive`);
      const item = (i: string) => res.body.items.find((x: { id: string }) => x.id === i);
      for (const i of [
        'voter-list',
        'polling-plan',
        'vote-counts',
        'result-report',
        'result-announcement',
        'certificates',
      ])
        assert.equal(item(i).present, true, `${i}: ${JSON.stringify(item(i))}`);
      assert.match(item('result-report').detail, /第1次投票（第一次投票/);
      assert.equal(item('handover-list').present, false);
      // no approved proxy voting here: not applicable, and not counted among the items due
      assert.deepEqual([item('proxy-list').present, item('proxy-list').applicable], [false, false]);
      assert.equal(res.body.total, res.body.items.length - 1);
      assert.ok(
        item('result-report').documents.some((d: { path: string }) => d.path.endsWith('/report.pdf')),
      );
    });

    test('the handover: due B-11 days after the confirmed result, late ones flagged and notified once', async () => {
      // the committee was formed on its polling day: move it into the past so the handover is overdue
      const formedOn = '2025-03-02' as IsoDate;
      await t.database.db
        .update(voteRounds)
        .set({ pollingDate: formedOn })
        .where(eq(voteRounds.id, pd.voteId));
      // the tenth day is a day off in the county's calendar: the period runs on to the next day (C-3)
      const holidays2025 = await county('PUT', `/api/rounds/${roundId}/holidays/2025`, {
        weekendsOff: false,
        holidays: [{ day: '2025-03-12', name: '测试假日' }],
        workdays: [],
      });
      assert.equal(holidays2025.status, 200, JSON.stringify(holidays2025.body));
      const started = await village('POST', `${villageBase}/handover`);
      assert.equal(started.status, 201, JSON.stringify(started.body));
      const rules = getRuleSet('zhejiang-2020')!.calendar.handoverWithinDays;
      assert.equal(rules.rule, 'B-11');
      const holidays = await countyHolidays(t.database.db, COUNTY);
      const due = periodEnd(formedOn, rules.value, holidays.set);
      assert.equal(addDays(formedOn, rules.value), '2025-03-12');
      assert.equal(due, '2025-03-13');
      assert.equal(started.body.formedOn, formedOn);
      assert.equal(started.body.dueOn, due);
      assert.match(started.body.rule, /^B-11/);
      assert.equal(started.body.handover.checklist.length, 8);
      assert.equal(started.body.late, true);
      assert.equal((await village('POST', `${villageBase}/handover`)).status, 409);

      const notices = async () =>
        t.database.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.countyCode, COUNTY), eq(notifications.kind, 'handover-overdue')));
      await village('GET', `${villageBase}/handover`);
      await township('GET', `${villageBase}/handover`);
      const n = await notices();
      assert.equal(n.length, 1, 'one notice, however often the page is opened');
      assert.equal(n[0]!.regionCode, TOWNSHIP);
      assert.match(n[0]!.body, /柳山村/);

      const checklist = started.body.handover.checklist.map((c: { item: string }) => ({
        item: c.item,
        done: c.item !== 'debts',
        note: c.item === 'seal' ? '公章1枚' : null,
      }));
      const early = await village('PUT', `${villageBase}/handover`, {
        checklist,
        outgoing: '张老',
        incoming: '李明',
        witness: '乡镇干部王',
        completedOn: '2025-03-20',
      });
      assert.equal(early.status, 400);
      assert.match(early.body.message, /完成日期：还有未移交的项目：债权债务/);
      const noWitness = await village('PUT', `${villageBase}/handover`, {
        checklist: checklist.map((c: object) => ({ ...c, done: true })),
        outgoing: '张老',
        incoming: '李明',
        completedOn: '2025-03-20',
      });
      assert.equal(noWitness.status, 400);
      assert.match(noWitness.body.message, /监交人/);
      const done = await village('PUT', `${villageBase}/handover`, {
        checklist: checklist.map((c: object) => ({ ...c, done: true })),
        outgoing: '张老',
        incoming: '李明',
        witness: '乡镇干部王',
        completedOn: '2025-03-20',
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal(done.body.handover.completedOn, '2025-03-20');
      assert.equal(done.body.late, due < '2025-03-20');
      assert.equal(
        done.body.handover.checklist.find((c: { item: string }) => c.item === 'seal').note,
        '公章1枚',
      );
      const archive = await village('GET', `${villageBase}/archive`);
      const h = archive.body.items.find((x: { id: string }) => x.id === 'handover-list');
      assert.equal(h.present, true);
      assert.match(h.detail, /2025-03-20 完成移交/);
      const audit = await t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entity, 'handover'));
      assert.deepEqual(audit.map((a) => a.action).sort(), ['handover.save', 'handover.start']);
    });

    test('the archive zip: documents, scenarios that re-tally, the checklist xlsx and a manifest', async () => {
      const res = await get('village', `${villageBase}/archive.zip`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/zip');
      assert.match(String(res.headers['content-disposition']), /attachment; filename\*=UTF-8''/);
      const files = await unzipAll(res.rawPayload);
      const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
      assert.equal(manifest.format, 'huanjie-archive/1');
      const listed = manifest.files.map((f: { path: string }) => f.path);
      // the manifest names exactly the other entries
      assert.deepEqual(
        [...files.keys()].filter((k) => k !== 'manifest.json' && k !== '目录.txt').sort(),
        [...listed].sort(),
      );
      for (const f of manifest.files) assert.equal(files.get(f.path)!.length, f.bytes, f.path);
      for (const p of ['02-选民榜.pdf', '04-正式候选人名单.pdf', '06-投票选举公告.pdf'])
        assert.ok(listed.includes(p), `${p} in ${listed.join(', ')}`);
      for (const p of listed.filter((x: string) => x.endsWith('.pdf')))
        assert.equal(files.get(p)!.subarray(0, 5).toString(), '%PDF-', p);
      assert.ok(files.get('08-档案清单与工作移交.xlsx')!.subarray(0, 2).toString() === 'PK');
      // no approved proxies in this village: missing, with the reason
      assert.ok(manifest.missing.every((m: { reason: string }) => m.reason.length > 0));
      assert.ok(files.get('目录.txt')!.toString('utf8').includes('柳山村'));

      const scenarioPath = listed.find((p: string) => /scenario-\d+-1\.json$/.test(p))!;
      const resultPath = listed.find((p: string) => /result-\d+-1\.json$/.test(p))!;
      assert.ok(scenarioPath && resultPath, listed.join(', '));
      assert.ok(listed.some((p: string) => p.endsWith('当选证书.pdf')));
      const ruleSet = getRuleSet('zhejiang-2020')!;
      const parsed = parseScenario(
        JSON.parse(files.get(scenarioPath)!.toString('utf8')),
        (x) => x === ruleSet.id,
      );
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.error));
      const out = tally(parsed.value, ruleSet);
      assert.ok(out.ok);
      assert.deepEqual(out.value.result, JSON.parse(files.get(resultPath)!.toString('utf8')));
      const [stored] = await t.database.db.select().from(voteRounds).where(eq(voteRounds.id, pd.voteId));
      assert.deepEqual(out.value.result, stored!.result);
      assert.equal(
        (await get('village', `/api/rounds/${roundId}/villages/331127205202/archive.zip`)).statusCode,
        403,
      );
    });

    test('the summary report: a Word file whose figures are the statistics API’s', async () => {
      const stats = await township('GET', `/api/rounds/${roundId}/statistics?area=${TOWNSHIP}`);
      assert.equal(stats.status, 200, JSON.stringify(stats.body));
      const a = stats.body.area;
      const res = await get('county', `/api/rounds/${roundId}/summary.docx?area=${TOWNSHIP}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /wordprocessingml/);
      const parts = await unzipAll(res.rawPayload);
      assert.ok(parts.has('[Content_Types].xml'));
      const text = docxText(parts.get('word/document.xml')!.toString('utf8'));
      for (const s of [
        '郑坑乡2020年村级组织换届工作总结',
        '一、基本情况',
        '二、主要做法',
        '三、存在问题',
        '四、下一步工作',
        `登记选民${a.registered}人，参加投票${a.voted}人，参选率${percent(a.turnout)}`,
        `已完成换届选举${a.completed}个`,
        `新一届村（居）民委员会成员共${a.committee.people}人`,
        `两委班子成员（去重）共${a.twoCommitteesHeadcount}人`,
        `占${percent(a.oneShoulder)}`,
        '举办各类培训3期，培训175人次',
        '【待填写】',
      ])
        assert.ok(text.includes(s), `总结里没有“${s}”\n${text}`);
      assert.equal(a.voted, 18);
      assert.equal(a.registered >= 18, true);
      assert.equal(
        (await village('GET', `/api/rounds/${roundId}/summary.docx?area=${TOWNSHIP}`)).status,
        403,
      );
    });
  });
}
