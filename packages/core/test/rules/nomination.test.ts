import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDate } from '../../src/rules/civil-date.js';
import {
  allowedCandidates,
  checkCandidateMargins,
  checkNominationBallot,
  checkSelfNomination,
} from '../../src/rules/nomination.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const national = shippedSections['national-2018'].nomination;
const zhejiang = shippedSections['zhejiang-2020'].nomination;
const shanghai = shippedSections['shanghai-2020'].nomination;

describe('candidate margin', () => {
  test('D-2 national: one more candidate than seats is enough, no upper limit', () => {
    assert.deepEqual(allowedCandidates(national, { rank: 3, seats: 3 }), { min: 4, max: null, rule: 'D-2' });
    assert.equal(
      checkCandidateMargins(national, [{ title: '委员', rank: 3, seats: 3, candidates: 9 }]).ok,
      true,
    );
  });

  test('D-2: as many candidates as seats is refused', () => {
    const r = checkCandidateMargins(national, [{ title: '主任', rank: 1, seats: 1, candidates: 1 }]);
    assert.ok(!r.ok);
    assert.deepEqual(r.error, [
      { rule: 'D-2', field: '主任', reason: '主任应选1人，正式候选人应为至少2人，现为1人' },
    ]);
  });

  test('D-6 Shanghai: chair exactly +1, members +1..+3', () => {
    const ok = checkCandidateMargins(shanghai, [
      { title: '主任', rank: 1, seats: 1, candidates: 2 },
      { title: '委员', rank: 3, seats: 3, candidates: 6 },
    ]);
    assert.equal(ok.ok, true);
    const bad = checkCandidateMargins(shanghai, [
      { title: '主任', rank: 1, seats: 1, candidates: 3 },
      { title: '副主任', rank: 2, seats: 1, candidates: 2 },
      { title: '委员', rank: 3, seats: 3, candidates: 7 },
    ]);
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.error.map((v) => v.reason),
      ['主任应选1人，正式候选人应为2人，现为3人', '委员应选3人，正式候选人应为4至6人，现为7人'],
    );
  });

  test('D-6 Beijing and Henan: members +1..+2', () => {
    assert.deepEqual(
      allowedCandidates(shippedSections['beijing-2012'].nomination, { rank: 1, seats: 1 }).max,
      3,
    );
    assert.deepEqual(
      allowedCandidates(shippedSections['henan-2011'].nomination, { rank: 1, seats: 1 }).max,
      2,
    );
    assert.deepEqual(
      allowedCandidates(shippedSections['henan-2011'].nomination, { rank: 3, seats: 2 }).max,
      4,
    );
  });
});

describe('nominations per voter', () => {
  const entries = [
    { office: 'chair', nominee: 'p1' },
    { office: 'vice', nominee: 'p2' },
    { office: 'member', nominee: 'p3' },
  ];

  test('D-4 Zhejiang: exactly as many names as seats counts in full', () => {
    const r = checkNominationBallot(zhejiang, 3, entries);
    assert.ok(r.ok);
    assert.equal(r.value.counted.length, 3);
  });

  test('D-4 Zhejiang: more names than seats counts for no one', () => {
    const r = checkNominationBallot(zhejiang, 2, entries);
    assert.ok(!r.ok);
    assert.equal(r.error[0]?.rule, 'D-4');
    assert.equal(r.error[0]?.reason, '每一选民提名的候选人人数不得超过应选职数2人，本票提名3人');
  });

  test('D-4 national: no cap on names is set', () => {
    assert.equal(checkNominationBallot(national, 2, entries).ok, true);
  });

  test('D-4 Zhejiang: the same person for two offices voids those nominations only', () => {
    const r = checkNominationBallot(zhejiang, 3, [
      { office: 'chair', nominee: 'p1' },
      { office: 'member', nominee: 'p1' },
      { office: 'vice', nominee: 'p2' },
    ]);
    assert.ok(r.ok);
    assert.deepEqual(r.value.counted, [{ office: 'vice', nominee: 'p2' }]);
    assert.equal(r.value.rejected.length, 2);
    assert.equal(r.value.rejected[0]?.reason, '同一选民提名同一人为两项以上职务的候选人，该提名无效');
    const shanghaiSame = checkNominationBallot(shanghai, 3, [
      { office: 'chair', nominee: 'p1' },
      { office: 'member', nominee: 'p1' },
    ]);
    assert.ok(shanghaiSame.ok && shanghaiSame.value.counted.length === 2);
  });

  test('D-4 Zhejiang: nomination by proxy is refused', () => {
    const r = checkNominationBallot(zhejiang, 3, entries, true);
    assert.ok(!r.ok && r.error[0]?.reason === '选民不得委托他人提名');
  });
});

describe('self-nomination', () => {
  const E = isoDate('2026-05-20');
  const zjCal = shippedSections['zhejiang-2020'].calendar;
  const deadline = {
    daysBefore: zjCal.selfNominationDaysBefore,
    boundary: zjCal.beforeElectionBoundary.value,
  };

  test('B-6/D-8 Zhejiang: one office, in person, on E−10 is accepted', () => {
    const r = checkSelfNomination(zhejiang, deadline, E, {
      filedOn: isoDate('2026-05-10'),
      offices: ['chair'],
      byProxy: false,
    });
    assert.equal(r.ok, true);
  });

  test('B-6/D-8 Zhejiang: two offices, by proxy, on E−9: three reasons at once', () => {
    const r = checkSelfNomination(zhejiang, deadline, E, {
      filedOn: isoDate('2026-05-11'),
      offices: ['chair', 'vice'],
      byProxy: true,
    });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.error.map((v) => v.field),
      ['自荐职位', '报名方式', '报名日期'],
    );
  });

  test('D-8: Shanghai has no self-nomination mode', () => {
    const r = checkSelfNomination(shanghai, deadline, E, {
      filedOn: isoDate('2026-05-01'),
      offices: ['chair'],
      byProxy: false,
    });
    assert.ok(!r.ok && r.error[0]?.reason === '本规则集不实行无候选人自荐直选');
  });
});
