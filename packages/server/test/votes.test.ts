/**
 * Issue 6: opening the first vote on polling day fixes its offices (the approved seat plan), the people
 * on the ballot (the numbered run, in print order) and the registered count (the published list); it is
 * refused before the ballots are printed, twice, or by a clerk.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setUpPollingDay } from './polling-day-fixture.js';
import { CANDIDATES, OFFICES, OTHERS } from './polling-fixture.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { day, demoRoundId, setElectionDay } from './support/village-people.js';

const LIUSHAN = '331127205201';

for (const mode of dbModes()) {
  describe(`opening the first vote (${mode})`, () => {
    let t: TestApp;
    let village: Caller;
    let clerk: Caller;
    let roundId = '';
    let base = '';
    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      village = await loginAs(t.app, 'village');
      clerk = await loginAs(t.app, 'clerk');
      const township = await loginAs(t.app, 'township');
      roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${LIUSHAN}/votes`;
      await setElectionDay(county, roundId, LIUSHAN, day(30));
      await setUpPollingDay(t.database, { village, township }, roundId, LIUSHAN);
    });
    after(() => t.close());

    test('the plan lists the offices, the ballot people and the registered count', async () => {
      const res = await village('GET', base);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body.firstVote.problems, []);
      assert.deepEqual(
        res.body.firstVote.offices.map((o: { id: string; seats: number }) => [o.id, o.seats]),
        OFFICES.map((o) => [o.id, o.seats]),
      );
      assert.equal(res.body.firstVote.candidates.length, CANDIDATES.length);
      // print order: 李明 (7 strokes) before 张建国 (7 strokes, 李 first by 横竖撇点折) for 主任
      const chair = res.body.firstVote.candidates.filter((c: { office: string }) => c.office === 'chair');
      assert.deepEqual(
        chair.map((c: { name: string }) => c.name),
        ['李明', '张建国'],
      );
      assert.equal(res.body.firstVote.registered, CANDIDATES.length + OTHERS.length);
      assert.deepEqual(res.body.items, []);
    });

    test('a clerk may not open the vote; the committee opens it once', async () => {
      assert.equal((await clerk('POST', base, { countMode: 'ballots' })).status, 403);
      const opened = await village('POST', base, { countMode: 'ballots' });
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      assert.equal(opened.body.seq, 1);
      assert.equal(opened.body.kind, 'first');
      assert.equal(opened.body.status, 'polling');
      const again = await village('POST', base, { countMode: 'ballots' });
      assert.equal(again.status, 409);
      assert.match(again.body.message, /已经开始/);
      const one = await clerk('GET', `${base}/${opened.body.id}`);
      assert.equal(one.status, 200);
      assert.equal(one.body.candidates.length, CANDIDATES.length);
    });
  });
}
