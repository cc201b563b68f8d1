import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  candidateListDeadline,
  listOrderOf,
  orderCandidateList,
  publicationTiming,
} from '../../src/rules/candidate-list.js';
import type { IsoDate } from '../../src/rules/civil-date.js';
import { getRuleSet } from '../../src/ruleset/registry.js';

const zhejiang = getRuleSet('zhejiang-2020')!;
const national = getRuleSet('national-2018')!;
const E = '2026-12-20' as IsoDate;

describe('candidate list deadline (B-4, B-6)', () => {
  test('B-4: zhejiang-2020 publishes the formal candidate list by E−5', () => {
    const d = candidateListDeadline(zhejiang, E, 'direct');
    assert.equal(d?.due, '2026-12-15');
    assert.match(d!.rule, /B-4/);
  });

  test('B-6: the self-nominee list is due by E−5 too, under its own step', () => {
    const d = candidateListDeadline(zhejiang, E, 'self');
    assert.equal(d?.id, 'self-nominee-list');
    assert.equal(d?.due, '2026-12-15');
  });

  test('B-4: the national law sets no date, so nothing is late', () => {
    const d = candidateListDeadline(national, E, 'direct');
    assert.equal(d, null);
    assert.equal(publicationTiming(d, '2026-12-19' as IsoDate).late, false);
  });

  test('B-4: on the due day is on time; the day after is late, with the rule in the reason', () => {
    const d = candidateListDeadline(zhejiang, E, 'direct');
    assert.equal(publicationTiming(d, '2026-12-15' as IsoDate).late, false);
    const late = publicationTiming(d, '2026-12-17' as IsoDate);
    assert.equal(late.late, true);
    assert.equal(late.daysLate, 2);
    assert.match(late.reason!, /B-4/);
    assert.match(late.reason!, /2026-12-15/);
  });
});

describe('candidate list order', () => {
  test('per office in the plan’s order, names in 姓氏笔画 order: 李 before 张 (both 7 strokes; 李 starts with 横, 张 with 折)', () => {
    const people = [
      { name: '张伟', office: 'chair' },
      { name: '李春梅', office: 'chair' },
      { name: '王芳', office: 'member' },
      { name: '雷建国', office: 'member' },
      { name: '蓝秀英', office: 'women' },
    ];
    const list = orderCandidateList(
      [
        { id: 'chair', title: '主任' },
        { id: 'vice', title: '副主任' },
        { id: 'women', title: '妇女委员' },
        { id: 'member', title: '委员' },
      ],
      people,
      (p) => p.office,
      (p) => p.name,
    );
    assert.deepEqual(
      list.map((o) => [o.office.title, o.candidates.map((c) => c.name)]),
      [
        ['主任', ['李春梅', '张伟']],
        ['副主任', []],
        ['妇女委员', ['蓝秀英']],
        ['委员', ['王芳', '雷建国']],
      ],
    );
  });

  test('B-4 (浙江 Art 18): by nomination votes, most first; equal votes in 姓氏笔画 order', () => {
    const people = [
      { name: '张伟', office: 'chair', votes: 30 },
      { name: '赵强', office: 'chair', votes: 50 },
      { name: '李春梅', office: 'chair', votes: 30 },
    ];
    const list = orderCandidateList(
      [{ id: 'chair', title: '主任' }],
      people,
      (p) => p.office,
      (p) => p.name,
      (p) => p.votes,
    );
    assert.deepEqual(
      list[0]?.candidates.map((c) => c.name),
      ['赵强', '李春梅', '张伟'],
    );
  });

  test('zhejiang-2020 orders the formal list by votes (B-4); the self-nominee list is always by strokes (B-6)', () => {
    const zj = getRuleSet('zhejiang-2020')!.nomination.candidateListOrder;
    assert.deepEqual(zj, { value: 'votes', rule: 'B-4' });
    assert.equal(listOrderOf('direct', zj.value), 'votes');
    assert.equal(listOrderOf('self', zj.value), 'strokes');
    assert.equal(getRuleSet('national-2018')!.nomination.candidateListOrder.value, 'strokes');
  });
});
