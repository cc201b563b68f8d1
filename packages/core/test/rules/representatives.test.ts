import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkRepresentatives,
  type MeetingPerson,
  type Representative,
  type RepresentativesMeeting,
  representativeFloor,
} from '../../src/rules/representatives.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

function people(n: number, sex: 'M' | 'F', prefix: string): MeetingPerson[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix}${i}`, sex }));
}

function reps(women: number, men: number): Representative[] {
  return [...people(women, 'F', 'w'), ...people(men, 'M', 'm')].map((p, i) => ({ ...p, household: `H${i}` }));
}

/** 5 committee members + 40 representatives = 45: 4/5 is 36, 1/3 is 15. */
const base: RepresentativesMeeting = {
  population: 1200,
  households: 400,
  chosenBy: 'households',
  committeeMembers: people(5, 'M', 'c'),
  representatives: reps(15, 25),
};
const national = shippedSections['national-2018'].representatives;
const zhejiang = shippedSections['zhejiang-2020'].representatives;

function fields(r: ReturnType<typeof checkRepresentatives>): string[] {
  return r.ok ? [] : r.error.map((v) => `${v.rule}:${v.field}`);
}

describe('village representatives', () => {
  test('C3-1: women exactly 1/3 of the whole meeting (15 of 45) passes', () => {
    const r = checkRepresentatives(national, base);
    assert.ok(r.ok);
    assert.deepEqual(r.value, { members: 45, representatives: 40, womenRepresentatives: 15 });
  });

  test('C3-1: 14 women of 45 fails, the counts named in the reason', () => {
    const r = checkRepresentatives(national, { ...base, representatives: reps(14, 26) });
    assert.ok(!r.ok);
    assert.deepEqual(r.error, [
      {
        rule: 'C3-1',
        field: '妇女村民代表',
        reason: '妇女村民代表应占村民代表会议组成人员的1/3以上：组成人员45人，妇女代表14人',
      },
    ]);
  });

  test('C3-1: representatives exactly 4/5 (20 of 25) pass; 19 of 24 fail', () => {
    const exact = { ...base, households: 200, representatives: reps(9, 11) };
    assert.deepEqual(fields(checkRepresentatives(national, exact)), []);
    const short = { ...base, households: 190, representatives: reps(8, 11) };
    assert.deepEqual(fields(checkRepresentatives(national, short)), ['C3-1:村民代表']);
  });

  test('C3-1: a committee member also chosen as representative counts once', () => {
    const overlap = {
      ...base,
      representatives: [
        ...base.representatives,
        { id: 'c0', name: 'c0', sex: 'M' as const, household: 'HX' },
      ],
    };
    const r = checkRepresentatives(national, overlap);
    assert.ok(r.ok && r.value.members === 45);
  });

  test('C3-2: 700 households need 47 to 140 representatives; 600 fit 40, 601 and 199 do not', () => {
    const r = checkRepresentatives(national, { ...base, households: 700 });
    assert.ok(!r.ok);
    assert.equal(r.error[0]?.reason, '按每5户至15户推选一人，700户应推选47至140名代表，现为40名');
    assert.deepEqual(fields(checkRepresentatives(national, { ...base, households: 600 })), []);
    assert.deepEqual(fields(checkRepresentatives(national, { ...base, households: 601 })), [
      'C3-2:村民代表人数',
    ]);
    assert.deepEqual(fields(checkRepresentatives(national, { ...base, households: 199 })), [
      'C3-2:村民代表人数',
    ]);
  });

  test('C3-2: the household ratio does not apply when groups choose representatives', () => {
    assert.deepEqual(
      fields(checkRepresentatives(national, { ...base, households: 5000, chosenBy: 'groups' })),
      [],
    );
  });

  test('C3-6 Zhejiang: two representatives from one household are refused', () => {
    const same = base.representatives.map((r, i) => (i === 1 ? { ...r, household: 'H0' } : r));
    const r = checkRepresentatives(zhejiang, { ...base, representatives: same });
    assert.ok(!r.ok);
    assert.equal(r.error[0]?.reason, '同户不得产生二名以上村民代表：户号H0有w0、w1');
    assert.equal(checkRepresentatives(national, { ...base, representatives: same }).ok, true);
  });

  test('C3-6 Zhejiang: minimum 30 / 40 / 50 by population, boundaries included', () => {
    const at = (population: number) => representativeFloor(zhejiang, { ...base, population });
    assert.deepEqual([at(499), at(500), at(999), at(1000)], [30, 40, 40, 50]);
    assert.deepEqual(fields(checkRepresentatives(zhejiang, base)), ['C3-6:村民代表人数']);
    assert.deepEqual(fields(checkRepresentatives(zhejiang, { ...base, population: 999 })), []);
  });

  test('C3-7: Shanghai at least 35; Beijing 30 only when chosen by group', () => {
    assert.equal(representativeFloor(shippedSections['shanghai-2020'].representatives, base), 35);
    const beijing = shippedSections['beijing-2012'].representatives;
    assert.equal(representativeFloor(beijing, base), null);
    assert.equal(representativeFloor(beijing, { ...base, chosenBy: 'groups' }), 30);
  });
});
