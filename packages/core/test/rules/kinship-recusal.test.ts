import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kinGraph, relationOf } from '../../src/rules/kin-graph.js';
import {
  crossBodyKinConflicts,
  electionCommitteeRecusals,
  memberKinConflicts,
  pollingStaffRecusals,
  supervisionRecusals,
} from '../../src/rules/kinship-recusal.js';
import { getRuleSet } from '../../src/ruleset/registry.js';
import type { RuleSet } from '../../src/ruleset/rule-set.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const p = (id: string, name: string) => ({ id, name });
const father = p('f', '陈国富');
const son = p('s', '陈志强');
const wife = p('w', '林秀英');
const grandson = p('g', '陈小龙');
const brother = p('b', '陈志明');
const stranger = p('x', '赵德山');

// Stated once each: the son says f is his parent; the wife says f is her spouse; the grandson says s is his parent.
const graph = kinGraph([
  { from: 's', to: 'f', kind: 'parent' },
  { from: 'w', to: 'f', kind: 'spouse' },
  { from: 'g', to: 's', kind: 'parent' },
  { from: 'b', to: 's', kind: 'sibling' },
  { from: 'g', to: 'f', kind: 'grandparent' },
]);

describe('kin graph', () => {
  test('C-5: a relation stated on one side holds both ways', () => {
    assert.equal(relationOf(graph, 's', 'f'), 'parent');
    assert.equal(relationOf(graph, 'f', 's'), 'child');
    assert.equal(relationOf(graph, 'f', 'w'), 'spouse');
    assert.equal(relationOf(graph, 'f', 'g'), 'grandchild');
    assert.equal(relationOf(graph, 's', 'b'), 'sibling');
    assert.equal(relationOf(graph, 'f', 'x'), null);
  });
});

