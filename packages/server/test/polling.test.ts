/**
 * Issue 5 item 8: the polling plan under zhejiang-2020 — stations and a mobile box with their voters
 * from the register (each voter counted once, G-9), the township's approval of the box and its three
 * scrutineers (G-7), staff recusal (E-9), publication by E−5 (B-7, late flagged) with the schedule's
 * step marked done, and the notice PDF.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getRuleSet } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { auditLog, scheduleSteps } from '../src/db/schema.js';
import { firstPagePng, pdfText } from './documents/pdf-tools.js';
import { GROUPS, OTHERS, relate, setUpPollingVillage } from './polling-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';
const WUBU = '331127205202';
const zhejiang = getRuleSet('zhejiang-2020')!;
const MIN = zhejiang.polling.mobileBoxMinStaff.value!;
const DUE_DAYS = zhejiang.calendar.pollingPlanDaysBefore.value!;

interface Place {
  id: string;
  kind: string;
  name: string;
  voters: number;
  scrutineers: number;
  approvalStatus: string | null;
  boxVoters: { voterId: string; name: string }[];
}

for (const mode of dbModes()) {
  describe(`polling plan (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let township: Caller;
    let village: Caller;
    let clerk: Caller;
    let roundId = '';
    let base = '';
    let people: Record<string, string> = {};
    const places: Record<string, string> = {};
    const voterCount = 9 + OTHERS.length;

    const plan = async () => {
      const res = await clerk('GET', base);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body as {
        places: Place[];
        staff: { id: string; name: string; role: string; recusal: { rule: string; reason: string } | null }[];
        problems: { rule: string; field: string; reason: string }[];
        totalVoters: number;
        groups: { name: string; voters: number; placeId: string }[];
        plan: {
          publishedOn: string;
          late: boolean;
          version: number;
          changedSincePublication: boolean;
        } | null;
        due: { dueOn: string; rule: string } | null;
      };
    };
    const staff = (placeId: string, role: string, name: string) =>
      clerk('POST', `${base}/staff`, { placeId, role, voterId: people[name] });

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      township = await loginAs(t.app, 'township');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${LIUSHAN}/polling`;
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      ({ voters: people } = await setUpPollingVillage(t.database, village, roundId, LIUSHAN));
    });
    after(() => t.close());

    test('G-9: the central venue takes every voter until stations are set; a station takes its groups', async () => {
      const venue = await clerk('PUT', `${base}/venue`, {
        place: '柳山村文化礼堂',
        opensAt: '08:00',
        closesAt: '12:00',
      });
      assert.equal(venue.status, 200, JSON.stringify(venue.body));
      let p = await plan();
      assert.equal(p.places.length, 1);
      assert.equal(p.places[0]!.kind, 'central');
      assert.equal(p.places[0]!.voters, voterCount);
      places.central = p.places[0]!.id;

      const station = await clerk('POST', `${base}/places`, {
        kind: 'station',
        name: '第三投票站',
        place: '郑家祠堂',
        groups: [GROUPS[2]],
      });
      assert.equal(station.status, 201, JSON.stringify(station.body));
      places.station = station.body.id;
      const taken = await clerk('POST', `${base}/places`, {
        kind: 'station',
        name: '另一投票站',
        place: '晒场',
        groups: [GROUPS[2]],
      });
      assert.equal(taken.status, 400);
      assert.match(taken.body.message, /已由第三投票站负责/);
      const unknown = await clerk('POST', `${base}/places`, {
        kind: 'station',
        name: '第九投票站',
        place: '晒场',
        groups: ['第九村民小组'],
      });
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.message, /选民名单上没有“第九村民小组”/);

      p = await plan();
      const inGroup3 = 3 + OTHERS.filter((o) => o[2] === GROUPS[2]).length;
      assert.equal(p.places.find((x) => x.id === places.station)!.voters, inGroup3);
      assert.equal(p.places.find((x) => x.id === places.central)!.voters, voterCount - inGroup3);
    });

    test('G-7: mobile-box voters vote at the box only, each voter counted once', async () => {
      const box = await clerk('POST', `${base}/places`, {
        kind: 'mobile',
        name: '东坑流动票箱',
        place: '村委会',
        route: '东坑—西坑—后山',
      });
      assert.equal(box.status, 201, JSON.stringify(box.body));
      assert.equal(box.body.approvalStatus, 'proposed');
      places.box = box.body.id;
      // 郑五 (group 3, the station's) and 陈一 (group 1, the venue's) use the box
      const set = await clerk('PUT', `${base}/places/${places.box}/voters`, {
        voterIds: [people.郑五, people.陈一],
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      const p = await plan();
      const byId: Record<string, Place> = Object.fromEntries(p.places.map((x) => [x.id, x]));
      const inGroup3 = 3 + OTHERS.filter((o) => o[2] === GROUPS[2]).length;
      assert.equal(byId[places.box!]!.voters, 2);
      assert.equal(byId[places.station!]!.voters, inGroup3 - 1);
      assert.equal(byId[places.central!]!.voters, voterCount - inGroup3 - 1);
      assert.equal(
        p.places.reduce((n, x) => n + x.voters, 0),
        p.totalVoters,
        'every voter counted exactly once',
      );
      assert.deepEqual(byId[places.box!]!.boxVoters.map((v) => v.name).sort(), ['郑五', '陈一'].sort());

      const second = await clerk('POST', `${base}/places`, {
        kind: 'mobile',
        name: '西坑流动票箱',
        place: '西坑',
      });
      const twice = await clerk('PUT', `${base}/places/${second.body.id}/voters`, {
        voterIds: [people.郑五],
      });
      assert.equal(twice.status, 400);
      assert.match(twice.body.message, /郑五已在东坑流动票箱投票/);
      assert.equal((await clerk('DELETE', `${base}/places/${second.body.id}`)).status, 200);
    });

    test(`E-9: a candidate's spouse is refused as 计票人; the candidate as 监票人; the rule set's roles only`, async () => {
      await relate(t.database, roundId, LIUSHAN, people.张建国!, 'spouse', people.刘妻!);
      const barred = (await clerk('GET', base)).body.barred as {
        name: string;
        roles: string[];
        reason: string;
      }[];
      const wife = barred.find((b) => b.name === '刘妻');
      assert.equal(
        wife?.reason,
        '刘妻是张建国的配偶，张建国是候选人',
        'the page warns before anything is sent',
      );
      assert.deepEqual(wife?.roles, ['chief-scrutineer', 'scrutineer', 'counter', 'caller']);
      assert.ok(barred.some((b) => b.name === '李明' && b.reason === '李明是候选人'));
      assert.ok(!barred.some((b) => b.name === '周一'));
      const counter = await staff(places.central!, 'counter', '刘妻');
      assert.equal(counter.status, 400, JSON.stringify(counter.body));
      assert.equal(counter.body.code, 'RECUSAL');
      assert.match(
        counter.body.message,
        /计票人：刘妻是张建国的配偶，张建国是候选人，刘妻不得担任计票人（E-9）/,
      );
      const self = await staff(places.central!, 'scrutineer', '李明');
      assert.equal(self.status, 400);
      assert.match(self.body.message, /李明是候选人，不得担任监票人（E-9）/);
      // zhejiang-2020's E-9 names callers, scrutineers and counters: a spouse may still issue ballots
      const issuer = await staff(places.central!, 'issuer', '刘妻');
      assert.equal(issuer.status, 201, JSON.stringify(issuer.body));
      // counting happens at the central venue (G-9, E-8)
      const atBox = await staff(places.box!, 'counter', '周一');
      assert.equal(atBox.status, 400);
      assert.match(atBox.body.message, /唱票、计票在中心会场进行/);
    });

    test('G-7: a box with fewer than three scrutineers is refused approval; publication lists what is missing', async () => {
      for (const name of ['陈二', '陈三'])
        assert.equal((await staff(places.box!, 'scrutineer', name)).status, 201);
      const early = await township('POST', `${base}/places/${places.box}/approve`, {});
      assert.equal(early.status, 400);
      assert.match(early.body.message, new RegExp(`${MIN}名以上监票人负责，现有2名.*（G-7）`));
      const villageTries = await village('POST', `${base}/places/${places.box}/approve`, {});
      assert.equal(villageTries.status, 403, 'the committee proposes, the township approves');

      const p = await plan();
      const boxProblems = p.problems.filter((x) => x.field === '东坑流动票箱').map((x) => x.rule);
      assert.deepEqual(boxProblems, ['G-7', 'G-7'], JSON.stringify(p.problems));
      const refused = await village('POST', `${base}/publish`, { publishedOn: day(0) });
      assert.equal(refused.status, 409);
      assert.match(
        refused.body.message,
        /东坑流动票箱：设立流动票箱须报乡镇人民政府.*批准同意，尚未批准（G-7）/,
      );
      assert.match(refused.body.message, /唱票人：须确定并公布唱票人名单，尚未安排（B-7）/);
    });

    test('G-7: with three scrutineers the township approves; changing its voters sends it back', async () => {
      assert.equal((await staff(places.box!, 'scrutineer', '周二')).status, 201);
      const ok = await township('POST', `${base}/places/${places.box}/approve`, { note: '同意设立' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.approvalStatus, 'approved');
      const again = await clerk('PUT', `${base}/places/${places.box}/voters`, {
        voterIds: [people.郑五, people.陈一, people.郑四],
      });
      assert.equal(again.body.approvalStatus, 'proposed');
      assert.equal((await township('POST', `${base}/places/${places.box}/approve`, {})).status, 200);
    });

    test('E-9: staff named before a relative stands are flagged live and block publication', async () => {
      for (const [place, role, name] of [
        [places.central!, 'host', '周三'],
        [places.central!, 'chief-scrutineer', '周四'],
        [places.central!, 'scrutineer', '郑一'],
        [places.central!, 'scrutineer', '郑二'],
        [places.central!, 'caller', '郑三'],
        [places.central!, 'counter', '周一'],
        [places.station!, 'scrutineer', '陈二'],
        [places.station!, 'scrutineer', '陈三'],
        [places.station!, 'scrutineer', '周二'],
      ] as const) {
        const res = await staff(place, role, name);
        assert.equal(res.status, 201, `${name}: ${JSON.stringify(res.body)}`);
      }
      // 郑三 (唱票人) turns out to be 王芳's brother
      await relate(t.database, roundId, LIUSHAN, people.王芳!, 'sibling', people.郑三!);
      const p = await plan();
      const caller = p.staff.find((s) => s.name === '郑三')!;
      assert.equal(caller.recusal?.rule, 'E-9');
      assert.match(caller.recusal!.reason, /郑三是王芳的兄弟姐妹，王芳是候选人，郑三不得担任唱票人/);
      assert.deepEqual(
        p.problems.map((x) => x.rule),
        ['E-9'],
      );
      const refused = await village('POST', `${base}/publish`, { publishedOn: day(0) });
      assert.equal(refused.status, 409);
      assert.match(refused.body.message, /郑三不得担任唱票人（E-9）/);
      assert.equal((await clerk('DELETE', `${base}/staff/${caller.id}`)).status, 200);
      assert.equal((await staff(places.central!, 'caller', '郑四')).status, 201);
    });

    test('B-7: published on time, the schedule step done in the same act; a later edit asks to publish again', async () => {
      const res = await village('POST', `${base}/publish`, { publishedOn: day(0) });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.late, false);
      assert.equal(res.body.version, 1);
      assert.equal(res.body.dueOn, day(30 - DUE_DAYS));
      const [step] = await t.database.db
        .select()
        .from(scheduleSteps)
        .where(
          and(
            eq(scheduleSteps.roundId, roundId),
            eq(scheduleSteps.villageCode, LIUSHAN),
            eq(scheduleSteps.stepId, 'polling-plan'),
          ),
        );
      assert.equal(step?.doneOn, day(0));
      assert.equal(step?.source, 'polling-plan.publish');
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'polling-plan.publish'));
      assert.equal(audit.length, 1);

      await clerk('PUT', `${base}/venue`, { place: '柳山村文化礼堂', opensAt: '08:00', closesAt: '12:30' });
      const p = await plan();
      assert.equal(p.plan?.changedSincePublication, true);
      const again = await village('POST', `${base}/publish`, { publishedOn: day(0) });
      assert.equal(again.body.version, 2);
      assert.equal(again.body.changedSincePublication, false);
    });

    test('the notice PDF: venue, stations with their groups, the box with its voters and scrutineers, staff', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/villages/${LIUSHAN}/polling-plan.pdf`,
        cookies: {
          hj_session: (
            await t.app.inject({
              method: 'POST',
              url: '/api/auth/login',
              payload: { username: 'observer', password: 'Huanjie@2020' },
            })
          ).cookies.find((c) => c.name === 'hj_session')!.value,
        },
      });
      assert.equal(res.statusCode, 200);
      const pdf = res.rawPayload;
      const text = pdfText(pdf).replace(/\s+/g, '');
      assert.match(text, /柳山村村民委员会选举投票公告/);
      assert.doesNotMatch(text, /草稿/);
      assert.match(text, /柳山村文化礼堂/);
      assert.match(text, /08:00—12:30/);
      assert.match(text, /第三投票站郑家祠堂第三村民小组/);
      assert.match(text, /东坑流动票箱（经郑坑乡人民政府批准/);
      assert.match(text, /监票人：陈三、陈二、周二|监票人：陈二、陈三、周二|监票人：周二、陈二、陈三/);
      assert.match(text, /郑五（第三村民小组）/);
      assert.match(text, /陈一（第一村民小组）/);
      assert.match(text, /唱票人郑四/);
      assert.match(text, /计票人周一/);
      assert.match(text, /候选人、自荐人及其配偶、父母、子女、兄弟姐妹不得担任唱票人、监票人、计票人/);
      assert.match(text, /柳山村村民选举委员会（盖章）/);
      firstPagePng(pdf, 'polling-plan-notice');
    });

    test('B-7: a plan published after E−5 is published but flagged late, citing the rule', async () => {
      const wubu = `/api/rounds/${roundId}/villages/${WUBU}/polling`;
      await setElectionDay(county, roundId, WUBU, day(DUE_DAYS - 2));
      const w = await setUpPollingVillage(t.database, county, roundId, WUBU);
      const put = (role: string, name: string, placeId: string) =>
        county('POST', `${wubu}/staff`, { placeId, role, voterId: w.voters[name] });
      await county('PUT', `${wubu}/venue`, { place: '吴布村委会', opensAt: '08:00', closesAt: '11:00' });
      const central = (await county('GET', wubu)).body.places[0].id;
      for (const [role, name] of [
        ['caller', '陈一'],
        ['counter', '陈二'],
        ['chief-scrutineer', '陈三'],
        ['scrutineer', '周一'],
        ['scrutineer', '周二'],
      ]) {
        assert.equal((await put(role!, name!, central)).status, 201);
      }
      const res = await county('POST', `${wubu}/publish`, { publishedOn: day(0) });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.late, true);
      assert.equal(res.body.rule, 'B-7;C-4');
      assert.equal(res.body.dueOn, day(-2));
      assert.match(res.body.lateReason, /投票安排应在.*前公布（B-7;C-4，选举日前5日），实际于/);
      const afterDay = await county('POST', `${wubu}/publish`, { publishedOn: day(DUE_DAYS) });
      assert.equal(afterDay.status, 400);
    });
  });
}
