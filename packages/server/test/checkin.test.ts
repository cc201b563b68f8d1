/**
 * Issue 6 item 1: check-in and ballot issuance (一证一票, E-11). A card scan or a search finds the
 * voter with the desk's verdict; a ballot is issued once across every place of the village, even
 * when 20 desks try at the same instant; a proxy trustee gets one ballot per principal (G-2, G-10) and
 * the principal's own card is then refused; a cancellation needs a reason; the counts add up; closing
 * the polling stops issuing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog, ballotIssues } from '../src/db/schema.js';
import { voterCardCode } from '../src/documents/card-code.js';
import { cardSecret } from '../src/registration/card-secret.js';
import { type PollingDayVillage, setUpPollingDay } from './polling-day-fixture.js';
import { CANDIDATES, OTHERS } from './polling-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';

for (const mode of dbModes()) {
  describe(`check-in and ballot issuance (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let observer: Caller;
    let roundId = '';
    let pd: PollingDayVillage;
    let desk = '';
    let secret = '';
    const card = (voterId: string, over: { roundId?: string; countyCode?: string } = {}) =>
      voterCardCode(
        { countyCode: over.countyCode ?? LIUSHAN.slice(0, 6), roundId: over.roundId ?? roundId, id: voterId },
        secret,
      );
    const find = (q: string, placeId = pd.places.central, who: Caller = clerk) =>
      who('GET', `${desk}/lookup?q=${encodeURIComponent(q)}&placeId=${placeId}`);
    const issue = (
      name: string,
      placeId: string,
      ballots: string[] = [name],
      extra: { confirmPlace?: boolean; who?: Caller } = {},
    ) =>
      (extra.who ?? clerk)('POST', `${desk}/issues`, {
        voterId: pd.voters[name],
        placeId,
        foundBy: 'card',
        ballots: ballots.map((b) => pd.voters[b]),
        confirmPlace: extra.confirmPlace ?? false,
      });
    const rows = () =>
      t.database.db.select().from(ballotIssues).where(eq(ballotIssues.voteRoundId, pd.voteId));

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      observer = await loginAs(t.app, 'observer');
      const township = await loginAs(t.app, 'township');
      roundId = await demoRoundId(county);
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      pd = await setUpPollingDay(t.database, { village, township }, roundId, LIUSHAN, { open: true });
      desk = `${pd.base}/${pd.voteId}/checkin`;
      secret = await cardSecret(t.database.db);
      // approved proxies (G-2): 陈二 votes for his brother 陈三 and for 刘妻; 周四 for her brother 周三
      const proxies = `/api/rounds/${roundId}/villages/${LIUSHAN}/proxies`;
      for (const [principal, trustee] of [
        ['陈三', '陈二'],
        ['刘妻', '陈二'],
        ['周三', '周四'],
      ] as const) {
        const p = await village('POST', proxies, {
          principalVoterId: pd.voters[principal],
          trusteeVoterId: pd.voters[trustee],
          relation: 'sibling',
          reason: 'away',
          appliedOn: day(0),
        });
        assert.equal(p.status, 201, JSON.stringify(p.body));
        const ok = await village('POST', `${proxies}/${p.body.id}/approve`, {});
        assert.equal(ok.status, 200, JSON.stringify(ok.body));
      }
    });
    after(() => t.close());

    test('a card scan finds the voter, where they belong and that they may get a ballot', async () => {
      const res = await find(card(pd.voters.周一!));
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.foundBy, 'card');
      const [p] = res.body.people;
      assert.equal(p.name, '周一');
      assert.equal(p.verdict, 'ok');
      assert.equal(p.due, 1);
      assert.equal(p.home.id, pd.places.central);
      assert.equal(p.own.status, 'due');
      // the mobile-box voter belongs to the box; at the central venue that is a warning, not a refusal
      const box = await find(card(pd.voters.郑五!));
      assert.equal(box.body.people[0].home.id, pd.places.box);
      assert.equal(box.body.people[0].verdict, 'warn');
      assert.match(box.body.people[0].warnings[0], /郑五使用东坑流动票箱投票.*G-9/);
    });

    test('a forged card, another round’s card and another village’s card are refused with the reason', async () => {
      const good = card(pd.voters.周一!);
      // one character of the signature changed (to another character, whatever it was)
      const at = good.length - 8;
      const forged = `${good.slice(0, at)}${good[at] === '0' ? '1' : '0'}${good.slice(at + 1)}`;
      assert.notEqual(forged, good);
      const bad = await find(forged);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.code, 'CARD_REFUSED');
      assert.match(bad.body.message, /校验不符/);
      const otherRound = await find(card(pd.voters.周一!, { roundId: 'another-round' }));
      assert.equal(otherRound.status, 400);
      assert.match(otherRound.body.message, /不是本届换届本村的选民证/);
      const otherVillage = await find(card('someone-of-another-village'));
      assert.equal(otherVillage.status, 400);
      assert.match(otherVillage.body.message, /不是本村的选民证/);
    });

    test('a search by name, by initials and by ID number; the observer sees ID numbers masked', async () => {
      const byName = await find('郑');
      assert.equal(byName.status, 200);
      assert.equal(byName.body.foundBy, 'search');
      assert.deepEqual(
        byName.body.people.map((p: { name: string }) => p.name).sort(),
        ['郑一', '郑二', '郑三', '郑四', '郑五'].sort(),
      );
      const person = await village(
        'GET',
        `/api/rounds/${roundId}/villages/${LIUSHAN}/voters/${pd.voters.王芳}`,
      );
      const idNumber = person.body.voter.idNumber as string;
      const byId = await find(idNumber);
      assert.deepEqual(
        byId.body.people.map((p: { name: string; idNumber: string }) => [p.name, p.idNumber]),
        [['王芳', idNumber]],
      );
      const masked = await find(idNumber, pd.places.central, observer);
      assert.equal(masked.status, 200);
      assert.equal(masked.body.people[0].idNumber, `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    });

    test('someone not on the published list is refused', async () => {
      const { 新来 } = await addPeople(village, roundId, LIUSHAN, [{ name: '新来', sex: 'M' }]);
      const res = await find(card(新来!));
      assert.equal(res.body.people[0].verdict, 'refused');
      assert.match(res.body.people[0].own.reason, /不在已公布的选民名单上/);
      const refused = await clerk('POST', `${desk}/issues`, {
        voterId: 新来,
        placeId: pd.places.central,
        foundBy: 'card',
        ballots: [新来],
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'CHECKIN_REFUSED');
    });

    test('one ballot per voter: the second issue anywhere is refused naming the first', async () => {
      const first = await issue('周一', pd.places.central);
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body.issued.length, 1);
      assert.equal(first.body.issued[0].via, 'in-person');
      assert.equal(first.body.person.verdict, 'refused');
      const again = await issue('周一', pd.places.station, ['周一'], { confirmPlace: true });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'ALREADY_ISSUED');
      assert.match(again.body.message, /周一已领取选票：.*中心会场，发票员柳山村登记员/);
      const scan = await find(card(pd.voters.周一!), pd.places.station);
      assert.equal(scan.body.people[0].verdict, 'refused');
      assert.match(scan.body.people[0].own.reason, /中心会场/);
      const audits = await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'ballot.issue'), eq(auditLog.entityId, `${pd.voteId}:${pd.voters.周一}`)),
        );
      assert.equal(audits.length, 1);
    });

    test('20 desks issuing the same voter at the same instant: exactly one ballot', async () => {
      const places = [pd.places.central, pd.places.station, pd.places.box];
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => issue('周二', places[i % 3]!, ['周二'], { confirmPlace: true })),
      );
      const codes = answers.map((a) => a.status).sort();
      assert.deepEqual(codes, [201, ...Array(19).fill(409)], JSON.stringify(answers.map((a) => a.body)));
      for (const a of answers.filter((x) => x.status === 409)) assert.match(a.body.message, /周二已领取选票/);
      const mine = (await rows()).filter((r) => r.voterId === pd.voters.周二);
      assert.equal(mine.length, 1);
    });

    test('a wrong place needs the clerk’s confirmation; a mobile box issues as mobile', async () => {
      const warned = await issue('郑一', pd.places.central);
      assert.equal(warned.status, 409);
      assert.equal(warned.body.code, 'CONFIRM_PLACE');
      assert.match(warned.body.message, /郑一应在第三投票站投票/);
      assert.equal((await issue('郑一', pd.places.central, ['郑一'], { confirmPlace: true })).status, 201);
      const mobile = await issue('郑五', pd.places.box);
      assert.equal(mobile.status, 201, JSON.stringify(mobile.body));
      assert.equal(mobile.body.issued[0].via, 'mobile');
    });

    test('a proxy trustee gets one ballot per principal; the principal’s own card is then refused', async () => {
      const scan = await find(card(pd.voters.陈二!));
      const [trustee] = scan.body.people;
      assert.equal(trustee.due, 3);
      assert.deepEqual(trustee.proxies.map((l: { name: string }) => l.name).sort(), ['刘妻', '陈三'].sort());
      // a principal in person is refused while the proxy stands, naming the trustee
      const principal = await find(card(pd.voters.周三!));
      assert.equal(principal.body.people[0].verdict, 'refused');
      assert.match(principal.body.people[0].own.reason, /周三已委托周四代为投票.*G-2;G-10/);
      const inPerson = await issue('周三', pd.places.central);
      assert.equal(inPerson.status, 409);
      assert.equal(inPerson.body.code, 'CHECKIN_REFUSED');

      const res = await issue('陈二', pd.places.central, ['陈二', '陈三', '刘妻']);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.issued.map((i: { name: string; via: string; trusteeName: string | null }) => [
          i.name,
          i.via,
          i.trusteeName,
        ]),
        [
          ['陈二', 'in-person', null],
          ['陈三', 'proxy', '陈二'],
          ['刘妻', 'proxy', '陈二'],
        ],
      );
      const after = await find(card(pd.voters.陈三!));
      assert.equal(after.body.people[0].verdict, 'refused');
      assert.match(after.body.people[0].own.reason, /陈三的选票已由受委托人陈二代领/);
    });

    test('proxy ballots are all or nothing', async () => {
      assert.equal((await issue('周四', pd.places.central)).status, 201);
      const both = await issue('周四', pd.places.central, ['周四', '周三']);
      assert.equal(both.status, 409);
      assert.match(both.body.message, /周四已领取选票/);
      assert.equal((await rows()).filter((r) => r.voterId === pd.voters.周三).length, 0);
      const proxy = await issue('周四', pd.places.central, ['周三']);
      assert.equal(proxy.status, 201, JSON.stringify(proxy.body));
      assert.equal(proxy.body.issued[0].via, 'proxy');
    });

    test('a cancellation needs a reason, is audited, and lets the voter be issued again', async () => {
      const url = `${desk}/issues/${pd.voters.周一}/cancel`;
      const empty = await clerk('POST', url, { reason: '  ' });
      assert.equal(empty.status, 400);
      assert.match(empty.body.message, /撤销理由/);
      const res = await clerk('POST', url, { reason: '发错了人，选票已收回' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.cancelled.name, '周一');
      assert.equal((await rows()).filter((r) => r.voterId === pd.voters.周一).length, 0);
      const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'ballot.cancel'));
      assert.equal((audit!.before as { voterId: string }).voterId, pd.voters.周一);
      assert.deepEqual(audit!.after, { cancelled: true, reason: '发错了人，选票已收回' });
      assert.equal((await clerk('POST', url, { reason: '再撤' })).status, 404);
      assert.equal((await issue('周一', pd.places.central)).status, 201);
    });

    test('the counts add up: each place, its printed ballots, and the village', async () => {
      const res = await clerk('GET', `${desk}/counts?placeId=${pd.places.central}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const all = await rows();
      const places = res.body.places as {
        id: string;
        issued: number;
        inPerson: number;
        proxy: number;
        mobile: number;
        printed: number;
        remaining: number;
        registered: number;
      }[];
      assert.equal(places.length, 3);
      for (const p of places) {
        assert.equal(p.issued, all.filter((r) => r.placeId === p.id).length);
        assert.equal(p.issued, p.inPerson + p.proxy + p.mobile);
        assert.equal(p.remaining, p.printed - p.issued);
        // the fixture prints each place's voters plus 2 in reserve
        assert.equal(p.printed, p.registered + 2);
      }
      const v = res.body.village;
      assert.equal(v.issued, all.length);
      assert.equal(
        v.issued,
        places.reduce((n, p) => n + p.issued, 0),
      );
      assert.equal(v.registered, CANDIDATES.length + OTHERS.length);
      assert.equal(
        places.reduce((n, p) => n + p.registered, 0),
        v.registered,
      );
      assert.equal(v.proxy, 3);
      assert.equal(v.mobile, all.filter((r) => r.via === 'mobile').length);
      assert.ok(v.mobile >= 1);
      assert.equal(v.turnoutPermille, Math.floor((all.length * 1000) / v.registered));
      assert.ok(res.body.recent.every((r: { placeId: string }) => r.placeId === pd.places.central));
      assert.equal(res.body.recent[0].name, '周一');
    });

    test('an observer may look but not issue; a clerk may not close the polling', async () => {
      assert.equal((await issue('王芳', pd.places.central, ['王芳'], { who: observer })).status, 403);
      assert.equal((await observer('GET', `${desk}/counts`)).status, 200);
      assert.equal((await clerk('POST', `${pd.base}/${pd.voteId}/close-polling`)).status, 403);
    });

    test('closing the polling stops issuing and cancelling; closing twice is refused', async () => {
      const closed = await village('POST', `${pd.base}/${pd.voteId}/close-polling`);
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      assert.equal(closed.body.status, 'counting');
      const twice = await village('POST', `${pd.base}/${pd.voteId}/close-polling`);
      assert.equal(twice.status, 409);
      assert.match(twice.body.message, /已经结束投票/);
      const late = await issue('王芳', pd.places.central);
      assert.equal(late.status, 409);
      assert.match(late.body.message, /已结束投票/);
      const cancel = await clerk('POST', `${desk}/issues/${pd.voters.周一}/cancel`, { reason: '晚了' });
      assert.equal(cancel.status, 409);
      const scan = await find(card(pd.voters.王芳!));
      assert.equal(scan.body.people[0].verdict, 'refused');
      assert.match(scan.body.closed, /已结束投票/);
      const [audit] = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'vote.close-polling'));
      assert.equal((audit!.after as { status: string }).status, 'counting');
    });
  });
}
