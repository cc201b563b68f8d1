/**
 * Nomination (issue 5 item 4) through the API: ballots (D-1, D-4), the count (D-5), the ranking and
 * slate with the margin (D-2, D-6), two-office confirmation (D-5), self-nomination (D-8, B-6),
 * withdrawal and back-fill (B-5), the slate after a failed review (D-9), candidacies in the proxy
 * check (G-2) and kinship warnings (C1-5). The seat plan rows are inserted directly (its API is
 * another area's).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/audit/actor.js';
import {
  auditLog,
  elections,
  nominees,
  type PlannedOffice,
  scheduleSteps,
  seatPlans,
} from '../src/db/schema.js';
import { selectSlate } from '../src/preparation/nomination/slate.js';
import { villageContext } from '../src/registration/village.js';
import { firstPagePng, pdfText } from './documents/pdf-tools.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, publishList, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';
const WUBU = '331127205202';

/** 主任 1, 委员 2: three seats, so a voter names at most three people (D-4). */
const OFFICES: PlannedOffice[] = [
  { id: 'chair', title: '主任', seats: 1, rank: 1 },
  { id: 'member', title: '委员', seats: 2, rank: 3 },
];

/** Ten voters on the published list; 甲 … 癸. */
const NAMES = ['甲一', '乙二', '丙三', '丁四', '戊五', '己六', '庚七', '辛八', '壬九', '癸十'];
const FEMALE = new Set(['乙二', '丁四']);

interface Village {
  roundId: string;
  code: string;
  base: string;
  electionId: string;
  ids: Record<string, string>;
}

