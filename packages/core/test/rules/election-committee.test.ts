import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  nextAlternate,
  reviewElectionCommittee,
  type SelectedPerson,
} from '../../src/rules/election-committee.js';
import { kinGraph } from '../../src/rules/kin-graph.js';
import type { Nominee } from '../../src/rules/kinship-recusal.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const zhejiang = shippedSections['zhejiang-2020'].committee;
const national = shippedSections['national-2018'].committee;

const names = ['雷建国', '蓝秀英', '钟志强', '雷美华', '蓝海军', '李春梅', '张伟'];
const person = (i: number) => ({ id: `p${i}`, name: names[i]! });
/** The first `seated` people serve (the first is 主任), the rest are alternates. */
function selection(seated: number, total = names.length): SelectedPerson[] {
  return Array.from({ length: total }, (_, i) => ({
    person: person(i),
    seq: i + 1,
    status: i < seated ? 'serving' : 'alternate',
    chair: i === 0,
  }));
}

// 钟志强 (p2, a member) is the husband of 王丽 (x), who stands; 张伟 (p6, an alternate) is her brother.
const wife = { id: 'x', name: '王丽' };
const graph = kinGraph([
  { from: 'x', to: 'p2', kind: 'spouse' },
  { from: 'p6', to: 'x', kind: 'sibling' },
]);
const wifeStands: Nominee[] = [{ person: wife, kind: 'candidate' }];

describe('election committee state', () => {
  test('C2-5: 5 serving in Zhejiang passes; 4 is outside 5–9', () => {
    assert.deepEqual(reviewElectionCommittee(zhejiang, selection(5), [], graph).sizeViolations, []);
    const four = reviewElectionCommittee(zhejiang, selection(4), [], graph);
    assert.equal(four.sizeViolations[0]?.rule, 'C2-5');
  });

  test('C2-4: 4 serving under the national set is allowed, with the odd-size advice', () => {
    const four = reviewElectionCommittee(national, selection(4), [], graph);
    assert.deepEqual(four.sizeViolations, []);
    assert.deepEqual(
      four.advisories.map((a) => a.rule),
      ['C2-4'],
    );
  });

  test('C2-6: a member whose spouse stands must withdraw under zhejiang-2020', () => {
    const s = reviewElectionCommittee(zhejiang, selection(5), wifeStands, graph);
    assert.deepEqual(
      s.withdrawals.map((w) => [w.person.id, w.rule]),
      [['p2', 'C2-2;C2-6']],
    );
    assert.match(s.withdrawals[0]!.reason, /钟志强是王丽的配偶/);
  });

  test('C2-2: under national-2018 only the nominee himself withdraws, not his spouse', () => {
    assert.deepEqual(reviewElectionCommittee(national, selection(5), wifeStands, graph).withdrawals, []);
    const own = reviewElectionCommittee(
      national,
      selection(5),
      [{ person: person(3), kind: 'candidate' }],
      graph,
    );
    assert.deepEqual(
      own.withdrawals.map((w) => [w.person.id, w.rule]),
      [['p3', 'C2-2']],
    );
  });

  test('C2-3: the next alternate in selection order is offered', () => {
    const s = reviewElectionCommittee(zhejiang, selection(5), wifeStands, graph);
    assert.equal(s.next.offer?.person.id, 'p5');
    assert.deepEqual(s.next.skipped, []);
  });

  test('C2-3/C2-6: an alternate who would have to withdraw at once is passed over', () => {
    const sel = selection(5).map((p) => (p.person.id === 'p5' ? { ...p, status: 'withdrawn' as const } : p));
    const r = nextAlternate(zhejiang, sel, wifeStands, graph);
    assert.equal(r.offer, null, '张伟 is the brother of the candidate and the only alternate left');
    assert.deepEqual(
      r.skipped.map((w) => w.person.id),
      ['p6'],
    );
    assert.equal(nextAlternate(national, sel, wifeStands, graph).offer?.person.id, 'p6');
  });

  test('C2-1: a committee without a serving 主任 is flagged', () => {
    const sel = selection(5).map((p) => (p.chair ? { ...p, status: 'withdrawn' as const } : p));
    assert.equal(reviewElectionCommittee(zhejiang, sel, [], graph).chairVacant?.rule, 'C2-1');
    assert.equal(reviewElectionCommittee(zhejiang, selection(5), [], graph).chairVacant, null);
  });

  test('C2-4: near relatives serving together are a warning', () => {
    const g = kinGraph([{ from: 'p1', to: 'p0', kind: 'child' }]);
    const s = reviewElectionCommittee(zhejiang, selection(5), [], g);
    assert.equal(s.kinAdvisories.length, 1);
    assert.equal(s.advisories.at(-1)?.rule, 'C2-4');
    assert.deepEqual(s.sizeViolations, []);
  });
});
