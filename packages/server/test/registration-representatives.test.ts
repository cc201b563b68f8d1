/**
 * Issue 4 item 8: village representatives (村民代表) under zhejiang-2020: households from the
 * register, who was chosen, and the checks (C3-1 women ≥ 1/3 and representatives ≥ 4/5 of the
 * meeting, C3-6 one per household and the minimum count).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getRuleSet } from '@huanjie/core';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import type { Caller } from './support/scope-calls/types.js';
import { addPeople, day, demoRoundId, setElectionDay } from './support/village-people.js';

const VILLAGE = '331127205201';
const reps = getRuleSet('zhejiang-2020')!.representatives;

interface Problem {
  rule: string;
  field: string;
  reason: string;
}

for (const mode of dbModes()) {
  describe(`village representatives (${mode})`, () => {
    let t: TestApp;
    let clerk: Caller;
    let base = '';
    let ids: Record<string, string> = {};

    before(async () => {
      t = await startTestApp(mode);
      const county = await loginAs(t.app, 'county');
      clerk = await loginAs(t.app, 'clerk');
      const roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${VILLAGE}`;
      await setElectionDay(county, roundId, VILLAGE, day(30));
      const people = [];
      // 12 households of 2 people in two groups.
      for (let h = 1; h <= 12; h++) {
        const groupName = h <= 6 ? '第一村民小组' : '第二村民小组';
        people.push({
          name: `户主${h}`,
          sex: h % 3 === 1 ? ('F' as const) : ('M' as const),
          householdNo: `H${h}`,
          groupName,
        });
        people.push({ name: `家人${h}`, sex: 'M' as const, householdNo: `H${h}`, groupName });
      }
      ids = await addPeople(clerk, roundId, VILLAGE, people);
    });
    after(() => t.close());

    const record = (name: string, householdNos: string[]) =>
      clerk('POST', `${base}/representatives`, {
        voterId: ids[name],
        unitKind: 'households',
        householdNos,
        chosenOn: day(-1),
        votes: 9,
      });

    const check = async (query = '') => {
      const res = await clerk('GET', `${base}/representatives${query}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body as {
        items: unknown[];
        check: {
          problems: Problem[];
          checks: { field: string; rule: string; ok: boolean; details: string[] }[];
          counts: Record<string, number>;
          floor: number;
        };
      };
    };

    test('households and groups come from the register', async () => {
      const res = await clerk('GET', `${base}/households`);
      assert.equal(res.status, 200);
      assert.equal(res.body.population, 24);
      assert.equal(res.body.households.length, 12);
      assert.deepEqual(
        res.body.groups.map((g: { groupName: string; households: number }) => [g.groupName, g.households]),
        [
          ['第一村民小组', 6],
          ['第二村民小组', 6],
        ],
      );
    });

    test('women at exactly 1/3 of the meeting pass; one committee member more makes them too few', async () => {
      // 户主1 is a woman; 户主2, 户主3 men. Units of 5 households each... the last of 2 is flagged by C3-2.
      for (const [name, nos] of [
        ['户主1', ['H1', 'H2', 'H3', 'H4', 'H5']],
        ['户主2', ['H6', 'H7', 'H8', 'H9', 'H10']],
        ['户主3', ['H11', 'H12']],
      ] as const) {
        const res = await record(name, [...nos]);
        assert.equal(res.status, 201, JSON.stringify(res.body));
      }
      const exact = await check();
      assert.deepEqual(exact.check.counts, { members: 3, representatives: 3, womenRepresentatives: 1 });
      assert.ok(
        !exact.check.problems.some((p) => p.field === '妇女村民代表'),
        'exactly 1/3 meets 三分之一以上 (C-1)',
      );
      assert.ok(
        exact.check.problems.some(
          (p) => p.rule === reps.householdsPerRepresentative.rule && p.field === '推选单位',
        ),
      );
      assert.equal(exact.check.floor, 30);
      assert.ok(exact.check.problems.some((p) => p.rule === reps.floor.rule && p.field === '村民代表人数'));
      // The checklist names every check the rule set asks for, passed ones with their rule too.
      const line = (field: string) => exact.check.checks.find((c) => c.field === field);
      assert.deepEqual(
        [line('妇女村民代表')?.ok, line('妇女村民代表')?.rule],
        [true, reps.womenShareMin.rule],
      );
      assert.equal(line('村民代表')?.rule, reps.representativesShareMin.rule);
      assert.equal(line('户号')?.ok, true);
      assert.equal(line('推选单位')?.ok, false);
      assert.equal(line('村民代表人数')?.ok, false);
      assert.equal(line('村民代表人数')?.rule, reps.floor.rule);
      assert.equal(
        exact.check.checks.filter((c) => !c.ok).reduce((n, c) => n + c.details.length, 0),
        exact.check.problems.length,
        'every problem appears under exactly one line',
      );

      // A woman committee member sits in the meeting but is not a 妇女村民代表 (C3-1).
      const fewer = await check('?committeeMembers=1&committeeWomen=1');
      assert.deepEqual(fewer.check.counts, { members: 4, representatives: 3, womenRepresentatives: 1 });
      const women = fewer.check.problems.find((p) => p.field === '妇女村民代表');
      assert.ok(women, JSON.stringify(fewer.check.problems));
      assert.equal(women.rule, reps.womenShareMin.rule);
      assert.match(women.reason, /组成人员4人，妇女代表1人/);
      // 3 of 4 is under 4/5 as well.
      assert.ok(
        fewer.check.problems.some(
          (p) => p.field === '村民代表' && p.rule === reps.representativesShareMin.rule,
        ),
      );
    });

    test('two representatives of one household are flagged under zhejiang-2020', async () => {
      const res = await clerk('POST', `${base}/representatives`, {
        voterId: ids.家人1,
        unitKind: 'group',
        groupName: '第一村民小组',
        chosenOn: day(-1),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const { check: c } = await check();
      const same = c.problems.find((p) => p.field === '户号');
      assert.ok(same, JSON.stringify(c.problems));
      assert.equal(same.rule, 'C3-6');
      assert.match(same.reason, /户号H1有户主1、家人1/);
    });

    test('bad input is refused naming the field; entries can be removed with a reason', async () => {
      const unknown = await record('户主4', ['H99']);
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.message, /户号.*H99/);
      const twice = await record('户主1', ['H1']);
      assert.equal(twice.status, 409);
      const list = await check();
      const entry = (list.items as { id: string; name: string }[]).find((i) => i.name === '家人1')!;
      const observer = await loginAs(t.app, 'observer');
      assert.equal((await observer('DELETE', `${base}/representatives/${entry.id}?reason=误录`)).status, 403);
      assert.equal((await clerk('DELETE', `${base}/representatives/${entry.id}?reason=误录`)).status, 204);
      assert.ok(!(await check()).check.problems.some((p) => p.field === '户号'));
    });
  });
}
