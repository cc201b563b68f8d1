// Tally sheets (计票统计表): the reconciliation on entry, the comparison of two entries, and ballots
// synthesized from a sheet that the engine counts back to the sheet exactly.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { expandBallotGroups, recallSheetGroups, sheetBallotGroups } from '../src/count/sheet-ballots.js';
import { checkSheet, compareSheets, type SheetOffice, type TallySheet } from '../src/count/sheet-check.js';
import type { CrossOffice } from '../src/ruleset/tally-params.js';
import type { BallotGroup } from '../src/scenario/types.js';
import { count, people, ruleSet, scenario } from './tally-fixtures.js';

const OFFICES: SheetOffice[] = [
  { id: 'chair', title: '主任', seats: 1 },
  { id: 'member', title: '委员', seats: 2 },
];
const RULES = {
  crossOffice: { value: 'void-ballot' as const, rule: 'E-5' },
  overcollectionBase: { value: 'voted' as const, rule: 'E-4' },
};
const ctx = { offices: OFFICES, recall: false, rules: RULES };

describe('checkSheet', () => {
  test('a sheet that adds up has no violations', () => {
    const sheet = { collected: 10, voidBallots: 1, votes: { chair: { a: 6, b: 3 }, member: { c: 9, d: 9 } } };
    assert.deepEqual(checkSheet(sheet, { ...ctx, box: { voted: 10, issued: 10 } }), {
      errors: [],
      warnings: [],
    });
  });

  test('more void than collected, too many marks, a person on more ballots than valid', () => {
    const tooVoid = checkSheet({ collected: 3, voidBallots: 4, votes: {} }, ctx);
    assert.equal(tooVoid.errors[0]?.rule, 'E-7');
    assert.match(tooVoid.errors[0]!.reason, /废票 4 张多于收回选票 3 张/);
    const tooMany = checkSheet(
      { collected: 5, voidBallots: 0, votes: { member: { c: 5, d: 5, e: 1 } } },
      ctx,
    );
    assert.deepEqual(
      tooMany.errors.map((v) => [v.rule, v.field]),
      [['E-5', 'votes.member']],
    );
    assert.match(tooMany.errors[0]!.reason, /委员：各人得票合计 11 票，多于应选 2 名 × 有效票 5 张 = 10 票/);
    const onePerson = checkSheet({ collected: 5, voidBallots: 1, votes: { chair: { a: 5 } } }, ctx);
    assert.equal(onePerson.errors[0]?.field, 'votes.chair.a');
    assert.match(onePerson.errors[0]!.reason, /a 得 5 票，多于有效票 4 张/);
  });

  test('one person in two offices beyond the valid ballots, only when such ballots are void', () => {
    const sheet = { collected: 4, voidBallots: 0, votes: { chair: { a: 3 }, member: { a: 2 } } };
    const v = checkSheet(sheet, { ...ctx, nameOf: () => '张三' });
    assert.equal(v.errors.length, 1);
    assert.match(v.errors[0]!.reason, /张三 在主任、委员共得 5 票，多于有效票 4 张/);
    const independent = { ...RULES, crossOffice: { value: 'independent' as const, rule: 'F-12' } };
    assert.deepEqual(checkSheet(sheet, { ...ctx, rules: independent }).errors, []);
  });

  test('over-collection at the box is a warning under the rule set base', () => {
    const sheet = { collected: 9, voidBallots: 0, votes: {} };
    const voted = checkSheet(sheet, { ...ctx, box: { voted: 8, issued: 9 } });
    assert.deepEqual(voted.errors, []);
    assert.equal(voted.warnings[0]?.rule, 'E-4');
    assert.match(voted.warnings[0]!.reason, /多于本票箱参加投票人数 8/);
    const issued = { ...RULES, overcollectionBase: { value: 'issued' as const, rule: 'E-4' } };
    assert.deepEqual(checkSheet(sheet, { ...ctx, rules: issued, box: { voted: 8, issued: 9 } }).warnings, []);
  });

  test('a recall sheet: yes and no make up the valid ballots', () => {
    const rctx = { offices: [], recall: true, rules: RULES };
    assert.deepEqual(
      checkSheet({ collected: 10, voidBallots: 2, votes: {}, recallYes: 5, recallNo: 3 }, rctx).errors,
      [],
    );
    const bad = checkSheet({ collected: 10, voidBallots: 2, votes: {}, recallYes: 5, recallNo: 2 }, rctx);
    assert.equal(bad.errors[0]?.rule, 'H-2');
    assert.deepEqual(
      recallSheetGroups({ collected: 10, voidBallots: 2, votes: {}, recallYes: 5, recallNo: 3 }),
      {
        ok: true,
        value: [
          { n: 5, recall: 'yes' },
          { n: 3, recall: 'no' },
          { n: 2, void: true },
        ],
      },
    );
  });
});

