import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kinGraph } from '../../src/rules/kin-graph.js';
import {
  allocateVoters,
  type PlanPlace,
  type PlanStaff,
  pollingPlanProblems,
  staffRecusals,
} from '../../src/rules/polling-plan.js';
import { getRuleSet } from '../../src/ruleset/registry.js';

const zhejiang = getRuleSet('zhejiang-2020')!.polling;
const national = getRuleSet('national-2018')!.polling;
const beijing = getRuleSet('beijing-2012')!.polling;

const person = (id: string) => ({ id, name: id });
const staff = (id: string, role: PlanStaff['role'], placeId: string): PlanStaff => ({
  person: person(id),
  role,
  placeId,
});

describe('allocating voters to places (G-9)', () => {
  const places = [
    { id: 'c', kind: 'central' as const, groups: [] },
    { id: 's', kind: 'station' as const, groups: ['第二组'] },
    { id: 'm', kind: 'mobile' as const, groups: [] },
  ];
  const voters = [
    { id: 'a', group: '第一组' },
    { id: 'b', group: '第二组' },
    { id: 'd', group: '第二组' },
    { id: 'e', group: '第三组' },
  ];

  test('mobile box first, then the station of the group, else the central venue; each voter once', () => {
    const r = allocateVoters(places, voters, new Map([['d', 'm']]));
    assert.deepEqual(Object.fromEntries(r.counts), { c: 2, s: 1, m: 1 });
    assert.equal(r.placeOf.get('d'), 'm');
    assert.equal(r.placeOf.get('b'), 's');
    const total = [...r.counts.values()].reduce((n, x) => n + x, 0);
    assert.equal(total, voters.length);
    assert.deepEqual(r.unplaced, []);
  });

  test('without a central venue, voters of groups no station serves are reported unplaced', () => {
    const r = allocateVoters(places.slice(1), voters, new Map());
    assert.deepEqual(r.unplaced, ['a', 'e']);
  });
});

const ready = (places: PlanPlace[], more: PlanStaff[] = []) => ({
  places,
  staff: [
    staff('唱', 'caller', 'c'),
    staff('计', 'counter', 'c'),
    staff('总', 'chief-scrutineer', 'c'),
    staff('监1', 'scrutineer', 'c'),
    staff('监2', 'scrutineer', 'c'),
    ...more,
  ],
  nominees: [],
  kin: kinGraph([]),
  venueComplete: true,
});

const central: PlanPlace = { id: 'c', kind: 'central', name: '中心会场', approved: false, voters: 100 };
const box = (approved: boolean, voters = 3): PlanPlace => ({
  id: 'm',
  kind: 'mobile',
  name: '东坑流动票箱',
  approved,
  voters,
});

describe('polling plan checks', () => {
  test('G-7: zhejiang-2020 needs the township to approve a mobile box and three scrutineers at it', () => {
    const two = [staff('甲', 'scrutineer', 'm'), staff('乙', 'scrutineer', 'm')];
    const problems = pollingPlanProblems(zhejiang, ready([central, box(false)], two));
    assert.deepEqual(
      problems.map((p) => `${p.field}|${p.rule}`),
      ['东坑流动票箱|G-7', '东坑流动票箱|G-7'],
    );
    assert.match(problems[0]!.reason, /批准/);
    assert.match(problems[1]!.reason, /3名以上监票人.*现有2名/);
    const three = [...two, staff('丙', 'scrutineer', 'm')];
    assert.deepEqual(pollingPlanProblems(zhejiang, ready([central, box(true)], three)), []);
  });

  test('G-7/G-8: a mobile box with no voters named is not ready', () => {
    const three = ['甲', '乙', '丙'].map((n) => staff(n, 'scrutineer', 'm'));
    const problems = pollingPlanProblems(zhejiang, ready([central, box(true, 0)], three));
    assert.deepEqual(
      problems.map((p) => p.rule),
      ['G-7;G-8'],
    );
  });

  test('G-8: beijing-2012 asks three scrutineers but no approval; national-2018 asks neither', () => {
    const bj = pollingPlanProblems(beijing, ready([central, box(false)]));
    assert.deepEqual(
      bj.map((p) => p.rule),
      ['G-8'],
    );
    assert.deepEqual(pollingPlanProblems(national, ready([central, box(false)])), []);
  });

  test('G-7 counts scrutineers at mobile boxes only; beijing-2012 (G-8) also at every station', () => {
    const station: PlanPlace = { id: 's', kind: 'station', name: '第一投票站', approved: false, voters: 40 };
    const one = [staff('站监', 'scrutineer', 's')];
    assert.deepEqual(pollingPlanProblems(zhejiang, ready([central, station], one)), []);
    const bj = pollingPlanProblems(beijing, ready([central, station], one));
    assert.deepEqual(
      bj.map((p) => `${p.field}|${p.rule}`),
      ['第一投票站|G-8'],
    );
    assert.match(bj[0]!.reason, /每个投票站应当有3名以上监票人负责，现有1名/);
  });

  test('B-7: the venue and the callers, counters and scrutineers must be named', () => {
    const problems = pollingPlanProblems(national, {
      places: [central],
      staff: [],
      nominees: [],
      kin: kinGraph([]),
      venueComplete: false,
    });
    assert.deepEqual(
      problems.map((p) => `${p.field}|${p.rule}`),
      ['中心会场|B-7', '唱票人|B-7', '计票人|B-7', '监票人|B-7'],
    );
  });

  test('E-9: under zhejiang-2020 a candidate’s spouse may not count, a self-nominee’s sibling not scrutinize', () => {
    const kin = kinGraph([
      { from: '候选人甲', to: '配偶乙', kind: 'spouse' },
      { from: '自荐人丙', to: '弟弟丁', kind: 'sibling' },
      { from: '候选人甲', to: '孙子戊', kind: 'grandchild' },
    ]);
    const nominees = [
      { person: person('候选人甲'), kind: 'candidate' as const },
      { person: person('自荐人丙'), kind: 'self-nominee' as const },
    ];
    const list = [
      staff('配偶乙', 'counter', 'c'),
      staff('弟弟丁', 'chief-scrutineer', 'c'),
      staff('孙子戊', 'caller', 'c'),
      staff('候选人甲', 'issuer', 'c'),
      staff('候选人甲', 'host', 'c'),
    ];
    const out = staffRecusals(zhejiang, list, nominees, kin);
    assert.deepEqual(
      out.map((w) => `${w.person.name}|${w.role}|${w.rule}`),
      ['配偶乙|counter|E-9', '弟弟丁|chief-scrutineer|E-9'],
    );
    assert.match(out[1]!.reason, /不得担任总监票人$/);
    // Beijing: spouse and the direct line, issuers too; self-nominees are not counted.
    const bj = staffRecusals(beijing, list, nominees, kin);
    assert.deepEqual(
      bj.map((w) => `${w.person.name}|${w.role}`),
      ['配偶乙|counter', '孙子戊|caller', '候选人甲|issuer'],
    );
  });
});
