import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assignIds,
  checkConditionList,
  checkDepartments,
  reviewOutcome,
  reviewTemplateFor,
  waitingPerDepartment,
} from '../../src/rules/review.js';

const depts = ['discipline', 'police', 'court'];

describe('joint review outcome (D-9)', () => {
  test('D-9: one department still to answer keeps the nominee pending', () => {
    const r = reviewOutcome(depts, [
      { departmentId: 'discipline', verdict: 'pass' },
      { departmentId: 'police', verdict: 'pass' },
    ]);
    assert.equal(r.status, 'pending');
    assert.deepEqual(r.waitingOn, ['court']);
  });

  test('D-9: every named department passed → passed', () => {
    const r = reviewOutcome(
      depts,
      depts.map((d) => ({ departmentId: d, verdict: 'pass' as const })),
    );
    assert.equal(r.status, 'passed');
    assert.deepEqual(r.waitingOn, []);
  });

  test('D-9: the first failing verdict fails the nominee, whoever else has yet to answer', () => {
    const r = reviewOutcome(depts, [{ departmentId: 'police', verdict: 'fail' }]);
    assert.equal(r.status, 'failed');
    assert.deepEqual(r.failedBy, ['police']);
    assert.deepEqual(r.waitingOn, ['discipline', 'court']);
  });

  test('verdicts of a department the county no longer names do not count, for or against', () => {
    const r = reviewOutcome(
      ['discipline'],
      [
        { departmentId: 'discipline', verdict: 'pass' },
        { departmentId: 'tax', verdict: 'fail' },
      ],
    );
    assert.equal(r.status, 'passed');
  });

  test('no department named: nobody has reviewed, so nobody passes', () => {
    assert.equal(reviewOutcome([], []).status, 'pending');
  });

  test('the board counts, per department, the nominees still waiting on it; a failed nominee waits on nobody', () => {
    const counts = waitingPerDepartment(depts, [
      { status: 'pending', verdicts: [{ departmentId: 'discipline', verdict: 'pass' }] },
      { status: 'pending', verdicts: [] },
      { status: 'failed', verdicts: [{ departmentId: 'court', verdict: 'fail' }] },
    ]);
    assert.deepEqual(counts, { discipline: 1, police: 2, court: 2 });
  });
});

describe('condition list templates (D-9, D-10)', () => {
  test('D-9: zhejiang-2020 ships 四过硬 (4), 五不能 (5), 六不宜 (6), marked for the county to check', () => {
    const t = reviewTemplateFor('zhejiang-2020');
    assert.equal(t.conditionLists.rule, 'D-9');
    assert.deepEqual(
      t.conditionLists.value.map((l) => [l.title, l.kind, l.items.length]),
      [
        ['四过硬', 'required', 4],
        ['五不能', 'barred', 5],
        ['六不宜', 'unsuitable', 6],
      ],
    );
    // The seeds name the lists, not their items: the template must say so.
    assert.equal(t.wordingVerified, false);
    for (const l of t.conditionLists.value) assert.deepEqual(checkConditionList(l), []);
    const ids = t.conditionLists.value.flatMap((l) => l.items.map((i) => i.id));
    assert.equal(new Set(ids).size, ids.length, 'item ids are unique across lists');
  });

  test('D-9: the departments include 纪检监察, 组织 and 公安 (seed 003), in the board’s order', () => {
    const names = reviewTemplateFor('zhejiang-2020').departments.value.map((d) => d.name);
    assert.deepEqual(names.slice(0, 3), ['纪检监察', '组织', '公安']);
    assert.deepEqual(checkDepartments(reviewTemplateFor('zhejiang-2020').departments.value), []);
  });

  test('D-10: beijing-2012 bars by Law Art 18 and the 村民会议; other rule sets get the basic bar', () => {
    const bj = reviewTemplateFor('beijing-2012');
    assert.equal(bj.conditionLists.rule, 'D-10');
    assert.ok(bj.conditionLists.value[0]!.items.some((i) => i.text.includes('刑罚')));
    assert.equal(reviewTemplateFor('henan-2011').id, 'basic');
  });
});

describe('the county’s edits', () => {
  test('an empty item, a repeated item and an empty title are refused with the field named', () => {
    const problems = checkConditionList({
      title: ' ',
      items: [
        { id: 'a-1', text: '受过刑事处罚的' },
        { id: 'a-2', text: '  ' },
        { id: 'a-3', text: '受过刑事处罚的' },
      ],
    });
    assert.deepEqual(
      problems.map((p) => p.field),
      ['清单名称', '第2条', '第3条'],
    );
    assert.ok(problems.every((p) => p.rule === 'D-9'));
  });

  test('no department, or the same one twice, is refused', () => {
    assert.equal(checkDepartments([]).length, 1);
    assert.match(checkDepartments([{ name: '公安' }, { name: '公安' }])[0]!.reason, /重复/);
  });

  test('a reworded item keeps its id; a new one never reuses a removed one’s', () => {
    const out = assignIds('wbn', [{ id: 'wbn-1', text: '改写' }, { text: '新增' }], ['wbn-1', 'wbn-5']);
    assert.deepEqual(
      out.map((o) => o.id),
      ['wbn-1', 'wbn-6'],
    );
  });
});