describe('compareSheets', () => {
  test('names every differing field, a missing person as 0', () => {
    const a = { collected: 10, voidBallots: 1, votes: { chair: { p1: 6, p2: 3 } } };
    const b = { collected: 10, voidBallots: 2, votes: { chair: { p1: 6 }, member: { p3: 1 } } };
    const names: Record<string, string> = { p1: '张三', p2: '李四', p3: '王五' };
    assert.deepEqual(compareSheets(a, b, { offices: OFFICES, nameOf: (id) => names[id]! }), [
      { field: 'voidBallots', label: '废票', first: 1, second: 2 },
      { field: 'votes.chair.p2', label: '主任 · 李四', first: 3, second: 0 },
      { field: 'votes.member.p3', label: '委员 · 王五', first: 0, second: 1 },
    ]);
    assert.deepEqual(compareSheets(a, structuredClone(a), { offices: OFFICES }), []);
  });
});

/** What the groups say per office and person, as a sheet. */
function recount(groups: readonly BallotGroup[]): TallySheet {
  const votes: Record<string, Record<string, number>> = {};
  let collected = 0;
  let voidBallots = 0;
  for (const g of groups) {
    collected += g.n;
    if (g.void) {
      voidBallots += g.n;
      continue;
    }
    for (const [office, list] of Object.entries(g.marks)) {
      const row = votes[office] ?? {};
      for (const p of list) row[p] = (row[p] ?? 0) + g.n;
      votes[office] = row;
    }
  }
  return { collected, voidBallots, votes };
}

function withoutZeros(votes: TallySheet['votes']): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [o, row] of Object.entries(votes)) {
    const kept = Object.entries(row).filter(([, n]) => n > 0);
    if (kept.length > 0) out[o] = Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return out;
}

function assertWellFormed(
  groups: readonly BallotGroup[],
  offices: readonly SheetOffice[],
  cross: CrossOffice,
) {
  for (const g of groups) {
    assert.ok(Number.isInteger(g.n) && g.n >= 1);
    if (g.void) continue;
    const seen = new Set<string>();
    for (const o of offices) {
      const list: readonly string[] = g.marks[o.id] ?? [];
      assert.ok(list.length <= o.seats, `more marks than seats in ${o.id}`);
      assert.equal(new Set(list).size, list.length, `a person twice in ${o.id}`);
      if (cross === 'void-ballot')
        for (const p of list) {
          assert.ok(!seen.has(p), `${p} in two offices on one ballot`);
          seen.add(p);
        }
    }
  }
}

const sheetArb = fc
  .record({
    seats: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
    peopleCount: fc.integer({ min: 1, max: 7 }),
    valid: fc.integer({ min: 0, max: 40 }),
    voidBallots: fc.integer({ min: 0, max: 5 }),
    cross: fc.constantFrom<CrossOffice>('void-ballot', 'independent'),
    seed: fc.array(fc.nat(100), { minLength: 40, maxLength: 40 }),
  })
  .map(({ seats, peopleCount, valid, voidBallots, cross, seed }) => {
    const offices = seats.map((s, i) => ({ id: `o${i}`, title: `职务${i}`, seats: s }));
    const votes: Record<string, Record<string, number>> = {};
    let k = 0;
    for (const o of offices) {
      const row: Record<string, number> = {};
      for (let p = 1; p <= peopleCount; p++) row[`p${p}`] = seed[k++ % seed.length]! % (valid + 1);
      votes[o.id] = row;
    }
    return { offices, cross, sheet: { collected: valid + voidBallots, voidBallots, votes } };
  });

