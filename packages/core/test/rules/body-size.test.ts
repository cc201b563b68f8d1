import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkCommitteeSeatPlan,
  checkElectionCommitteeSize,
  checkSupervisionSize,
} from '../../src/rules/body-size.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

describe('body sizes', () => {
  const national = shippedSections['national-2018'];

  test('C1-1/C1-2: 3 and 7 seats are allowed, 8 is not; a plan without a woman’s place is refused', () => {
    assert.equal(checkCommitteeSeatPlan(national.committee, { seats: 3, womenSeatPlanned: true }).ok, true);
    assert.equal(checkCommitteeSeatPlan(national.committee, { seats: 7, womenSeatPlanned: true }).ok, true);
    const r = checkCommitteeSeatPlan(national.committee, { seats: 8, womenSeatPlanned: false });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.error.map((v) => [v.rule, v.reason]),
      [
        ['C1-1', '村民委员会成员应为3至7人，现为8人'],
        ['C1-2', '村民委员会成员中应当有妇女成员，职数方案未安排'],
      ],
    );
  });

  test('C2-5: Zhejiang election committee 5–9, Shanghai 7–9; C2-4 an even size is only a warning', () => {
    const zj = checkElectionCommitteeSize(shippedSections['zhejiang-2020'].committee, 6);
    assert.deepEqual(zj.violations, []);
    assert.equal(zj.advisories[0]?.reason, '村民选举委员会人数以奇数为宜，现为6人');
    const sh = checkElectionCommitteeSize(shippedSections['shanghai-2020'].committee, 5);
    assert.equal(sh.violations[0]?.reason, '村民选举委员会成员应为7至9人，现为5人');
    assert.equal(
      checkElectionCommitteeSize(national.committee, 2).violations[0]?.reason,
      '村民选举委员会成员应不少于3人，现为2人',
    );
  });

  test('J2-3: Zhejiang supervision committee 3–5; the national set fixes no size', () => {
    assert.equal(checkSupervisionSize(shippedSections['zhejiang-2020'].supervision, 6).ok, false);
    assert.equal(checkSupervisionSize(shippedSections['zhejiang-2020'].supervision, 5).ok, true);
    assert.equal(checkSupervisionSize(national.supervision, 11).ok, true);
  });
});
