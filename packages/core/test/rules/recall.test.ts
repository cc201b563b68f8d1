import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate } from '../../src/rules/civil-date.js';
import {
  checkRecallInitiation,
  recallDeadlines,
  recallRepeatBar,
  recallSignatureProgress,
} from '../../src/rules/recall.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const national = shippedSections['national-2018'].recall;

describe('recall', () => {
  test('H-1: exactly 1/5 of voters (200 of 1000) may start a recall', () => {
    const r = checkRecallInitiation(national, {
      voters: 1000,
      voterSigners: 200,
      representatives: 45,
      representativeSigners: 0,
    });
    assert.ok(r.ok);
    assert.deepEqual(r.value, ['voters']);
  });

  test('H-1: 199 of 1000 voters and 14 of 45 representatives are not enough', () => {
    const r = checkRecallInitiation(national, {
      voters: 1000,
      voterSigners: 199,
      representatives: 45,
      representativeSigners: 14,
    });
    assert.ok(!r.ok);
    assert.equal(r.error[0]?.rule, 'H-1;H-1');
    assert.ok(r.error[0]?.reason.includes('村民1000人中199人联名，村民代表45人中14人联名'));
  });

  test('H-1: exactly 1/3 of representatives (15 of 45) is enough on its own', () => {
    const r = checkRecallInitiation(national, {
      voters: 1000,
      voterSigners: 0,
      representatives: 45,
      representativeSigners: 15,
    });
    assert.ok(r.ok);
    assert.deepEqual(r.value, ['representatives']);
  });

  test('H-1: a village without representatives cannot use the representatives path', () => {
    const r = checkRecallInitiation(national, {
      voters: 10,
      voterSigners: 1,
      representatives: 0,
      representativeSigners: 0,
    });
    assert.equal(r.ok, false);
  });

  test('B-13/H-3 Zhejiang: vote within 30 days, the township within 60 more; national sets none', () => {
    const zj = recallDeadlines(
      shippedSections['zhejiang-2020'].recall,
      isoDate('2026-09-01'),
      new Set(['2026-10-01']),
    );
    assert.deepEqual(zj.vote, { due: '2026-10-02', rule: 'B-13;H-3;C-3' });
    assert.equal(zj.township?.due, '2026-12-01');
    assert.deepEqual(recallDeadlines(national, isoDate('2026-09-01'), new Set()), {
      vote: null,
      township: null,
    });
  });

  test('B-13/H-3 Henan: township fallback 30 days; Shanghai has none', () => {
    assert.equal(
      recallDeadlines(shippedSections['henan-2011'].recall, isoDate('2026-03-01'), new Set()).township?.due,
      '2026-04-30',
    );
    assert.equal(
      recallDeadlines(shippedSections['shanghai-2020'].recall, isoDate('2026-03-01'), new Set()).township,
      null,
    );
  });
});

describe('recall progress and the repeat bar', () => {
  test('H-1: the progress of one path, with the fewest signers needed', () => {
    const p = recallSignatureProgress(national, 'voters', 4, 22);
    assert.deepEqual([p.minimum, p.met, p.rule], [5, false, 'H-1']);
    assert.equal(p.formula, '5*联名人数 >= 有选举权的村民');
    assert.equal(recallSignatureProgress(national, 'voters', 5, 22).met, true);
    const reps = recallSignatureProgress(national, 'representatives', 0, 0);
    assert.deepEqual([reps.minimum, reps.met], [0, false]);
  });

  test('H-3: a request filed within a year of a failed one against the same member is listed', () => {
    const zj = shippedSections['zhejiang-2020'].recall;
    const earlier = [
      { id: 'a', failedOn: isoDate('2025-03-01') },
      { id: 'b', failedOn: isoDate('2024-02-29') },
    ];
    const bar = recallRepeatBar(zj, isoDate('2026-03-01'), earlier);
    assert.deepEqual(
      bar?.within.map((e) => [e.id, e.barEnds]),
      [['a', '2026-03-01']],
    );
    assert.equal(bar?.rule, 'H-3;C-3');
    assert.equal(recallRepeatBar(zj, isoDate('2026-03-02'), earlier)?.within.length, 0);
    assert.equal(recallRepeatBar(national, isoDate('2026-03-01'), earlier), null);
  });
});
