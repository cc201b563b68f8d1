/**
 * The demo county's history (demo/history): on a small set of villages the generator gives consistent
 * data — every confirmed vote's stored scenario re-tallies to its stored result, registered ≥ voted,
 * every seated committee has its seats, 一肩挑 and 交叉任职 in range, valid ID numbers, people carried
 * over from the round before, and the live round linked to the closed one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { getRuleSet, parseIdCard, type RuleSet } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import { bodyMembers, elections, rounds, roundVillages, voteRounds, voters } from '../src/db/schema.js';
import { DEMO_ROUND_NAME } from '../src/demo/demo.js';
import { HISTORY_ROUND_NAME, type HistorySummary, loadDemoHistory } from '../src/demo/history/load.js';
import { countDocument } from '../src/demo/history/votes.js';
import { villagesUnder } from '../src/regions/queries.js';
import { startTestApp, type TestApp, TODAY } from './support/app.js';
import { dbModes } from './support/db.js';

/** 郑坑乡's four villages (full registers), and the villages of two more townships */
const TOWNSHIPS = ['331127205', '331127102', '331127212'];
const CLI = join(import.meta.dirname, '../bin/huanjie.mjs');

for (const mode of dbModes()) {
  describe(`demo history (${mode})`, () => {
    let t: TestApp;
    let summary: HistorySummary;
    let liveId: string;
    before(async () => {
      t = await startTestApp(mode);
      const db = t.database.db;
      const villages = (await villagesUnder(db, '331127')).filter((v) =>
        TOWNSHIPS.includes(v.code.slice(0, 9)),
      );
      const [live] = await db.select().from(rounds).where(eq(rounds.name, DEMO_ROUND_NAME));
      liveId = live!.id;
      const started = Date.now();
      summary = await loadDemoHistory(db, TODAY, liveId, {
        villages: villages.map((v) => v.code),
        runoffs: 2,
        failed: 1,
        postponed: 1,
      });
      assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
      assert.equal(summary.villages, villages.length);
    });
    after(() => t.close());

    test('every confirmed vote re-tallies to its stored result, registered ≥ voted', async () => {
      const ruleSet = getRuleSet('zhejiang-2020') as RuleSet;
      const votes = await t.database.db
        .select()
        .from(voteRounds)
        .where(sql`${voteRounds.roundId} in (${summary.roundId}, ${summary.previousRoundId})`);
      assert.ok(votes.length >= summary.villages * 2 - 1);
      for (const v of votes) {
        assert.equal(v.status, 'confirmed');
        const again = countDocument(ruleSet, JSON.parse(v.scenarioJson!));
        assert.equal(again.resultJson, v.resultJson, v.villageCode);
        const r = v.result as { registered: number; voted: number; collected: number };
        assert.equal(r.registered, v.registered);
        assert.ok(r.registered >= r.voted && r.voted >= r.collected, JSON.stringify(r));
      }
      assert.equal(votes.filter((v) => v.kind === 'runoff' && v.roundId === summary.roundId).length, 2);
      // and `huanjie tally` itself prints the stored result for a runoff's and a failed vote's scenario
      const dir = mkdtempSync(join(tmpdir(), 'demo-history-'));
      const picks = [
        votes.find((v) => v.kind === 'runoff')!,
        votes.find((v) => !(v.result as { valid: boolean }).valid)!,
      ];
      for (const [i, v] of picks.entries()) {
        const file = join(dir, `s${i}.json`);
        writeFileSync(file, v.scenarioJson!);
        const out = spawnSync(process.execPath, [CLI, 'tally', file], { encoding: 'utf8' });
        assert.equal(out.status, 0, out.stderr);
        assert.equal(out.stdout.trimEnd(), v.resultJson);
      }
      rmSync(dir, { recursive: true, force: true });
    });

    test('completed villages have their committee seats; failed and postponed ones none', async () => {
      const db = t.database.db;
      const rvs = await db.select().from(roundVillages).where(eq(roundVillages.roundId, summary.roundId));
      assert.deepEqual(
        rvs.map((r) => r.status).sort(),
        [...Array(summary.villages - 2).fill('completed'), 'failed', 'postponed'].sort(),
      );
      const members = await db
        .select({ m: bodyMembers, kind: elections.kind })
        .from(bodyMembers)
        .innerJoin(
          elections,
          and(eq(elections.countyCode, bodyMembers.countyCode), eq(elections.id, bodyMembers.electionId)),
        )
        .where(eq(bodyMembers.roundId, summary.roundId));
      const votes = await db
        .select()
        .from(voteRounds)
        .where(and(eq(voteRounds.roundId, summary.roundId), eq(voteRounds.kind, 'first')));
      for (const rv of rvs) {
        const committee = members.filter(
          (x) => x.m.villageCode === rv.villageCode && x.kind.endsWith('committee'),
        );
        const party = members.filter((x) => x.m.villageCode === rv.villageCode && x.kind === 'party-org');
        assert.ok(party.length >= 3 && party.length <= 7, rv.villageCode);
        assert.equal(party.filter((x) => x.m.office === 'secretary').length, 1);
        if (rv.status !== 'completed') {
          assert.equal(committee.length, 0, rv.villageCode);
          continue;
        }
        const first = votes.find((v) => v.villageCode === rv.villageCode)!;
        const seats = first.offices.reduce((n, o) => n + o.seats, 0);
        assert.equal(committee.length, seats, rv.villageCode);
        assert.ok(seats >= 3 && seats <= 7);
        assert.equal(committee.filter((x) => x.m.office === 'chair').length, 1);
        assert.ok(
          committee.some((x) => x.m.office === 'women'),
          '妇女委员',
        );
        const candidates = new Map<string, number>();
        for (const c of first.candidates) candidates.set(c.office, (candidates.get(c.office) ?? 0) + 1);
        for (const o of first.offices) assert.ok((candidates.get(o.id) ?? 0) > o.seats, `差额 ${o.id}`);
      }
      // 一肩挑 and 交叉任职 over the completed villages
      const done = rvs.filter((r) => r.status === 'completed').map((r) => r.villageCode);
      const chairs = new Set(
        members.filter((x) => x.kind.endsWith('committee') && x.m.office === 'chair').map((x) => x.m.voterId),
      );
      const onCommittee = new Set(
        members.filter((x) => x.kind.endsWith('committee')).map((x) => x.m.voterId),
      );
      const secretaries = members.filter(
        (x) => x.kind === 'party-org' && x.m.office === 'secretary' && done.includes(x.m.villageCode),
      );
      const oneShoulder = secretaries.filter((x) => chairs.has(x.m.voterId)).length;
      assert.ok(oneShoulder >= done.length * 0.7, `一肩挑 ${oneShoulder}/${done.length}`);
      const partyDone = members.filter((x) => x.kind === 'party-org' && done.includes(x.m.villageCode));
      const cross = partyDone.filter((x) => onCommittee.has(x.m.voterId)).length;
      assert.ok(
        cross >= partyDone.length * 0.65 && cross < partyDone.length,
        `交叉任职 ${cross}/${partyDone.length}`,
      );
    });

    test('people: valid ID numbers; 郑坑乡 has full registers; about 70 % carried over from 2014', async () => {
      const db = t.database.db;
      const rows = await db.select().from(voters).where(eq(voters.roundId, summary.roundId));
      for (const v of rows) {
        const id = parseIdCard(v.idNumber!, TODAY as never);
        assert.ok(id.ok, `${v.name} ${v.idNumber}`);
        if (id.ok) assert.equal(id.value.sex, v.sex);
      }
      const firsts = await db
        .select()
        .from(voteRounds)
        .where(and(eq(voteRounds.roundId, summary.roundId), eq(voteRounds.kind, 'first')));
      for (const code of ['331127205200', '331127205201', '331127205202', '331127205203']) {
        const listed = rows.filter((v) => v.villageCode === code && v.listStatus === 'listed').length;
        assert.equal(firsts.find((v) => v.villageCode === code)!.registered, listed, code);
      }
      const { rows: carried } = (await db.execute(sql`
        select count(*)::int as n, count(*) filter (where exists (
          select 1 from body_members b2 join voters v2 on v2.county_code = b2.county_code and v2.id = b2.voter_id
          where b2.round_id = ${summary.previousRoundId} and b2.village_code = b.village_code and v2.id_number = v.id_number
        ))::int as again
        from body_members b join voters v on v.county_code = b.county_code and v.id = b.voter_id
        where b.round_id = ${summary.roundId}`)) as unknown as { rows: { n: number; again: number }[] };
      const { n, again } = carried[0]!;
      assert.ok(again >= n * 0.5 && again <= n * 0.85, `连选连任 ${again}/${n}`);
    });

    test('rounds linked: live → 2017 → 2014; sample oversight rows in both', async () => {
      const db = t.database.db;
      const all = await db.select().from(rounds);
      const live = all.find((r) => r.id === liveId)!;
      const closed = all.find((r) => r.id === summary.roundId)!;
      assert.equal(closed.name, HISTORY_ROUND_NAME);
      assert.equal(closed.status, 'closed');
      assert.equal(live.previousRoundId, closed.id);
      assert.equal(closed.previousRoundId, summary.previousRoundId);
      assert.ok(closed.createdAt < live.createdAt, 'the live round stays the newest');
      const { rows } = (await db.execute(sql`
        select (select count(*)::int from complaints where round_id = ${liveId} and status in ('open','handling') and due_on < ${TODAY}) as overdue,
               (select count(*)::int from complaints where round_id = ${summary.roundId}) as complaints,
               (select count(*)::int from risk_ratings where round_id = ${summary.roundId}) as ratings,
               (select count(*)::int from handovers where round_id = ${summary.roundId}) as handovers,
               (select count(*)::int from work_records where round_id = ${summary.roundId}) as work`)) as unknown as {
        rows: Record<string, number>[];
      };
      const c = rows[0]!;
      assert.equal(c.overdue, 1);
      assert.ok(c.complaints! >= 6);
      assert.equal(c.ratings, summary.villages);
      assert.equal(c.handovers, summary.villages - 2);
      assert.ok(c.work! > 3);
    });
  });
}
