/**
 * Issue 5 item 6: the village bodies' members and the kinship rules across them under zhejiang-2020 —
 * seed 003 (Party organization, committee and co-operative members not spouses, parent and child or
 * siblings; a 一肩挑 person also not grandparents or grandchildren) and J2-1/J2-3 (a committee member,
 * a near relative of one, the clerk or the bookkeeper may not sit on the supervision committee), the
 * supervision committee's size (3–5), leaving office, and the audit trail.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog, bodyMembers } from '../src/db/schema.js';
import { committeeElectionId, relate, setUpPollingVillage } from './polling-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';

for (const mode of dbModes()) {
  describe(`village bodies and their kinship rules (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let roundId = '';
    let base = '';
    let people: Record<string, string> = {};
    const body: Record<string, string> = {};

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${LIUSHAN}/bodies`;
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      ({ voters: people } = await setUpPollingVillage(t.database, village, roundId, LIUSHAN));
      // 钟强 (seated committee chair below) is 周二's husband; 王五 and 吴军 are brothers
      await relate(t.database, roundId, LIUSHAN, people.钟强!, 'spouse', people.周二!);
      await relate(t.database, roundId, LIUSHAN, people.王五!, 'sibling', people.吴军!);
      await relate(t.database, roundId, LIUSHAN, people.钟强!, 'grandchild', people.郑五!);
      const committee = await committeeElectionId(t.database, roundId, LIUSHAN);
      await t.database.db.insert(bodyMembers).values({
        countyCode: LIUSHAN.slice(0, 6),
        electionId: committee,
        voterId: people.钟强!,
        roundId,
        villageCode: LIUSHAN,
        office: 'chair',
        officeTitle: '主任',
        rank: 1,
        since: day(0),
      });
    });
    after(() => t.close());

    test('the bodies are listed in seed-003 order with their offices; the committee is not entered by hand', async () => {
      const res = await clerk('GET', base);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const kinds = res.body.bodies.map((b: { kind: string }) => b.kind);
      assert.deepEqual(kinds, ['party-org', 'village-committee', 'coop', 'supervision']);
      for (const b of res.body.bodies) body[b.kind] = b.electionId;
      const committee = res.body.bodies[1];
      assert.equal(committee.manual, false);
      assert.deepEqual(
        committee.members.map((m: { name: string; officeTitle: string }) => [m.name, m.officeTitle]),
        [['钟强', '主任']],
      );
      const refused = await village('POST', `${base}/${body['village-committee']}/members`, {
        voterId: people.李明,
        office: 'member',
        since: day(0),
      });
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /由选举结果经乡镇确认后产生/);
      assert.equal(
        (
          await clerk('POST', `${base}/${body['party-org']}/members`, {
            voterId: people.李明,
            office: 'member',
            since: day(0),
          })
        ).status,
        403,
      );
    });

    test('seed 003: siblings on the Party committee and the co-operative are reported', async () => {
      const add = (kind: string, name: string, office: string) =>
        village('POST', `${base}/${body[kind]}/members`, { voterId: people[name], office, since: day(0) });
      assert.equal((await add('party-org', '王五', 'member')).status, 201);
      assert.equal((await add('coop', '吴军', 'member')).status, 201);
      const twice = await add('coop', '吴军', 'member');
      assert.equal(twice.status, 409);
      const state = (await clerk('GET', base)).body;
      assert.equal(state.crossBody.length, 1, JSON.stringify(state.crossBody));
      assert.match(state.crossBody[0].reason, /村两委及经济合作社成员之间应当任职回避：.*兄弟姐妹/);
      assert.match(state.crossBody[0].rule, /C1-5/);
    });

    test('一肩挑: the chair who is also Party secretary may not have a grandparent on the bodies', async () => {
      const before = (await clerk('GET', base)).body.crossBody.length;
      assert.equal(
        (
          await village('POST', `${base}/${body.coop}/members`, {
            voterId: people.郑五,
            office: 'member',
            since: day(0),
          })
        ).status,
        201,
      );
      // not yet: 钟强 is chair but not Party secretary
      assert.equal((await clerk('GET', base)).body.crossBody.length, before);
      assert.equal(
        (
          await village('POST', `${base}/${body['party-org']}/members`, {
            voterId: people.钟强,
            office: 'secretary',
            since: day(0),
          })
        ).status,
        201,
      );
      const state = (await clerk('GET', base)).body;
      assert.equal(state.crossBody.length, before + 1);
      assert.ok(state.crossBody.some((c: { reason: string }) => /“一肩挑”人员/.test(c.reason)));
    });

    test('J2-1/J2-3: a committee member’s wife and the clerk may not sit on the supervision committee', async () => {
      const wife = await village('POST', `${base}/${body.supervision}/members`, {
        voterId: people.周二,
        office: 'member',
        since: day(0),
      });
      assert.equal(wife.status, 400);
      assert.match(wife.body.message, /周二是钟强的配偶.*不得担任村务监督委员会成员.*J2-3/);
      assert.equal(
        (await village('POST', `${base}/posts`, { voterId: people.周一, post: 'clerk' })).status,
        201,
      );
      const clerkPost = await village('POST', `${base}/${body.supervision}/members`, {
        voterId: people.周一,
        office: 'chair',
        since: day(0),
      });
      assert.equal(clerkPost.status, 400);
      assert.match(clerkPost.body.message, /周一担任村文书/);
      const state = (await clerk('GET', base)).body;
      assert.equal(state.bodies.find((b: { kind: string }) => b.kind === 'supervision').members.length, 0);
    });

    test('the supervision committee’s size is checked against 3–5 (J2-3)', async () => {
      const add = (name: string, office: string) =>
        village('POST', `${base}/${body.supervision}/members`, {
          voterId: people[name],
          office,
          since: day(0),
        });
      assert.equal((await add('郑一', 'chair')).status, 201);
      let state = (await clerk('GET', base)).body;
      assert.equal(state.supervisionSize.length, 1);
      assert.match(state.supervisionSize[0].rule, /J2-3/);
      assert.equal((await add('郑二', 'member')).status, 201);
      assert.equal((await add('郑三', 'member')).status, 201);
      state = (await clerk('GET', base)).body;
      assert.deepEqual(state.supervisionSize, []);
      assert.deepEqual(state.supervision, []);
    });

    test('leaving office and removing a mistaken entry are audited; a seated member cannot be removed', async () => {
      const end = await village('POST', `${base}/${body.coop}/members/${people.吴军}/end`, {
        status: 'resigned',
        endedOn: day(1),
        reason: '本人书面辞职',
      });
      assert.equal(end.status, 200, JSON.stringify(end.body));
      assert.equal(end.body.status, 'resigned');
      const state = (await clerk('GET', base)).body;
      // the brothers' conflict is gone once one of them left
      assert.ok(!state.crossBody.some((c: { reason: string }) => /兄弟姐妹/.test(c.reason)));
      const seated = await village(
        'POST',
        `${base}/${body['village-committee']}/members/${people.钟强}/remove`,
        {
          reason: '误录',
        },
      );
      assert.equal(seated.status, 409);
      const removed = await village('POST', `${base}/${body.coop}/members/${people.郑五}/remove`, {
        reason: '误录',
      });
      assert.equal(removed.status, 200);
      const actions = await t.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.countyCode, LIUSHAN.slice(0, 6))));
      const names = new Set(actions.map((a) => a.action));
      for (const a of ['body.member-add', 'body.member-end', 'body.member-remove', 'body.post-add'])
        assert.ok(names.has(a), a);
    });
  });
}
