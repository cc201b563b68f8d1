import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkSeatPlan, proposedSeatPlan, type SeatPlanDraft } from '../../src/rules/seat-plan.js';
import { getRuleSet } from '../../src/ruleset/registry.js';

const zhejiang = getRuleSet('zhejiang-2020')!;
const national = getRuleSet('national-2018')!;
const henan = getRuleSet('henan-2011')!;

const plan = (offices: SeatPlanDraft['offices'], more: Partial<SeatPlanDraft> = {}): SeatPlanDraft => ({
  offices,
  nominationMode: 'direct',
  oneShoulderIntent: false,
  ...more,
});

const rules = (r: { violations: readonly { rule: string }[] }) => r.violations.map((v) => v.rule);

describe('seat plan under zhejiang-2020', () => {
  test('E-3/F-9: 主任1 副主任1 妇女委员1 委员2 passes, in the scenario format’s shape', () => {
    const r = checkSeatPlan(
      zhejiang,
      plan([
        { id: 'chair', seats: 1 },
        { id: 'vice', seats: 1 },
        { id: 'women', seats: 1 },
        { id: 'member', seats: 2 },
      ]),
    );
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.totalSeats, 5);
    assert.deepEqual(r.offices, [
      { id: 'chair', title: '主任', seats: 1, rank: 1 },
      { id: 'vice', title: '副主任', seats: 1, rank: 2 },
      { id: 'women', title: '妇女委员', seats: 1, rank: 3, womenOnly: true },
      { id: 'member', title: '委员', seats: 2, rank: 3 },
    ]);
  });

  test('E-3/F-9: without a 妇女委员 office the plan is refused, citing the women-office rule', () => {
    const r = checkSeatPlan(
      zhejiang,
      plan([
        { id: 'chair', seats: 1 },
        { id: 'member', seats: 4 },
      ]),
    );
    assert.deepEqual(rules(r), ['E-3;F-9']);
    assert.match(r.violations[0]!.reason, /单列妇女委员职位/);
  });

  test('C1-1: 8 seats in all is refused, and every failure is listed with its rule', () => {
    const r = checkSeatPlan(
      zhejiang,
      plan([
        { id: 'chair', seats: 2 },
        { id: 'vice', seats: 2 },
        { id: 'member', seats: 4 },
      ]),
    );
    assert.deepEqual(rules(r), ['C1-1', 'C1-1', 'E-3;F-9']);
    assert.equal(r.violations[0]!.reason, '村民委员会由主任、副主任和委员共3至7人组成，职数方案合计8人');
    assert.equal(r.violations[1]!.reason, '村民委员会设主任1名，职数方案为2名');
  });

  test('C1-1: 3 seats is the floor (主任, 妇女委员, 委员), 2 is refused; a plan needs a 委员', () => {
    assert.deepEqual(
      rules(
        checkSeatPlan(
          zhejiang,
          plan([
            { id: 'chair', seats: 1 },
            { id: 'women', seats: 1 },
            { id: 'member', seats: 1 },
          ]),
        ),
      ),
      [],
    );
    const two = checkSeatPlan(
      zhejiang,
      plan([
        { id: 'chair', seats: 1 },
        { id: 'vice', seats: 1 },
      ]),
    );
    assert.deepEqual(rules(two), ['C1-1', 'C1-1', 'E-3;F-9']);
    assert.match(two.violations[1]!.reason, /至少应设1名委员/);
  });

  test('D-8: 自荐直选 is a mode Zhejiang allows; the 一肩挑 note names the wider kin bar (seed 003)', () => {
    const r = checkSeatPlan(
      zhejiang,
      plan(
        [
          { id: 'chair', seats: 1 },
          { id: 'women', seats: 1 },
          { id: 'member', seats: 3 },
        ],
        { nominationMode: 'self', oneShoulderIntent: true },
      ),
    );
    assert.deepEqual(r.violations, []);
    assert.equal(r.notes.length, 1);
    assert.equal(r.notes[0]!.rule, 'C1-5;seed-003 三(二)');
    assert.match(r.notes[0]!.reason, /祖父母、外祖父母/);
  });

  test('the proposal for a new plan passes its own check', () => {
    const p = proposedSeatPlan(zhejiang);
    assert.deepEqual(checkSeatPlan(zhejiang, p).violations, []);
    assert.equal(checkSeatPlan(zhejiang, p).totalSeats, 5);
    assert.ok(p.offices.some((o) => o.id === 'women' && o.seats === 1));
  });
});

describe('seat plan under national-2018', () => {
  test('C1-2: no women office is a warning, not a bar (womenRule = flag)', () => {
    const r = checkSeatPlan(
      national,
      plan([
        { id: 'chair', seats: 1 },
        { id: 'vice', seats: 1 },
        { id: 'member', seats: 3 },
      ]),
    );
    assert.deepEqual(r.violations, []);
    assert.deepEqual(
      r.warnings.map((w) => w.rule),
      ['C1-2'],
    );
    assert.match(r.warnings[0]!.reason, /应当有妇女成员/);
  });

  test('C1-2: a women office is still allowed and silences the warning', () => {
    const r = checkSeatPlan(
      national,
      plan([
        { id: 'chair', seats: 1 },
        { id: 'women', seats: 1 },
        { id: 'member', seats: 1 },
      ]),
    );
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.warnings, []);
  });

  test('D-1: self-nomination is not a national mode; C1-1 size still applies', () => {
    const r = checkSeatPlan(
      national,
      plan(
        [
          { id: 'chair', seats: 1 },
          { id: 'member', seats: 7 },
        ],
        { nominationMode: 'self' },
      ),
    );
    assert.deepEqual(rules(r), ['C1-1', 'D-1']);
    assert.match(r.violations[1]!.reason, /不实行无候选人自荐直选/);
  });

  test('C1-5: the national set has no cross-body kin bar, and the 一肩挑 note says so', () => {
    const r = checkSeatPlan(
      national,
      plan(
        [
          { id: 'chair', seats: 1 },
          { id: 'member', seats: 2 },
        ],
        { oneShoulderIntent: true },
      ),
    );
    assert.equal(r.notes[0]!.rule, 'C1-5');
    assert.match(r.notes[0]!.reason, /未规定/);
  });

  test('the national proposal: no women office, 5 seats, direct nomination', () => {
    const p = proposedSeatPlan(national);
    assert.equal(p.nominationMode, 'direct');
    assert.ok(!p.offices.some((o) => o.id === 'women'));
    assert.equal(checkSeatPlan(national, p).totalSeats, 5);
  });
});

describe('seat plan, other rule sets', () => {
  test('D-8: Henan allows 不确定候选人 but not 自荐直选', () => {
    const r = checkSeatPlan(
      henan,
      plan(
        [
          { id: 'chair', seats: 1 },
          { id: 'member', seats: 2 },
        ],
        { nominationMode: 'self' },
      ),
    );
    assert.deepEqual(rules(r), ['D-8']);
  });

  test('an office listed twice, or negative seats, is refused', () => {
    const r = checkSeatPlan(
      national,
      plan([
        { id: 'chair', seats: 1 },
        { id: 'member', seats: 2 },
        { id: 'member', seats: -1 },
      ]),
    );
    assert.equal(r.violations.length, 2);
    assert.match(r.violations.map((v) => v.reason).join('；'), /出现了两次/);
  });
});
