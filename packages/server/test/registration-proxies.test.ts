/**
 * Issue 4 item 7: proxy voting (委托投票) under zhejiang-2020. Every failure is listed with its
 * rule; approval is refused while any is left; the approved ones are listed and printed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getRuleSet } from '@huanjie/core';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, publishList, setElectionDay } from './support/village-people.js';

const VILLAGE = '331127205201';
const proxyRules = getRuleSet('zhejiang-2020')!.proxy;
const CAP = proxyRules.maxPerTrustee.value!;
const DEADLINE = proxyRules.applicationDeadline.value as { kind: 'days-before'; days: number };

interface Problem {
  rule: string;
  field: string;
  reason: string;
}

for (const mode of dbModes()) {
  describe(`proxies (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let village: Caller;
    let clerk: Caller;
    let roundId = '';
    let base = '';
    let ids: Record<string, string> = {};

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${VILLAGE}/proxies`;
      await setElectionDay(county, roundId, VILLAGE, day(30));
      ids = await addPeople(village, roundId, VILLAGE, [
        { name: '张大', sex: 'M', householdNo: 'H1' },
        { name: '张父', sex: 'M', householdNo: 'H1' },
        { name: '张母', sex: 'F', householdNo: 'H1' },
        { name: '刘妻', sex: 'F', householdNo: 'H1' },
        { name: '张弟', sex: 'M', householdNo: 'H2' },
        { name: '陈邻', sex: 'M', householdNo: 'H3' },
        { name: '陈子', sex: 'M', householdNo: 'H3' },
      ]);
      await publishList(village, roundId, VILLAGE, day(-1));
    });
    after(() => t.close());

    const apply = (principal: string, trustee: string, relation: string, appliedOn = day(0)) =>
      clerk('POST', base, {
        principalVoterId: ids[principal],
        trusteeVoterId: ids[trustee],
        relation,
        reason: 'away',
        appliedOn,
      });

    test(`${CAP} near relatives for one trustee are approved and listed`, async () => {
      for (const [principal, relation] of [
        ['张父', 'child'],
        ['张母', 'child'],
        ['刘妻', 'spouse'],
      ] as const) {
        const res = await apply(principal, '张大', relation);
        assert.equal(res.status, 201, JSON.stringify(res.body));
        assert.deepEqual(res.body.problems, []);
        assert.equal(res.body.status, 'pending');
        const ok = await village('POST', `${base}/${res.body.id}/approve`, {});
        assert.equal(ok.status, 200, JSON.stringify(ok.body));
        assert.equal(ok.body.status, 'approved');
      }
      const list = await clerk('GET', `${base}?status=approved`);
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items
          .map((p: { principalName: string; trusteeName: string }) => `${p.principalName}→${p.trusteeName}`)
          .sort(),
        ['刘妻→张大', '张母→张大', '张父→张大'].sort(),
      );
    });

    test(`the ${CAP + 1}th principal for one trustee is refused for the cap, citing the rule`, async () => {
      const res = await apply('张弟', '张大', 'sibling');
      assert.equal(res.status, 201);
      const cap = (res.body.problems as Problem[]).find((p) => p.rule === proxyRules.maxPerTrustee.rule);
      assert.ok(cap, JSON.stringify(res.body.problems));
      assert.equal(cap.field, '受委托人');
      assert.match(cap.reason, new RegExp(`不得超过${CAP}人`));
      const approve = await village('POST', `${base}/${res.body.id}/approve`, {});
      assert.equal(approve.status, 409);
      assert.match(approve.body.message, new RegExp(`不得超过${CAP}人（G-2）`));
      const refuse = await village('POST', `${base}/${res.body.id}/refuse`, {
        reason: '受委托人已接受3人委托',
      });
      assert.equal(refuse.status, 200);
      assert.equal(refuse.body.status, 'refused');
      assert.equal((refuse.body.problems as Problem[]).at(-1)!.field, '不予批准理由');
    });

    test('a non-relative is refused, and so are a second proxy and a re-delegation', async () => {
      const stranger = await apply('陈邻', '张弟', 'none');
      const relation = (stranger.body.problems as Problem[]).find((p) => p.field === '与委托人关系');
      assert.ok(relation, JSON.stringify(stranger.body.problems));
      assert.equal(relation.rule, proxyRules.trusteeRelations.rule);
      assert.match(relation.reason, /无亲属关系/);
      assert.equal((await village('POST', `${base}/${stranger.body.id}/approve`, {})).status, 409);

      const twice = await apply('张父', '张弟', 'child');
      assert.ok(
        (twice.body.problems as Problem[]).some((p) => p.rule === 'G-1' && /不能重复委托/.test(p.reason)),
      );
      const redelegate = await apply('张大', '张弟', 'sibling');
      assert.ok(
        (redelegate.body.problems as Problem[]).some((p) => p.rule === proxyRules.redelegationForbidden.rule),
        JSON.stringify(redelegate.body.problems),
      );
      // A trustee who gave their own vote away cannot hold others' votes.
      const child = await apply('陈子', '陈邻', 'child');
      assert.deepEqual(child.body.problems, []);
      assert.equal((await village('POST', `${base}/${child.body.id}/approve`, {})).status, 200);
      const toGiver = await apply('张弟', '陈子', 'none');
      assert.ok((toGiver.body.problems as Problem[]).some((p) => /本人已委托/.test(p.reason)));
    });

    test('only the election committee decides; observers read', async () => {
      const pending = (await clerk('GET', `${base}?status=pending`)).body.items[0];
      assert.equal((await clerk('POST', `${base}/${pending.id}/approve`, {})).status, 403);
      const observer = await loginAs(t.app, 'observer');
      assert.equal((await observer('GET', base)).status, 200);
      const body = {
        principalVoterId: ids.陈邻,
        trusteeVoterId: ids.陈子,
        relation: 'parent',
        reason: 'away',
        appliedOn: day(0),
      };
      assert.equal((await observer('POST', base, body)).status, 403);
    });

    test('the published list and the certificates are PDFs', async () => {
      const list = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/villages/${VILLAGE}/proxies.pdf`,
        cookies: { hj_session: await sessionOf('observer') },
      });
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.headers['content-type'], 'application/pdf');
      assert.equal(list.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const certs = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/villages/${VILLAGE}/proxy-certificates.pdf`,
        cookies: { hj_session: await sessionOf('village') },
      });
      assert.equal(certs.statusCode, 200, certs.body);
      assert.equal(certs.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const observerCerts = await t.app.inject({
        method: 'GET',
        url: `/api/rounds/${roundId}/villages/${VILLAGE}/proxy-certificates.pdf`,
        cookies: { hj_session: await sessionOf('observer') },
      });
      assert.equal(observerCerts.statusCode, 403);
    });

    test(`applied after E−${DEADLINE.days}: refused with the deadline rule`, async () => {
      // Election day in 2 days: E−3 was yesterday, so an application made today is late.
      await setElectionDay(county, roundId, VILLAGE, day(DEADLINE.days - 1));
      const res = await apply('张弟', '陈邻', 'none');
      assert.equal(res.status, 201);
      const late = (res.body.problems as Problem[]).find((p) => p.field === '申请日期');
      assert.ok(late, JSON.stringify(res.body.problems));
      assert.match(late.rule, /B-8/);
      assert.match(late.rule, /G-2/);
      assert.match(late.reason, new RegExp(`选举日前${DEADLINE.days}日（${day(-1)}前）`));
      // On time the day before: E−3 itself is allowed (C-4, on or before).
      const onTime = await apply('张弟', '张大', 'sibling', day(-1));
      assert.ok(!(onTime.body.problems as Problem[]).some((p) => p.field === '申请日期'));
    });

    async function sessionOf(username: string): Promise<string> {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'Huanjie@2020' },
      });
      return res.cookies.find((c) => c.name === 'hj_session')!.value;
    }
  });
}