for (const mode of dbModes()) {
  describe(`nomination (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let zj: Village;
    let nat: Village;
    let self: Village;

    async function setUp(
      roundId: string,
      code: string,
      nominationMode: 'direct' | 'self',
      electionDay = day(30),
    ): Promise<Village> {
      await setElectionDay(county, roundId, code, electionDay);
      const ids = await addPeople(
        county,
        roundId,
        code,
        NAMES.map((name) => ({ name, sex: FEMALE.has(name) ? 'F' : 'M' })),
      );
      await publishList(county, roundId, code, day(-1));
      const [e] = await t.database.db
        .select()
        .from(elections)
        .where(
          and(
            eq(elections.roundId, roundId),
            eq(elections.villageCode, code),
            eq(elections.kind, 'village-committee'),
          ),
        );
      await t.database.db.insert(seatPlans).values({
        countyCode: '331127',
        electionId: e!.id,
        roundId,
        villageCode: code,
        offices: OFFICES,
        nominationMode,
        status: 'approved',
      });
      return { roundId, code, base: `/api/rounds/${roundId}/villages/${code}`, electionId: e!.id, ids };
    }

    const ballot = (v: Village, voter: string, entries: [string, string][], extra: object = {}) =>
      county('POST', `${v.base}/nomination/ballots`, {
        voterId: v.ids[voter],
        entries: entries.map(([office, name]) => ({ office, voterId: v.ids[name] })),
        ...extra,
      });

    const state = async (v: Village) => {
      const res = await county('GET', `${v.base}/nomination`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body;
    };
    // biome-ignore lint/suspicious/noExplicitAny: the state is read as JSON
    const office = (s: { offices: any[] }, id: string) =>
      s.offices.find((o) => o.id === id) as {
        ranking: {
          name: string;
          votes: number;
          rank: number;
          status: string;
          nomineeId: string;
          replacesName: string | null;
        }[];
        selected: number;
        tiedAtCut: string[];
      };
    const statusOf = (s: Parameters<typeof office>[0], id: string, name: string) =>
      office(s, id).ranking.find((l) => l.name === name)?.status;

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      const roundId = await demoRoundId(county);
      zj = await setUp(roundId, LIUSHAN, 'direct');
      self = await setUp(roundId, WUBU, 'self');
      const r = await county('POST', '/api/rounds', {
        name: '按全国规则的换届',
        regionCode: '331127205',
        rulesetId: 'national-2018',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      nat = await setUp(r.body.id, LIUSHAN, 'direct');
    });
    after(() => t.close());

    async function sessionCookie(): Promise<string> {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'county', password: 'Huanjie@2020' },
      });
      return res.cookies.find((c) => c.name === 'hj_session')!.value;
    }

    test('提名票: one printed nomination ballot per listed voter with the offices, seats and rules; none in 自荐 mode', async () => {
      const cookies = { hj_session: await sessionCookie() };
      const pdf = await t.app.inject({ method: 'GET', url: `${zj.base}/nomination/ballots.pdf`, cookies });
      assert.equal(pdf.statusCode, 200, pdf.body);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      const text = pdfText(pdf.rawPayload);
      for (const name of NAMES) assert.match(text, new RegExp(name));
      assert.match(text, /提\s*名\s*票/);
      assert.match(text, /主任（可提名1人）/);
      assert.match(text, /同一人被提名为两项以上职务的，对该人的提名无效/);
      firstPagePng(pdf.rawPayload, `nomination-ballots-${mode}`);
      const none = await t.app.inject({ method: 'GET', url: `${self.base}/nomination/ballots.pdf`, cookies });
      assert.equal(none.statusCode, 400);
      assert.match(JSON.parse(none.body).message, /自荐直选/);
    });

    test('D-4: a ballot naming more people than seats is refused, or recorded as void on request', async () => {
      const over: [string, string][] = [
        ['chair', '甲一'],
        ['member', '乙二'],
        ['member', '丙三'],
        ['member', '丁四'],
      ];
      const refused = await ballot(zj, '壬九', over);
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /不得超过应选职数3人，本票提名4人（D-4）/);
      const spoilt = await ballot(zj, '壬九', over, { recordAsVoid: true });
      assert.equal(spoilt.status, 201, JSON.stringify(spoilt.body));
      assert.equal(spoilt.body.voidRule, 'D-4');
      assert.deepEqual(spoilt.body.counted, []);
      const again = await ballot(zj, '壬九', [['chair', '甲一']]);
      assert.equal(again.status, 409, 'one ballot per voter');
      assert.match(again.body.message, /每一选民只能提名一次/);
    });

    test('D-4: the same person for two offices is void under zhejiang-2020 and counts under national-2018', async () => {
      const entries: [string, string][] = [
        ['chair', '甲一'],
        ['member', '甲一'],
        ['member', '乙二'],
      ];
      const zjBallot = await ballot(zj, '癸十', entries);
      assert.equal(zjBallot.status, 201, JSON.stringify(zjBallot.body));
      assert.deepEqual(
        zjBallot.body.counted.map((e: { name: string }) => e.name),
        ['乙二'],
      );
      assert.equal(zjBallot.body.rejected.length, 2);
      assert.equal(zjBallot.body.rejected[0].rule, 'D-4');
      const natBallot = await ballot(nat, '癸十', entries);
      assert.equal(natBallot.status, 201, JSON.stringify(natBallot.body));
      assert.equal(natBallot.body.counted.length, 3);
      assert.deepEqual(natBallot.body.rejected, []);
    });

    test('D-1: a ballot from someone not on the published list is refused; proxy nomination refused (D-4)', async () => {
      const late = await addPeople(county, zj.roundId, zj.code, [{ name: '未登榜', sex: 'M' }]);
      const res = await county('POST', `${zj.base}/nomination/ballots`, {
        voterId: late.未登榜,
        entries: [{ office: 'chair', voterId: zj.ids.甲一 }],
      });
      assert.equal(res.status, 400);
      assert.match(res.body.message, /不在已公布的选民名单上.*D-1/);
      const proxy = await ballot(zj, '辛八', [['chair', '甲一']], { byProxy: true });
      assert.equal(proxy.status, 400);
      assert.match(proxy.body.message, /不得委托他人提名（D-4）/);
    });

    test('D-5: with half of the voters or fewer taking part no candidate is fixed', async () => {
      // 11 on the register now, 10 on the list (未登榜 was added after publication); 2 ballots so far.
      for (const [voter, entries] of [
        [
          '甲一',
          [
            ['chair', '甲一'],
            ['member', '丙三'],
            ['member', '丁四'],
          ],
        ],
        [
          '乙二',
          [
            ['chair', '甲一'],
            ['member', '丙三'],
            ['member', '戊五'],
          ],
        ],
        [
          '丙三',
          [
            ['chair', '戊五'],
            ['member', '丙三'],
            ['member', '乙二'],
          ],
        ],
      ] as [string, [string, string][]][]) {
        const r = await ballot(zj, voter, entries);
        assert.equal(r.status, 201, JSON.stringify(r.body));
      }
      const s = await state(zj);
      assert.deepEqual([s.turnout.voters, s.turnout.ballots, s.turnout.needed], [10, 5, 6]);
      const refused = await county('POST', `${zj.base}/nomination/count`, {});
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /参加投票提名5人，未过半数.*（D-5）/);
      const rows = await t.database.db.select().from(nominees).where(eq(nominees.electionId, zj.electionId));
      assert.equal(rows.length, 0, 'no slate');
    });

    test('D-2/D-6: the count ranks by votes and puts seats + margin on the slate', async () => {
      const r = await ballot(zj, '丁四', [
        ['chair', '戊五'],
        ['member', '丙三'],
        ['member', '己六'],
      ]);
      assert.equal(r.status, 201);
      // The running count before the count: 甲一 and 戊五 two votes each for 主任.
      const before = await state(zj);
      assert.equal(before.count, null);
      assert.deepEqual(
        office(before, 'chair')
          .ranking.map((l) => `${l.name}${l.votes}#${l.rank}`)
          .sort(),
        ['戊五2#1', '甲一2#1'],
      );
      const counted = await county('POST', `${zj.base}/nomination/count`, {});
      assert.equal(counted.status, 200, JSON.stringify(counted.body));
      assert.deepEqual([counted.body.voterCount, counted.body.ballotCount], [10, 6]);
      const s = await state(zj);
      // 主任: 甲一 2, 戊五 2 → both on (1 seat + 1); 委员: 丙三 4, 乙二 2, 丁四 1, 戊五 1, 己六 1 → 2 + 1 = 3 places,
      // the last place tied between three people: all of them go on and the tie is reported.
      // Equal votes share the place and are shown in 姓氏笔画 order (戊 5 strokes before 甲).
      assert.deepEqual(
        office(s, 'chair').ranking.map((l) => [l.name, l.votes, l.rank, l.status]),
        [
          ['戊五', 2, 1, 'selected'],
          ['甲一', 2, 1, 'selected'],
        ],
      );
      const member = office(s, 'member');
      assert.deepEqual(
        member.ranking.slice(0, 2).map((l) => [l.name, l.votes, l.rank]),
        [
          ['丙三', 4, 1],
          ['乙二', 2, 2],
        ],
      );
      assert.equal(member.ranking.filter((l) => l.status === 'selected').length, 5);
      assert.deepEqual([...member.tiedAtCut].sort(), ['丁四', '己六', '戊五'].sort());
      assert.deepEqual(s.marginCheck, [], 'zhejiang-2020 fixes no upper margin (D-6)');
      // Ballots can no longer be entered once counted.
      const closed = await ballot(zj, '庚七', [['chair', '甲一']]);
      assert.equal(closed.status, 409);
      // The audit chain has the count.
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'nomination.count'));
      assert.equal(audit.length, 1);
    });

    test('D-6: the margin is fixed within the rule set’s range', async () => {
      const bad = await county('PUT', `${zj.base}/nomination/margins`, { margins: { chair: 0 } });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /主任正式候选人应比应选名额多至少1人.*D-2/);
      const ok = await county('PUT', `${zj.base}/nomination/margins`, { margins: { member: 3 } });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      const s = await state(zj);
      assert.equal(office(s, 'member').ranking.filter((l) => l.status === 'selected').length, 5);
      assert.deepEqual(office(s, 'member').tiedAtCut, [], 'five places: the tie no longer crosses the cut');
    });

    test('D-5: a person nominated for two offices confirms one; the other nomination is declined', async () => {
      for (const [voter, entries] of [
        [
          '甲一',
          [
            ['chair', '甲一'],
            ['member', '乙二'],
          ],
        ],
        [
          '乙二',
          [
            ['chair', '乙二'],
            ['member', '甲一'],
          ],
        ],
        [
          '丙三',
          [
            ['chair', '甲一'],
            ['member', '丙三'],
          ],
        ],
        [
          '丁四',
          [
            ['chair', '乙二'],
            ['member', '丁四'],
          ],
        ],
        [
          '戊五',
          [
            ['chair', '戊五'],
            ['member', '甲一'],
          ],
        ],
        [
          '己六',
          [
            ['chair', '甲一'],
            ['member', '丁四'],
          ],
        ],
        ['庚七', [['member', '乙二']]],
        [
          '辛八',
          [
            ['member', '丁四'],
            ['member', '丙三'],
          ],
        ],
        ['壬九', [['member', '庚七']]],
      ] as [string, [string, string][]][]) {
        assert.equal((await ballot(nat, voter, entries)).status, 201);
      }
      assert.equal((await county('POST', `${nat.base}/nomination/count`, {})).status, 200);
      let s = await state(nat);
      const ja = s.multiOffice.find((m: { name: string }) => m.name === '甲一');
      assert.ok(ja, '甲一 named for 主任 and 委员');
      assert.equal(statusOf(s, 'chair', '甲一'), 'selected');
      assert.equal(statusOf(s, 'chair', '戊五'), 'not-selected');
      const res = await county('POST', `${nat.base}/nomination/confirm-office`, {
        voterId: nat.ids.甲一,
        office: 'member',
      });
      assert.equal(res.status, 204, JSON.stringify(res.body));
      s = await state(nat);
      assert.equal(statusOf(s, 'chair', '甲一'), 'declined');
      assert.equal(statusOf(s, 'member', '甲一'), 'selected');
      // Without 甲一, 主任 takes 乙二 and 戊五.
      assert.equal(statusOf(s, 'chair', '戊五'), 'selected');
      assert.ok(!s.multiOffice.some((m: { name: string }) => m.name === '甲一'));
    });

    test('B-5: a formal candidate withdraws in writing; the next in the ranking is back-filled', async () => {
      // Margin back to the minimum: 委员 takes 3 (and the three tied at the cut).
      await county('PUT', `${zj.base}/nomination/margins`, { margins: { member: 1 } });
      let s = await state(zj);
      const jia = office(s, 'chair').ranking.find((l) => l.name === '甲一')!;
      const res = await county('POST', `${zj.base}/nomination/nominees/${jia.nomineeId}/withdraw`, {
        reason: '本人书面申请：因身体原因不愿接受提名',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.withdrawn.status, 'withdrawn');
      s = await state(zj);
      assert.equal(statusOf(s, 'chair', '甲一'), 'withdrawn');
      // Only 戊五 is left for 主任: one candidate for one seat breaks the margin (D-2).
      assert.equal(s.marginCheck.length, 1);
      assert.match(s.marginCheck[0].reason, /主任应选1人，正式候选人应为至少2人，现为1人/);
    });

    test('B-5 back-fill and D-9: the next in the ranking moves up after a withdrawal or a failed review', async () => {
      // In the national round 委员 has people below the cut.
      let s = await state(nat);
      const member = office(s, 'member');
      const onSlate = member.ranking.filter((l) => l.status === 'selected');
      const next = member.ranking.find((l) => l.status === 'not-selected');
      assert.ok(next, 'someone below the cut');
      const top = onSlate[0]!;
      const res = await county('POST', `${nat.base}/nomination/nominees/${top.nomineeId}/withdraw`, {
        reason: '书面申请退出',
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.backfilled.length, 1);
      assert.equal(res.body.backfilled[0].name, next.name);
      assert.equal(res.body.backfilled[0].replacesId, top.nomineeId);
      s = await state(nat);
      assert.equal(office(s, 'member').ranking.find((l) => l.name === next.name)!.replacesName, top.name);

      // A failed joint review: the review area sets the verdict and calls selectSlate.
      const again = office(s, 'member');
      const failing = again.ranking.find((l) => l.status === 'selected')!;
      const waiting = again.ranking.find((l) => l.status === 'not-selected');
      await t.database.db
        .update(nominees)
        .set({ reviewStatus: 'failed' })
        .where(eq(nominees.id, failing.nomineeId));
      const vr = await villageContext(t.database.db, nat.roundId, nat.code);
      await t.database.db.transaction((tx) => selectSlate(tx, SYSTEM_ACTOR, vr, nat.electionId));
      s = await state(nat);
      assert.equal(statusOf(s, 'member', failing.name), 'not-selected', 'a failed review leaves the slate');
      assert.ok(waiting);
      {
        const moved = office(s, 'member').ranking.find((l) => l.name === waiting.name)!;
        assert.equal(moved.status, 'selected');
        assert.equal(moved.replacesName, failing.name);
      }
    });

    test('G-2: a candidate may not hold another voter’s proxy', async () => {
      const s = await state(zj);
      const candidate = office(s, 'chair').ranking.find((l) => l.status === 'selected')!;
      const res = await county('POST', `${zj.base}/proxies`, {
        principalVoterId: zj.ids.辛八,
        trusteeVoterId: zj.ids[candidate.name],
        relation: 'none',
        reason: 'away',
        appliedOn: day(0),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.ok(
        res.body.problems.some(
          (p: { rule: string; reason: string }) => p.rule.includes('G-2') && p.reason.includes('是候选人'),
        ),
        JSON.stringify(res.body.problems),
      );
      const approve = await county('POST', `${zj.base}/proxies/${res.body.id}/approve`, {});
      assert.equal(approve.status, 409);
    });

    test('C1-5: spouses both nominated are warned about, with the rule', async () => {
      // 丙三 and 乙二 are both on the 委员 slate in 柳山村.
      const rel = await county('POST', `${zj.base}/voters/${zj.ids.丙三}/relations`, {
        relatedVoterId: zj.ids.乙二,
        kind: 'spouse',
      });
      assert.equal(rel.status, 201, JSON.stringify(rel.body));
      const s = await state(zj);
      const w = s.kinWarnings.find(
        (k: { people: { name: string }[] }) =>
          k.people
            .map((p) => p.name)
            .sort()
            .join() === ['丙三', '乙二'].sort().join(),
      );
      assert.ok(w, JSON.stringify(s.kinWarnings));
      assert.equal(w.rule, 'C1-5');
      assert.equal(w.bar, 'member');
      assert.match(w.reason, /配偶/);
    });

    test('B-5: a withdrawal after E−3 is refused with the rule', async () => {
      await setElectionDay(county, zj.roundId, zj.code, day(2));
      const s = await state(zj);
      const still = office(s, 'member').ranking.find((l) => l.status === 'selected')!;
      const res = await county('POST', `${zj.base}/nomination/nominees/${still.nomineeId}/withdraw`, {
        reason: '书面申请退出',
      });
      assert.equal(res.status, 400);
      assert.match(
        res.body.message,
        /选举日前3日（\d{4}-\d{2}-\d{2}）前以书面形式提出.*已超过期限（B-5;C-4）/,
      );
      await setElectionDay(county, zj.roundId, zj.code, day(30));
    });

    test('D-8/B-6: self-nomination for one office by E−10, in person; the list is published by its step', async () => {
      const ok = await county('POST', `${self.base}/nomination/self-nominees`, {
        voterId: self.ids.甲一,
        office: 'chair',
      });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.equal(ok.body.status, 'selected', 'every valid self-nominee stands');
      // the page lists the self-nominee under the office (no running count of ballots in this mode)
      const state = await county('GET', `${self.base}/nomination`);
      const chair = state.body.offices.find((o: { id: string }) => o.id === 'chair');
      assert.deepEqual(
        chair.ranking.map((l: { voterId: string; source: string }) => [l.voterId, l.source]),
        [[self.ids.甲一, 'self-nomination']],
      );
      const second = await county('POST', `${self.base}/nomination/self-nominees`, {
        voterId: self.ids.甲一,
        office: 'member',
      });
      assert.equal(second.status, 400);
      assert.match(second.body.message, /只能报名参选一个职位（D-8;B-6）/);
      const proxy = await county('POST', `${self.base}/nomination/self-nominees`, {
        voterId: self.ids.乙二,
        office: 'member',
        byProxy: true,
      });
      assert.equal(proxy.status, 400);
      assert.match(proxy.body.message, /不得委托他人代为自荐报名（B-6）/);
      const direct = await county('POST', `${zj.base}/nomination/self-nominees`, {
        voterId: zj.ids.乙二,
        office: 'member',
      });
      assert.equal(direct.status, 400, 'a direct-nomination village takes no self-nominations');

      // The list waits for the joint review (D-9), then goes out in stroke order.
      const early = await county('POST', `${self.base}/nomination/self-list/publish`, {});
      assert.equal(early.status, 400);
      assert.match(early.body.message, /资格联审尚未完成/);
      await t.database.db.update(nominees).set({ reviewStatus: 'passed' }).where(eq(nominees.id, ok.body.id));
      const pub = await county('POST', `${self.base}/nomination/self-list/publish`, {});
      assert.equal(pub.status, 200, JSON.stringify(pub.body));
      const [step] = await t.database.db
        .select()
        .from(scheduleSteps)
        .where(and(eq(scheduleSteps.villageCode, WUBU), eq(scheduleSteps.stepId, 'self-nominee-list')));
      assert.equal(step?.source, 'nomination.self-list');
      const pdf = await t.app.inject({
        method: 'GET',
        url: `${self.base}/self-nominees.pdf`,
        cookies: { hj_session: await sessionCookie() },
      });
      assert.equal(pdf.statusCode, 200, pdf.body);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      const text = pdfText(pdf.rawPayload);
      assert.match(text, /自荐人名单/);
      assert.match(text, /甲一/);
      firstPagePng(pdf.rawPayload, `self-nominee-list-${mode}`);

      // After E−10 a self-nomination is refused (B-6, C-4).
      await setElectionDay(county, self.roundId, self.code, day(5));
      const late = await county('POST', `${self.base}/nomination/self-nominees`, {
        voterId: self.ids.丙三,
        office: 'member',
      });
      assert.equal(late.status, 400);
      assert.match(late.body.message, /自荐报名应在选举日前10日（\d{4}-\d{2}-\d{2}）前提出.*（B-6;C-4）/);
      await setElectionDay(county, self.roundId, self.code, day(30));
    });

    test('observers and clerks: the clerk enters ballots but may not count; the observer writes nothing', async () => {
      const observer = await loginAs(t.app, 'observer');
      assert.equal((await observer('GET', `${zj.base}/nomination`)).status, 200);
      assert.equal(
        (await observer('POST', `${zj.base}/nomination/ballots`, { voterId: zj.ids.庚七, entries: [] }))
          .status,
        403,
      );
      const clerk = await loginAs(t.app, 'clerk');
      assert.equal((await clerk('POST', `${nat.base}/nomination/reopen`, { reason: 'x' })).status, 403);
    });
  });
}
