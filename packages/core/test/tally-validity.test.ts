import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { count, office, scenario } from './tally-fixtures.js';

const allFor = (n: number) => ({ n, marks: { chair: ['p1'], vice: ['p2'], member: ['p3', 'p4', 'p5'] } });

describe('tally-spec §4: is the vote valid?', () => {
  test('F-1: exactly half of the registered voting is not enough (2*voted > registered)', () => {
    const r = count(scenario({ registered: 1000, voted: 500, issued: 500, ballots: [allFor(500)] }));
    assert.equal(r.valid, false);
    assert.equal(r.invalidReason, 'turnout');
    assert.deepEqual(office(r, 'chair').elected, []);
    assert.equal(office(r, 'member').unfilled, 3);
    assert.deepEqual(office(r, 'chair').votes, { p1: 500 });
    assert.deepEqual(r.runoffCandidates, {});
    assert.equal(r.noWomanElected, null);
  });

  test('F-1: one more than half is enough', () => {
    const r = count(scenario({ registered: 1000, voted: 501, issued: 501, ballots: [allFor(501)] }));
    assert.equal(r.valid, true);
    assert.deepEqual(office(r, 'chair').elected, ['p1']);
  });

  test('E-4 overcollectionBase=voted: more ballots collected than people who voted voids the vote', () => {
    const r = count(scenario({ voted: 700, issued: 710, ballots: [allFor(701)] }));
    assert.equal(r.invalidReason, 'overcollected');
    assert.equal(r.collected, 701);
  });

  test('E-4 overcollectionBase=issued (henan-2011): compared with ballots issued instead', () => {
    const ok = count(scenario({ ruleset: 'henan-2011', voted: 700, issued: 710, ballots: [allFor(705)] }));
    assert.equal(ok.valid, true);
    const bad = count(scenario({ ruleset: 'henan-2011', voted: 700, issued: 710, ballots: [allFor(711)] }));
    assert.equal(bad.invalidReason, 'overcollected');
  });

  test('F-7: a runoff needs no turnout by default, but does under henan-2011', () => {
    const runoff = {
      round: 'runoff' as const,
      registered: 1000,
      voted: 400,
      issued: 400,
      electedBefore: [{ person: 'p1', office: 'chair', rank: 1 }],
      offices: [{ id: 'member', title: '委员', seats: 1, rank: 3, womenOnly: false }],
      ballots: [{ n: 400, marks: { member: ['p3'] } }],
    };
    const national = count(scenario({ ...runoff }));
    assert.equal(national.valid, true);
    assert.deepEqual(office(national, 'member').elected, ['p3']);
    assert.equal(national.runoffCandidates, null);
    const henan = count(scenario({ ...runoff, ruleset: 'henan-2011' }));
    assert.equal(henan.invalidReason, 'turnout');
    assert.equal(henan.vacancyMayRemain, null);
    assert.equal(henan.runoffCandidates, null);
  });
});