describe('villagers’ committee members', () => {
  const zhejiang = getRuleSet('zhejiang-2020')!;
  const shanghai = getRuleSet('shanghai-2020')!;

  test('C1-5 Zhejiang: father chair and son member: the chair stays, the son withdraws', () => {
    const c = memberKinConflicts(
      zhejiang,
      [
        { person: son, rank: 3, votes: 900 },
        { person: father, rank: 1, votes: 600 },
      ],
      graph,
    );
    assert.equal(c.length, 1);
    assert.equal(c[0]?.keeps?.id, 'f');
    assert.equal(c[0]?.withdraws?.id, 's');
    assert.equal(c[0]?.rule, 'C1-5');
    assert.ok(c[0]?.reason.includes('陈国富是陈志强的父/母'));
  });

  test('C1-5 Zhejiang: same office, the one with more votes stays; equal votes need a further vote', () => {
    const byVotes = memberKinConflicts(
      zhejiang,
      [
        { person: son, rank: 3, votes: 500 },
        { person: brother, rank: 3, votes: 501 },
      ],
      graph,
    );
    assert.equal(byVotes[0]?.keeps?.id, 'b');
    const tied = memberKinConflicts(
      zhejiang,
      [
        { person: son, rank: 3, votes: 500 },
        { person: brother, rank: 3, votes: 500 },
      ],
      graph,
    );
    assert.equal(tied[0]?.keeps, null);
    assert.ok(tied[0]?.reason.includes('须继续组织投票'));
  });

  test('C1-5: grandparent and grandchild are barred in Shanghai (direct line) but not in Zhejiang', () => {
    const members = [
      { person: father, rank: 1 },
      { person: grandson, rank: 3 },
    ];
    const sh = memberKinConflicts(shanghai, members, graph);
    assert.equal(sh.length, 1);
    assert.equal(sh[0]?.rule, 'C1-5');
    assert.equal(sh[0]?.keeps?.id, 'f');
    assert.equal(sh[0]?.withdraws?.id, 'g');
    assert.ok(sh[0]?.reason.includes('陈小龙是陈国富的孙子女/外孙子女'));
    assert.equal(memberKinConflicts(zhejiang, members, graph).length, 0);
  });

  test('C1-5: spouses are barred in Zhejiang and Shanghai; national, Beijing and Henan bar none', () => {
    const members = [
      { person: father, rank: 1 },
      { person: wife, rank: 3 },
    ];
    for (const id of ['zhejiang-2020', 'shanghai-2020'])
      assert.equal(memberKinConflicts(getRuleSet(id)!, members, graph).length, 1, id);
    for (const id of ['national-2018', 'beijing-2012', 'henan-2011'])
      assert.equal(memberKinConflicts(getRuleSet(id)!, members, graph).length, 0, id);
  });

  test('C1-5: the bar is read from tally.kinBar, the one the counting engine applies', () => {
    const national = getRuleSet('national-2018')!;
    const withBar: Pick<RuleSet, 'tally'> = {
      tally: { ...national.tally, kinBar: { value: ['grandparent-grandchild'], rule: 'C1-5' } },
    };
    const members = [
      { person: grandson, rank: 3, votes: 700 },
      { person: father, rank: 3, votes: 800 },
    ];
    const c = memberKinConflicts(withBar, members, graph);
    assert.equal(c.length, 1);
    assert.equal(c[0]?.keeps?.id, 'f');
    assert.equal(c[0]?.withdraws?.id, 'g');
    assert.equal(memberKinConflicts(national, members, graph).length, 0);
  });

  test('C1-5: siblings are barred in Zhejiang but not Shanghai; national bars none', () => {
    const members = [
      { person: son, rank: 2 },
      { person: brother, rank: 3 },
    ];
    assert.equal(memberKinConflicts(zhejiang, members, graph).length, 1);
    assert.equal(memberKinConflicts(shanghai, members, graph).length, 0);
    assert.equal(memberKinConflicts(getRuleSet('national-2018')!, members, graph).length, 0);
  });

  test('seed 003 §5.8: a 一肩挑 person is also barred with a grandchild on another body', () => {
    const plain = crossBodyKinConflicts(
      zhejiang.committee,
      [
        { person: father, oneShoulder: false },
        { person: grandson, oneShoulder: false },
      ],
      graph,
    );
    assert.equal(plain.length, 0);
    const wide = crossBodyKinConflicts(
      zhejiang.committee,
      [
        { person: father, oneShoulder: true },
        { person: grandson, oneShoulder: false },
      ],
      graph,
    );
    assert.equal(wide.length, 1);
    assert.ok(wide[0]?.reason.startsWith('“一肩挑”人员与其应当任职回避'));
    const spouses = crossBodyKinConflicts(
      zhejiang.committee,
      [
        { person: father, oneShoulder: false },
        { person: wife, oneShoulder: false },
      ],
      graph,
    );
    assert.equal(spouses.length, 1);
    assert.equal(
      crossBodyKinConflicts(
        shanghai.committee,
        [
          { person: father, oneShoulder: true },
          { person: wife, oneShoulder: false },
        ],
        graph,
      ).length,
      0,
    );
  });
});