describe('sheetBallotGroups', () => {
  test('a small sheet', () => {
    const sheet = {
      collected: 5,
      voidBallots: 1,
      votes: { chair: { a: 3, b: 1 }, member: { c: 4, d: 2, a: 1 } },
    };
    const out = sheetBallotGroups(sheet, OFFICES, 'void-ballot');
    assert.ok(out.ok);
    assertWellFormed(out.value, OFFICES, 'void-ballot');
    assert.deepEqual(withoutZeros(recount(out.value).votes), withoutZeros(sheet.votes));
    assert.equal(expandBallotGroups(out.value).length, 5);
  });

  test('an impossible sheet is an error naming why', () => {
    const out = sheetBallotGroups(
      { collected: 2, voidBallots: 0, votes: { chair: { a: 2 }, member: { a: 1 } } },
      OFFICES,
      'void-ballot',
    );
    assert.ok(!out.ok);
    assert.equal(out.error[0]!.rule, 'E-5');
  });

  test('property: a sheet without errors gives ballots that re-count to it exactly; one with errors gives none', () => {
    fc.assert(
      fc.property(sheetArb, ({ offices, cross, sheet }) => {
        const errors = checkSheet(sheet, {
          offices,
          recall: false,
          rules: { ...RULES, crossOffice: { value: cross, rule: 'E-5' } },
        }).errors;
        const out = sheetBallotGroups(sheet, offices, cross);
        assert.equal(out.ok, errors.length === 0);
        if (!out.ok) return;
        assertWellFormed(out.value, offices, cross);
        const back = recount(out.value);
        assert.equal(back.collected, sheet.collected);
        assert.equal(back.voidBallots, sheet.voidBallots);
        assert.deepEqual(withoutZeros(back.votes), withoutZeros(sheet.votes));
      }),
      { numRuns: 400 },
    );
  });

  test('property: the engine counts the synthesized ballots as the sheet, voiding nothing', () => {
    // feasible sheets only: counted from random well-formed ballots
    const ballotsArb = fc
      .record({
        valid: fc.integer({ min: 1, max: 30 }),
        seed: fc.array(fc.nat(1000), { minLength: 200, maxLength: 200 }),
      })
      .map(({ valid, seed }) => {
        const votes: Record<string, Record<string, number>> = { chair: {}, vice: {}, member: {} };
        const seats = { chair: 1, vice: 1, member: 3 };
        let k = 0;
        for (let b = 0; b < valid; b++) {
          const used = new Set<string>();
          for (const [office, s] of Object.entries(seats))
            for (let i = 0; i < s; i++) {
              const p = `p${(seed[k++ % seed.length]! % 11) + 1}`;
              if (p === 'p11' || used.has(p)) continue; // p11: leave the mark empty
              used.add(p);
              votes[office]![p] = (votes[office]![p] ?? 0) + 1;
            }
        }
        return { collected: valid + 2, voidBallots: 2, votes };
      });
    const offices: SheetOffice[] = [
      { id: 'chair', title: '主任', seats: 1 },
      { id: 'vice', title: '副主任', seats: 1 },
      { id: 'member', title: '委员', seats: 3 },
    ];
    fc.assert(
      fc.property(ballotsArb, (sheet) => {
        const out = sheetBallotGroups(sheet, offices, 'void-ballot');
        assert.ok(out.ok, JSON.stringify(!out.ok && out.error));
        const result = count(
          scenario({
            ruleset: 'zhejiang-2020',
            people: people(10),
            voted: sheet.collected,
            issued: sheet.collected,
            ballots: out.value,
          }),
          ruleSet('zhejiang-2020'),
        );
        assert.equal(result.voidBallots, 2);
        for (const o of result.offices)
          assert.deepEqual(withoutZeros({ x: o.votes }), withoutZeros({ x: sheet.votes[o.id]! }));
      }),
      { numRuns: 200 },
    );
  });

  test('a large box is quick', () => {
    const votes: Record<string, Record<string, number>> = { chair: {}, member: {} };
    for (let p = 0; p < 40; p++) {
      votes.chair![`c${p}`] = (p * 37) % 60;
      votes.member![`m${p}`] = (p * 53) % 110;
    }
    const started = performance.now();
    const out = sheetBallotGroups({ collected: 2000, voidBallots: 10, votes }, OFFICES, 'void-ballot');
    assert.ok(out.ok);
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(withoutZeros(recount(out.value).votes), withoutZeros(votes));
  });
});
