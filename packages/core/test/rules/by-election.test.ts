import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { byElectionQuorum, byElectionWaiver, vacancies } from '../../src/rules/by-election.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const zj = shippedSections['zhejiang-2020'].recall;
const sh = shippedSections['shanghai-2020'].recall;
const offices = [
  { id: 'chair', title: '主任', seats: 1, rank: 1 },
  { id: 'women', title: '妇女委员', seats: 1, rank: 3, womenOnly: true },
  { id: 'member', title: '委员', seats: 2, rank: 3 },
];

describe('by-election', () => {
  test('H-6: vacant seats are the plan seats minus the serving members, per office', () => {
    const v = vacancies(offices, [{ office: 'chair' }, { office: 'member' }]);
    assert.deepEqual(
      v.map((x) => [x.office, x.serving, x.vacant]),
      [
        ['chair', 1, 0],
        ['women', 0, 1],
        ['member', 1, 1],
      ],
    );
    assert.equal(v[1]!.womenOnly, true);
  });

  test('H-7: a 村民会议 needs more than half of its members, a 代表会议 two thirds (integer arithmetic)', () => {
    const villagers = byElectionQuorum(zj, 'villagers-meeting', 120);
    assert.equal(villagers.minimum, 61);
    assert.equal(villagers.rule, 'H-7');
    assert.equal(villagers.formula, '2*投票人数 > 村民会议成员');
    const reps = byElectionQuorum(zj, 'representatives-meeting', 45);
    assert.equal(reps.minimum, 30);
    assert.equal(byElectionQuorum(zj, 'representatives-meeting', 46).minimum, 31);
    assert.match(reps.text, /45 人，须有 30 人以上/);
  });

  test('H-8: Shanghai lets the meeting waive with 3 members left, and asks for 3 months below', () => {
    assert.deepEqual(
      [
        byElectionWaiver(sh, 3).mayWaive,
        byElectionWaiver(sh, 2).mayWaive,
        byElectionWaiver(sh, 2).withinMonths,
      ],
      [true, false, 3],
    );
    assert.equal(byElectionWaiver(sh, 2).rule, 'H-8');
    assert.equal(byElectionWaiver(zj, 1).mayWaive, null);
  });
});