describe('election committee', () => {
  test('C2-2: a member nominated as a candidate must withdraw', () => {
    const r = electionCommitteeRecusals(
      shippedSections['national-2018'].committee,
      [son, stranger],
      [{ person: son, kind: 'candidate' }],
      graph,
    );
    assert.deepEqual(
      r.withdrawals.map((w) => [w.person.id, w.rule, w.reason]),
      [['s', 'C2-2', '陈志强已成为村民委员会成员候选人，应当退出村民选举委员会']],
    );
  });

  test('C2-6 Zhejiang: the wife of a self-nominee withdraws; not under the national set', () => {
    const nominees = [{ person: father, kind: 'self-nominee' as const }];
    const zj = electionCommitteeRecusals(
      shippedSections['zhejiang-2020'].committee,
      [wife, stranger],
      nominees,
      graph,
    );
    assert.deepEqual(
      zj.withdrawals.map((w) => [w.person.id, w.rule]),
      [['w', 'C2-2;C2-6']],
    );
    assert.ok(zj.withdrawals[0]?.reason.startsWith('林秀英是陈国富的配偶，陈国富是自荐人'));
    const nat = electionCommitteeRecusals(
      shippedSections['national-2018'].committee,
      [wife, stranger],
      nominees,
      graph,
    );
    assert.equal(nat.withdrawals.length, 0);
  });

  test('C2-6 Zhejiang: a grandchild of a candidate does not have to withdraw', () => {
    const r = electionCommitteeRecusals(
      shippedSections['zhejiang-2020'].committee,
      [grandson],
      [{ person: father, kind: 'candidate' }],
      graph,
    );
    assert.equal(r.withdrawals.length, 0);
  });

  test('C2-4: near relatives serving together on the election committee get a warning', () => {
    const r = electionCommitteeRecusals(
      shippedSections['national-2018'].committee,
      [father, grandson, stranger],
      [],
      graph,
    );
    assert.equal(r.withdrawals.length, 0);
    assert.equal(r.advisories.length, 1);
    assert.equal(r.advisories[0]?.rule, 'C2-4');
  });
});

describe('supervision committee', () => {
  const holders = [
    { person: father, post: 'committee-member' as const },
    { person: stranger, post: 'clerk' as const },
  ];

  test('J2-1: a committee member’s grandchild (near relative) may not serve', () => {
    const w = supervisionRecusals(
      shippedSections['national-2018'].supervision,
      [grandson, brother],
      holders,
      graph,
    );
    assert.deepEqual(
      w.map((x) => x.person.id),
      ['g'],
    );
    assert.ok(w[0]?.reason.includes('陈小龙不得担任村务监督委员会成员'));
  });

  test('J2-3 Zhejiang: the village clerk himself may not serve; nationally he may', () => {
    assert.deepEqual(
      supervisionRecusals(shippedSections['zhejiang-2020'].supervision, [stranger], holders, graph).map(
        (x) => x.rule,
      ),
      ['J2-1;J2-3'],
    );
    assert.equal(
      supervisionRecusals(shippedSections['national-2018'].supervision, [stranger], holders, graph).length,
      0,
    );
  });
});

describe('polling staff', () => {
  const nominees = [{ person: father, kind: 'candidate' as const }];

  test('E-9 Zhejiang: a candidate’s son may not count votes; a stranger may', () => {
    const w = pollingStaffRecusals(
      shippedSections['zhejiang-2020'].polling,
      [
        { person: son, role: 'counter' },
        { person: stranger, role: 'counter' },
      ],
      nominees,
      graph,
    );
    assert.deepEqual(
      w.map((x) => [x.person.id, x.rule]),
      [['s', 'E-9']],
    );
    assert.equal(w[0]?.reason, '陈志强是陈国富的子/女，陈国富是候选人，陈志强不得担任计票人');
  });

  test('E-9: a grandchild may not be a scribe in Beijing (direct line) but may count in Zhejiang', () => {
    const staff = [{ person: grandson, role: 'scribe' as const }];
    assert.equal(
      pollingStaffRecusals(shippedSections['beijing-2012'].polling, staff, nominees, graph).length,
      1,
    );
    const zjStaff = [{ person: grandson, role: 'counter' as const }];
    assert.equal(
      pollingStaffRecusals(shippedSections['zhejiang-2020'].polling, zjStaff, nominees, graph).length,
      0,
    );
  });

  test('E-9 Zhejiang: a self-nominee may not be a scrutineer', () => {
    const w = pollingStaffRecusals(
      shippedSections['zhejiang-2020'].polling,
      [{ person: wife, role: 'scrutineer' }],
      [{ person: wife, kind: 'self-nominee' }],
      graph,
    );
    assert.equal(w[0]?.reason, '林秀英是自荐人，不得担任监票人');
  });
});
