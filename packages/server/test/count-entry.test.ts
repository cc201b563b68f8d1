/**
 * Issue 6, ballot by ballot (唱票录入): entries only while counting and only by the set's clerk; a
 * retried entry counts once, a different one under the same seq is refused; undo; 另选他人 of a listed
 * voter and never a stranger; closing, double entry agreeing and differing (the first difference in
 * Chinese), the committee's acceptance; the ballots of the boxes that count; and the projector's
 * event stream (a snapshot, then a delta) over a real socket.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { groupBallots } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { auditLog, voteRounds } from '../src/db/schema.js';
import { acceptedBallots, boxStatuses } from '../src/polling-day/entry/ledger.js';
import { villageContext } from '../src/registration/village.js';
import { type PollingDayVillage, setUpPollingDay } from './polling-day-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';

/** A session cookie for fetch over a real socket. */
async function cookieOf(t: TestApp, username: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'Huanjie@2020' },
  });
  return `hj_session=${res.cookies.find((c) => c.name === 'hj_session')!.value}`;
}

for (const mode of dbModes()) {
  describe(`ballot entry (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let clerk2: Caller;
    let roundId = '';
    let pd: PollingDayVillage;
    let vote = '';
    const p: Record<string, string> = {};
    const set = (place: string, n: 1 | 2) => `${vote}/count/boxes/${place}/sets/${n}`;
    const full = () => ({
      chair: [p.李明!],
      vice: [p.王芳!],
      women: [p.蓝秀英!],
      member: [p.钟强!, p.吴军!],
    });

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      const township = await loginAs(t.app, 'township');
      roundId = await demoRoundId(county);
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      pd = await setUpPollingDay(t.database, { village, township }, roundId, LIUSHAN, { open: true });
      Object.assign(p, pd.voters);
      vote = `${pd.base}/${pd.voteId}`;
      const made = await county('POST', '/api/users', {
        username: 'clerk2',
        displayName: '柳山村计票员二',
        role: 'clerk',
        regionCode: LIUSHAN,
        password: 'abc12345',
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      clerk2 = await loginAs(t.app, 'clerk2', 'abc12345');
    });
    after(() => t.close());

    test('no entry while polling', async () => {
      const res = await clerk('POST', `${set(pd.places.central, 1)}/entries`, {
        seq: 1,
        ballot: { void: true },
      });
      assert.equal(res.status, 409, JSON.stringify(res.body));
      assert.match(res.body.message, /投票尚未结束/);
      // check-in closes (part A's act; set directly here)
      await t.database.db
        .update(voteRounds)
        .set({ status: 'counting' })
        .where(and(eq(voteRounds.countyCode, '331127'), eq(voteRounds.id, pd.voteId)));
    });

    test('enter, retry, conflicting retry and undo', async () => {
      const url = `${set(pd.places.central, 1)}/entries`;
      const first = await clerk('POST', url, { seq: 1, ballot: { marks: full() } });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      assert.deepEqual(first.body, { seq: 1, kind: 'ballot', replay: false });
      // the same request again: stored once
      const again = await clerk('POST', url, {
        seq: 1,
        ballot: { marks: { ...full(), member: [p.吴军, p.钟强] } },
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.replay, true);
      const other = await clerk('POST', url, { seq: 1, ballot: { void: true } });
      assert.equal(other.status, 409);
      assert.match(other.body.message, /不同的内容/);
      assert.equal((await clerk('POST', url, { seq: 2, ballot: { void: true } })).status, 200);
      assert.equal((await clerk('POST', url, { seq: 3, ballot: { marks: {} } })).status, 200);
      // an over-vote is entered as read: the engine applies the rule
      const over = await clerk('POST', url, {
        seq: 4,
        ballot: { marks: { member: [p.钟强, p.吴军, p.王五] } },
      });
      assert.equal(over.status, 200, JSON.stringify(over.body));
      assert.equal((await clerk('POST', url, { seq: 5, undoes: 4 })).status, 200);
      const twice = await clerk('POST', url, { seq: 6, undoes: 4 });
      assert.equal(twice.status, 409);
      assert.match(twice.body.message, /已经撤销/);
      const undoUndo = await clerk('POST', url, { seq: 6, undoes: 5 });
      assert.equal(undoUndo.status, 400);
      assert.match(undoUndo.body.message, /不能再撤销/);
      const view = await clerk('GET', set(pd.places.central, 1));
      assert.equal(view.status, 200);
      assert.deepEqual(
        view.body.ballots.map((b: { seq: number }) => b.seq),
        [1, 2, 3],
      );
      assert.equal(view.body.nextSeq, 6);
      assert.equal(view.body.clerk.name, '柳山村登记员');
    });

    test('另选他人: a voter on the list is taken, a stranger and an unknown office are refused', async () => {
      const url = `${set(pd.places.central, 1)}/entries`;
      const ok = await clerk('POST', url, {
        seq: 6,
        ballot: { marks: { chair: [p.周一], member: [p.钟强] } },
      });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      const stranger = await clerk('POST', url, {
        seq: 7,
        ballot: { marks: { member: [p.钟强, 'nobody'] } },
      });
      assert.equal(stranger.status, 400);
      assert.match(stranger.body.message, /委员 › 第2人.*选民名单/);
      const office = await clerk('POST', url, { seq: 7, ballot: { marks: { mayor: [p.钟强] } } });
      assert.equal(office.status, 400);
      assert.match(office.body.message, /职位“mayor”/);
      const found = await clerk('GET', `${vote}/count/write-ins?q=zy`);
      assert.equal(found.status, 200);
      assert.deepEqual(found.body.items.map((x: { name: string }) => x.name).sort(), ['周一', '郑一']);
      assert.ok(found.body.items[0].groupName);
      const byName = await clerk('GET', `${vote}/count/write-ins?q=${encodeURIComponent('周')}`);
      assert.equal(byName.body.items.length, 4);
    });

    test('a set is its first clerk’s; closing records the count and a digest; a closed set takes nothing', async () => {
      const other = await village('POST', `${set(pd.places.central, 1)}/entries`, {
        seq: 7,
        ballot: { void: true },
      });
      assert.equal(other.status, 403);
      assert.match(other.body.message, /柳山村登记员 负责/);
      const closed = await clerk('POST', `${set(pd.places.central, 1)}/close`);
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      assert.equal(closed.body.ballots, 4);
      const late = await clerk('POST', `${set(pd.places.central, 1)}/entries`, {
        seq: 7,
        ballot: { void: true },
      });
      assert.equal(late.status, 409);
      assert.match(late.body.message, /已经关闭/);
      const [entry] = await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'count.close-set'));
      const after = entry!.after as { ballots: number; rows: number; digest: string };
      assert.equal(after.ballots, 4);
      assert.equal(after.rows, 6);
      assert.match(after.digest, /^[0-9a-f]{64}$/);
      // the committee reopens it with a reason, and it closes again
      assert.equal(
        (await village('POST', `${set(pd.places.central, 1)}/reopen`, { reason: '监票人要求复核' })).status,
        200,
      );
      assert.equal((await clerk('POST', `${set(pd.places.central, 1)}/close`)).status, 200);
    });

    test('double entry: two clerks agree on one box and differ on another; the committee accepts one', async () => {
      const { station, box } = pd.places;
      const ballots = [{ marks: full() }, { void: true }, { marks: { chair: [p.张建国], member: [p.王五] } }];
      for (const [i, b] of ballots.entries()) {
        assert.equal(
          (await clerk('POST', `${set(station, 1)}/entries`, { seq: i + 1, ballot: b })).status,
          200,
        );
        const res = await clerk2('POST', `${set(station, 2)}/entries`, { seq: i + 1, ballot: b });
        assert.equal(res.status, 200, JSON.stringify(res.body));
      }
      // the first clerk may not also make the second entry
      const same = await clerk('POST', `${set(box, 2)}/entries`, { seq: 1, ballot: { void: true } });
      assert.equal(same.status, 200);
      const mine = await clerk('POST', `${set(box, 1)}/entries`, { seq: 1, ballot: { void: true } });
      assert.equal(mine.status, 409);
      assert.match(mine.body.message, /两名不同的计票人/);
      assert.equal(
        (await clerk2('POST', `${set(box, 1)}/entries`, { seq: 1, ballot: { marks: full() } })).status,
        200,
      );
      assert.equal((await clerk('POST', `${set(box, 2)}/entries`, { seq: 2, undoes: 1 })).status, 200);
      const second = { ...full(), chair: [p.张建国] };
      assert.equal(
        (await clerk('POST', `${set(box, 2)}/entries`, { seq: 3, ballot: { marks: second } })).status,
        200,
      );

      for (const [c, url] of [
        [clerk, set(station, 1)],
        [clerk2, set(station, 2)],
        [clerk2, set(box, 1)],
        [clerk, set(box, 2)],
      ] as const)
        assert.equal((await c('POST', `${url}/close`)).status, 200, url);

      const count = await village('GET', `${vote}/count`);
      assert.equal(count.status, 200);
      const byPlace = new Map(count.body.boxes.map((b: { placeId: string }) => [b.placeId, b]));
      const s = byPlace.get(station) as { comparison: string; counts: boolean; entered: number[] };
      assert.equal(s.comparison, 'agree');
      assert.equal(s.counts, true);
      assert.deepEqual(s.entered, [3, 3]);
      const b = byPlace.get(box) as { comparison: string; counts: boolean; difference: string };
      assert.equal(b.comparison, 'differ');
      assert.equal(b.counts, false);
      assert.equal(b.difference, '第1张不一致：一录 主任 李明；二录 主任 张建国');

      assert.equal(
        (await clerk('POST', `${vote}/count/boxes/${box}/accept`, { entrySet: 2, note: '复核' })).status,
        403,
      );
      const accepted = await village('POST', `${vote}/count/boxes/${box}/accept`, {
        entrySet: 2,
        note: '监票人复核原票，二录正确',
      });
      assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
      const actions = (await t.database.db.select({ action: auditLog.action }).from(auditLog)).map(
        (a) => a.action,
      );
      for (const a of [
        'count.claim-set',
        'count.close-set',
        'count.reopen-set',
        'count.compare',
        'count.accept-set',
      ])
        assert.ok(actions.includes(a), a);
    });

    test('acceptedBallots gives the counting boxes’ ballots; they group into scenario groups', async () => {
      const vr = await villageContext(t.database.db, roundId, LIUSHAN);
      const accepted = await acceptedBallots(t.database.db, vr, { id: pd.voteId });
      assert.deepEqual(
        [...accepted.keys()].sort(),
        [pd.places.central, pd.places.station, pd.places.box].sort(),
      );
      assert.equal(accepted.get(pd.places.central)!.length, 4);
      assert.deepEqual(accepted.get(pd.places.box), [
        { void: false, marks: { ...full(), chair: [p.张建国] } },
      ]);
      const groups = groupBallots([...accepted.values()].flat());
      assert.equal(
        groups.reduce((n, g) => n + g.n, 0),
        8,
      );
      const fullGroup = groups.find((g) => !g.void && g.marks.chair?.[0] === p.李明 && g.marks.vice);
      assert.equal(fullGroup?.n, 2);
      assert.equal(groups.find((g) => g.void)?.n, 2);
      const statuses = await boxStatuses(t.database.db, vr, { id: pd.voteId });
      assert.deepEqual(
        statuses.map((s) => [s.countedSet, s.clerks[0]?.name ?? null]),
        [
          [1, '柳山村登记员'],
          [1, '柳山村登记员'],
          [2, '柳山村计票员二'],
        ],
      );
    });

    test('the projector stream sends a snapshot, then a delta after an entry', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const address = t.app.server.address() as { port: number };
      const ac = new AbortController();
      const res = await fetch(`http://127.0.0.1:${address.port}${vote}/live`, {
        headers: { cookie: await cookieOf(t, 'village') },
        signal: ac.signal,
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const nextEvent = async () => {
        for (;;) {
          const m = /^data: (.*)$/m.exec(buffer);
          if (m) {
            buffer = buffer.slice(buffer.indexOf(m[0]) + m[0].length);
            return JSON.parse(m[1]!);
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('stream ended');
          buffer += decoder.decode(value, { stream: true });
        }
      };
      const snap = await nextEvent();
      assert.equal(snap.type, 'snapshot');
      // set 1 of the central venue and station, set 2 of the accepted box
      assert.equal(snap.totals.ballots, 8);
      assert.equal(snap.totals.offices.chair[p.李明!], 2);
      assert.equal(snap.totals.offices.chair[p.张建国!], 2);
      assert.equal(snap.totals.offices.chair[p.周一!], 1);
      assert.equal(snap.names[p.周一!], '周一');
      assert.equal(snap.secondEntry, false);
      // the central venue reopened: an entry shows up as a delta
      await village('POST', `${set(pd.places.central, 1)}/reopen`, { reason: '补录' });
      let ev = await nextEvent();
      assert.equal(ev.type, 'snapshot');
      const entered = await clerk('POST', `${set(pd.places.central, 1)}/entries`, {
        seq: 7,
        ballot: { marks: { chair: [p.李明] } },
      });
      assert.equal(entered.status, 200, JSON.stringify(entered.body));
      ev = await nextEvent();
      assert.equal(ev.type, 'delta');
      assert.equal(ev.ballots, 9);
      assert.deepEqual(ev.votes, [['chair', p.李明, 3]]);
      assert.equal(ev.boxes[0].entered[0], 5);
      ac.abort();
      await reader.cancel().catch(() => {});
    });
  });
}
