/**
 * Issue 6 item 6: a recall request against a serving member, its signatures checked against H-1 (a
 * fifth of the published list, or a third of the representatives), the member's reply, acceptance,
 * the recall vote opened like any vote and its result applied by H-2 (the member leaves office once
 * the township confirms), H-3's warning of an earlier failed request, and the by-election of the
 * vacant seats (H-6, H-7). Members are inserted directly: part C seats them from a confirmed result.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { auditLog, bodyMembers, proxies, representatives, voteRounds } from '../src/db/schema.js';
import { DEMO_PASSWORD } from '../src/demo/demo.js';
import { applyRecallResult } from '../src/polling-day/recall/apply-result.js';
import { villageContext } from '../src/registration/village.js';
import { pdfText } from './documents/pdf-tools.js';
import { type PollingDayVillage, setUpPollingDay } from './polling-day-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { writeCountedResult } from './support/counted-vote.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';
const COUNTY = LIUSHAN.slice(0, 6);
const SEATED: [string, string, string, number][] = [
  ['张建国', 'chair', '主任', 1],
  ['王芳', 'vice', '副主任', 2],
  ['钟强', 'member', '委员', 3],
  ['吴军', 'member', '委员', 3],
];

for (const mode of dbModes()) {
  describe(`recall and by-election (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let pd: PollingDayVillage;
    let roundId = '';
    let base = '';
    let v: Record<string, string> = {};
    let requestId = '';
    let recallVoteId = '';
    let cookie = '';

    /** Applies the vote's result as part C's count and confirmation will, and returns the request. */
    async function apply(voteId: string) {
      const vr = await villageContext(t.database.db, roundId, LIUSHAN);
      return t.database.db.transaction(async (tx) => {
        const [vote] = await tx
          .select()
          .from(voteRounds)
          .where(and(eq(voteRounds.countyCode, COUNTY), eq(voteRounds.id, voteId)));
        return applyRecallResult(tx, vr, vote!);
      });
    }

    async function member(name: string) {
      const [m] = await t.database.db
        .select()
        .from(bodyMembers)
        .where(and(eq(bodyMembers.countyCode, COUNTY), eq(bodyMembers.voterId, v[name]!)));
      return m!;
    }

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      const township = await loginAs(t.app, 'township');
      roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${LIUSHAN}`;
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      pd = await setUpPollingDay(t.database, { village, township }, roundId, LIUSHAN);
      v = pd.voters;
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'village', password: DEMO_PASSWORD },
      });
      cookie = login.cookies.find((c) => c.name === 'hj_session')!.value;
      await t.database.db.insert(bodyMembers).values(
        SEATED.map(([name, office, officeTitle, rank]) => ({
          countyCode: COUNTY,
          electionId: pd.electionId,
          voterId: v[name]!,
          roundId,
          villageCode: LIUSHAN,
          office,
          officeTitle,
          rank,
          since: day(-1),
        })),
      );
      await t.database.db.insert(representatives).values(
        ['陈二', '陈三', '周一'].map((name, i) => ({
          countyCode: COUNTY,
          id: `rep-${i}`,
          roundId,
          villageCode: LIUSHAN,
          voterId: v[name]!,
          unitKind: 'group' as const,
          unitLabel: '第一村民小组',
        })),
      );
    });
    after(() => t.close());

    test('the page lists the serving members, the rule values and the vacant women seat', async () => {
      const res = await clerk('GET', `${base}/recall`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.members.length, 4);
      assert.equal(res.body.registered, 22);
      assert.deepEqual(res.body.rules.voterSignersShareMin, { value: { num: 1, den: 5 }, rule: 'H-1' });
      assert.equal(res.body.representatives.length, 3);
      const by = res.body.byElection;
      assert.deepEqual(
        by.vacancies.filter((x: { vacant: number }) => x.vacant > 0).map((x: { office: string }) => x.office),
        ['women'],
      );
      assert.equal(by.quorum['villagers-meeting'].minimum, 12);
      assert.equal(by.quorum['villagers-meeting'].rule, 'H-7');
      assert.equal(by.quorum['representatives-meeting'].members, 7);
      assert.deepEqual(by.problems, []);
    });

    test('a request names a serving member; one open request per member; clerks may not file', async () => {
      const body = { memberVoterId: v.张建国, reasons: '长期不履行职责', signedBy: 'voters' };
      assert.equal((await clerk('POST', `${base}/recall/requests`, body)).status, 403);
      const wrong = await village('POST', `${base}/recall/requests`, { ...body, memberVoterId: v.李明 });
      assert.equal(wrong.status, 400);
      assert.match(wrong.body.message, /被罢免人：不是本届村民委员会成员/);
      const empty = await village('POST', `${base}/recall/requests`, { ...body, reasons: ' ' });
      assert.equal(empty.status, 400);
      assert.match(empty.body.message, /罢免理由/);
      const filed = await village('POST', `${base}/recall/requests`, { ...body, requestedOn: day(0) });
      assert.equal(filed.status, 201, JSON.stringify(filed.body));
      requestId = filed.body.id;
      const again = await village('POST', `${base}/recall/requests`, body);
      assert.equal(again.status, 409);
      assert.match(again.body.message, /正在征集联名/);
    });

    test('signatures: voters of the list once each, one by one or in bulk, with the live H-1 count', async () => {
      const sign = (voterIds: string[]) =>
        village('POST', `${base}/recall/requests/${requestId}/signatures`, { voterIds });
      const unknown = await sign(['nobody']);
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.message, /联名人：本村登记册中没有/);
      const first = await sign([v.陈一!]);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual(
        [first.body.added, first.body.progress.minimum, first.body.progress.met],
        [1, 5, false],
      );
      const early = await village('POST', `${base}/recall/requests/${requestId}/accept`);
      assert.equal(early.status, 400);
      assert.match(early.body.message, /有选举权的村民 22 人中 1 人联名，至少须 5 人/);
      const bulk = await sign([v.陈一!, v.陈二!, v.陈三!, v.郑一!, v.郑二!, v.郑三!]);
      assert.deepEqual([bulk.body.added, bulk.body.skipped, bulk.body.skippedNames], [5, 1, ['陈一']]);
      assert.equal(bulk.body.progress.met, true);
      const struck = await village('DELETE', `${base}/recall/requests/${requestId}/signatures/${v.郑三}`);
      assert.equal(struck.status, 200);
      assert.equal(struck.body.progress.signers, 5);
      const reply = await village('PUT', `${base}/recall/requests/${requestId}/reply`, {
        reply: '本人一直按时履职，理由不实',
      });
      assert.equal(reply.status, 200);
      const state = await clerk('GET', `${base}/recall`);
      const req = state.body.requests[0];
      assert.equal(req.signatures.length, 5);
      assert.equal(req.reply, '本人一直按时履职，理由不实');
      assert.equal(req.progress.formula, '5*联名人数 >= 有选举权的村民');
      assert.equal(req.deadlines.vote.due, day(30));
    });

    test('accepted, the recall vote opens like any vote, and its result ends the member once confirmed', async () => {
      const accepted = await village('POST', `${base}/recall/requests/${requestId}/accept`);
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      assert.equal(accepted.body.status, 'accepted');
      const late = await village('POST', `${base}/recall/requests/${requestId}/signatures`, {
        voterIds: [v.郑四],
      });
      assert.equal(late.status, 409);
      const opened = await village('POST', `${base}/recall/requests/${requestId}/vote`, {
        pollingDate: day(20),
        countMode: 'ballots',
      });
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      recallVoteId = opened.body.vote.id;
      assert.deepEqual(
        [
          opened.body.vote.kind,
          opened.body.vote.tallyRound,
          opened.body.vote.registered,
          opened.body.request.status,
        ],
        ['recall', 'first', 22, 'voting'],
      );
      const votes = await clerk('GET', `${base}/votes`);
      assert.ok(votes.body.items.some((x: { id: string }) => x.id === recallVoteId));

      // 14 of 22 vote (2*14 > 22); 10 yes of 14 (2*10 > 14): passed (H-2)
      const issued = Object.values(v)
        .slice(0, 14)
        .map((voterId) => ({ voterId, placeId: pd.places.central }));
      await writeCountedResult(t.database, COUNTY, recallVoteId, issued, [
        { n: 10, recall: 'yes' },
        { n: 3, recall: 'no' },
        { n: 1, void: true },
      ]);
      assert.equal((await apply(recallVoteId))?.status, 'passed');
      assert.equal((await member('张建国')).status, 'serving');
      await t.database.db
        .update(voteRounds)
        .set({ status: 'confirmed', confirmedAt: new Date().toISOString() })
        .where(and(eq(voteRounds.countyCode, COUNTY), eq(voteRounds.id, recallVoteId)));
      await apply(recallVoteId);
      await apply(recallVoteId); // idempotent
      const m = await member('张建国');
      assert.equal(m.status, 'recalled');
      assert.match(m.endedReason ?? '', /罢免表决通过（H-2）/);
      const audited = await t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(
          inArray(auditLog.action, [
            'recall.file',
            'recall.sign',
            'recall.unsign',
            'recall.reply',
            'recall.accept',
            'recall.open-vote',
            'recall.result',
            'member.recall',
          ]),
        );
      const counts = new Map<string, number>();
      for (const a of audited) counts.set(a.action, (counts.get(a.action) ?? 0) + 1);
      assert.deepEqual(Object.fromEntries([...counts].sort()), {
        'member.recall': 1,
        'recall.accept': 1,
        'recall.file': 1,
        'recall.open-vote': 1,
        'recall.reply': 1,
        'recall.result': 1,
        'recall.sign': 2,
        'recall.unsign': 1,
      });
      // the recall's result report
      const res = await t.app.inject({
        method: 'GET',
        url: `${base}/votes/${recallVoteId}/report.pdf`,
        cookies: { hj_session: cookie },
      });
      assert.equal(res.statusCode, 200);
      const text = pdfText(res.rawPayload).replace(/\n/g, ' ');
      for (const s of [
        '罢免村民委员会成员表决结果报告单',
        '张建国',
        '赞成 10 票',
        '职务的要求获得通过',
        'H-2',
      ])
        assert.ok(text.includes(s), `${s}\n${text}`);
    });

    test('representatives sign a representatives request; H-3 lists an earlier failed request', async () => {
      const filed = await village('POST', `${base}/recall/requests`, {
        memberVoterId: v.王芳,
        reasons: '违反财务制度',
        signedBy: 'representatives',
      });
      assert.equal(filed.status, 201, JSON.stringify(filed.body));
      const id = filed.body.id;
      const notRep = await village('POST', `${base}/recall/requests/${id}/signatures`, {
        voterIds: [v.郑一],
      });
      assert.equal(notRep.status, 400);
      assert.match(notRep.body.message, /郑一不是本村村民代表/);
      const signed = await village('POST', `${base}/recall/requests/${id}/signatures`, {
        voterIds: [v.陈二],
      });
      assert.equal(signed.body.progress.met, true); // 1 of 3 representatives: 3*1 >= 3
      assert.equal((await village('POST', `${base}/recall/requests/${id}/accept`)).status, 200);
      const opened = await village('POST', `${base}/recall/requests/${id}/vote`, { pollingDate: day(0) });
      assert.equal(opened.status, 201);
      await writeCountedResult(
        t.database,
        COUNTY,
        opened.body.vote.id,
        Object.values(v)
          .slice(0, 13)
          .map((voterId) => ({ voterId, placeId: pd.places.central })),
        [
          { n: 3, recall: 'yes' },
          { n: 10, recall: 'no' },
        ],
      );
      assert.equal((await apply(opened.body.vote.id))?.status, 'failed');
      const again = await village('POST', `${base}/recall/requests`, {
        memberVoterId: v.王芳,
        reasons: '违反财务制度（再次提出）',
        signedBy: 'voters',
      });
      assert.equal(again.status, 201);
      const state = await village('GET', `${base}/recall`);
      const latest = state.body.requests.find((r: { id: string }) => r.id === again.body.id);
      assert.equal(latest.repeatBar.rule, 'H-3;C-3');
      assert.deepEqual(
        latest.repeatBar.within.map((e: { id: string; failedOn: string }) => [e.id, e.failedOn]),
        [[id, day(0)]],
      );
      const refused = await village('POST', `${base}/recall/requests/${again.body.id}/refuse`, {
        reason: '一年内以同一事实再次提出（H-3）',
      });
      assert.equal(refused.body.status, 'refused');
    });

    test('a by-election by the 代表会议 fills the vacant seats from the list, the serving members counted before', async () => {
      const plan = (await village('GET', `${base}/recall`)).body.byElection;
      assert.deepEqual(
        plan.vacancies
          .filter((x: { vacant: number }) => x.vacant > 0)
          .map((x: { office: string }) => x.office),
        ['chair', 'women'],
      );
      const body = {
        meeting: 'representatives-meeting',
        pollingDate: day(40),
        offices: [
          { id: 'chair', seats: 1 },
          { id: 'women', seats: 1 },
        ],
        candidates: [
          { voterId: v.李明, office: 'chair' },
          { voterId: v.叶丽, office: 'women' },
          { voterId: v.蓝秀英, office: 'women' },
        ],
      };
      const refuse = async (patch: object, pattern: RegExp) => {
        const res = await village('POST', `${base}/by-elections`, { ...body, ...patch });
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.match(res.body.message, pattern);
      };
      await refuse({ offices: [{ id: 'chair', seats: 2 }] }, /主任出缺 1 名，补选名额应为 1 至 1 名/);
      await refuse({ candidates: [{ voterId: v.丁一, office: 'women' }] }, /妇女委员的候选人须为女性/);
      await refuse({ candidates: [{ voterId: v.钟强, office: 'chair' }] }, /钟强是在任的村民委员会成员/);
      assert.equal((await clerk('POST', `${base}/by-elections`, body)).status, 403);
      const opened = await village('POST', `${base}/by-elections`, body);
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      const vote = opened.body;
      assert.deepEqual(
        [vote.kind, vote.tallyRound, vote.byElectionMeeting, vote.registered],
        // the 代表会议: three representatives and the three members still serving (C3-1)
        ['by-election', 'runoff', 'representatives-meeting', 6],
      );
      assert.deepEqual(
        vote.candidates.map((c: { name: string }) => c.name),
        ['李明', '叶丽', '蓝秀英'],
      );
      assert.deepEqual(
        vote.electedBefore.map((e: { voterId: string }) => e.voterId).sort(),
        [v.王芳, v.钟强, v.吴军].sort(),
      );
      assert.equal((await village('POST', `${base}/by-elections`, body)).status, 409);

      // At the desk only the meeting's members get a ballot, in person: 陈二's approved proxy to
      // 丁一 does not stand at a 代表会议, and 丁一, not a member, gets nothing.
      await t.database.db.insert(proxies).values({
        countyCode: COUNTY,
        id: 'proxy-rep',
        roundId,
        villageCode: LIUSHAN,
        principalVoterId: v.陈二!,
        trusteeVoterId: v.丁一!,
        relation: '兄弟姐妹',
        reason: '外出',
        appliedOn: day(-5),
        status: 'approved',
      });
      const desk = `${base}/votes/${vote.id}/checkin`;
      const look = async (name: string) => {
        const res = await clerk(
          'GET',
          `${desk}/lookup?q=${encodeURIComponent(name)}&placeId=${pd.places.central}`,
        );
        assert.equal(res.status, 200, JSON.stringify(res.body));
        return res.body.people.find((p: { name: string }) => p.name === name);
      };
      const rep = await look('陈二');
      assert.deepEqual([rep.own.status, rep.delegatedTo, rep.due], ['due', null, 1]);
      const serving = await look('王芳');
      assert.equal(serving.own.status, 'due');
      const outsider = await look('丁一');
      assert.deepEqual([outsider.own.status, outsider.proxies, outsider.verdict], ['refused', [], 'refused']);
      assert.match(outsider.own.reason, /本次补选由村民代表会议进行，丁一不是村民代表会议组成人员.*C3-1/);
      const issue = await clerk('POST', `${desk}/issues`, {
        voterId: v.丁一,
        placeId: pd.places.central,
        foundBy: 'search',
        ballots: [v.丁一],
      });
      assert.equal(issue.status, 409, JSON.stringify(issue.body));
      assert.match(issue.body.message, /不是村民代表会议组成人员/);
      const given = await clerk('POST', `${desk}/issues`, {
        voterId: v.陈二,
        placeId: pd.places.central,
        foundBy: 'search',
        ballots: [v.陈二],
        confirmPlace: true,
      });
      assert.equal(given.status, 201, JSON.stringify(given.body));
    });
  });
}
