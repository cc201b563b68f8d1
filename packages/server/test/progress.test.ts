/**
 * 换届进度 (issue 7 item 1): a county sees every village of the closed 2017 round with its status, first
 * vote, risk and what is left, counted per township (the counts add up); a township sees its villages of
 * the live round with their current step and late steps (with the rule); region access is checked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays } from '@huanjie/core';
import { eq } from 'drizzle-orm';
import { rounds } from '../src/db/schema.js';
import { DEMO_ROUND_NAME } from '../src/demo/demo.js';
import { type HistorySummary, loadDemoHistory } from '../src/demo/history/load.js';
import { villagesUnder } from '../src/regions/queries.js';
import { chinaToday } from '../src/registration/today.js';
import { loginAs, startTestApp, type TestApp, TODAY } from './support/app.js';
import { dbModes } from './support/db.js';

const TOWNSHIPS = ['331127205', '331127104'];
const COUNT_KEYS = [
  'villages',
  'preparing',
  'voting',
  'completed',
  'failed',
  'postponed',
  'firstVoteHeld',
  'firstVoteSuccess',
  'withLate',
  'lateSteps',
  'red',
  'orange',
] as const;

for (const mode of dbModes()) {
  describe(`round progress (${mode})`, () => {
    let t: TestApp;
    let history: HistorySummary;
    let liveId: string;
    before(async () => {
      t = await startTestApp(mode);
      const db = t.database.db;
      const villages = (await villagesUnder(db, '331127')).filter((v) =>
        TOWNSHIPS.includes(v.code.slice(0, 9)),
      );
      const [live] = await db.select().from(rounds).where(eq(rounds.name, DEMO_ROUND_NAME));
      liveId = live!.id;
      history = await loadDemoHistory(db, TODAY, liveId, {
        villages: villages.map((v) => v.code),
        runoffs: 2,
        failed: 1,
        postponed: 1,
      });
    });
    after(() => t.close());

    test('the county sees the closed round: statuses, first votes, risks; townships add up', async () => {
      const county = await loginAs(t.app, 'county');
      const res = await county('GET', `/api/rounds/${history.roundId}/progress?area=331127`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const p = res.body;
      assert.equal(p.villages.length, history.villages);
      assert.equal(p.summary.completed, history.villages - 2);
      assert.equal(p.summary.failed, 1);
      assert.equal(p.summary.postponed, 1);
      assert.equal(p.summary.firstVoteHeld, history.villages - 1);
      assert.equal(p.summary.firstVoteSuccess, history.villages - 2 - 2, 'two runoffs, one failed vote');
      assert.equal(p.summary.red, 2);
      assert.deepEqual(
        p.townships.map((x: { code: string }) => x.code),
        TOWNSHIPS.slice().sort(),
      );
      for (const key of COUNT_KEYS)
        assert.equal(
          p.townships.reduce((n: number, x: Record<string, number>) => n + x[key]!, 0),
          p.summary[key],
          key,
        );
      const failed = p.villages.find((v: { status: string }) => v.status === 'failed');
      assert.equal(failed.firstVote.success, false);
      assert.ok(failed.firstVote.voted * 2 <= failed.firstVote.registered);
      assert.deepEqual(failed.left, ['重新选举']);
      const postponed = p.villages.find((v: { status: string }) => v.status === 'postponed');
      assert.match(postponed.postponedReason, /暂缓选举/);
      assert.equal(postponed.firstVote.held, false);
      const runoff = p.villages.find((v: { followUpVotes: number }) => v.followUpVotes > 0);
      assert.equal(runoff.status, 'completed');
      assert.equal(runoff.firstVote.success, false);
      // completed villages have no late schedule steps: the round is over
      assert.equal(p.summary.lateSteps, 0);
    });

    test('a township sees its villages of the live round with current and late steps', async () => {
      const township = await loginAs(t.app, 'township');
      // 吴布村's election day ten days from now: the voter list (E−20) is late
      const wubu = '331127205202';
      const moved = await township('PUT', `/api/rounds/${liveId}/villages/${wubu}`, {
        electionDay: addDays(chinaToday(), 10),
        included: true,
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      const res = await township('GET', `/api/rounds/${liveId}/progress`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const p = res.body;
      assert.equal(p.area.code, '331127205');
      assert.equal(p.villages.length, 4);
      assert.equal(p.summary.preparing, 4);
      const v = p.villages.find((x: { code: string }) => x.code === wubu);
      assert.ok(v.late.length > 0);
      const list = v.late.find((s: { id: string }) => s.id === 'voter-list');
      assert.ok(list, JSON.stringify(v.late));
      assert.equal(list.state, 'late');
      assert.match(list.rule, /B-1/);
      assert.equal(v.current, list.title);
      assert.ok(v.left.includes('投票选举'));
      assert.equal(v.risk.level, 'orange');
      assert.equal(p.summary.withLate, 1);
      // the township reads the county's closed round for its own villages only
      const closed = await township('GET', `/api/rounds/${history.roundId}/progress`);
      assert.equal(closed.status, 200);
      assert.equal(closed.body.villages.length, 4);
      assert.ok(closed.body.villages.every((x: { status: string }) => x.status === 'completed'));
    });

    test('region access: a township cannot read the county or another township; a village user none', async () => {
      const township = await loginAs(t.app, 'township');
      assert.equal(
        (await township('GET', `/api/rounds/${history.roundId}/progress?area=331127`)).status,
        403,
      );
      assert.equal(
        (await township('GET', `/api/rounds/${history.roundId}/progress?area=331127104`)).status,
        403,
      );
      const village = await loginAs(t.app, 'village');
      assert.equal((await village('GET', `/api/rounds/${liveId}/progress`)).status, 403);
      assert.equal((await village('GET', `/api/rounds/${liveId}/progress?area=331127205`)).status, 403);
      const county = await loginAs(t.app, 'county');
      const bad = await county('GET', `/api/rounds/${liveId}/progress?area=33112720`);
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /区域/);
    });
  });
}
