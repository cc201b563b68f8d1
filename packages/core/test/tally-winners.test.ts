import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ElectionScenario } from '../src/scenario/types.js';
import { count, office, people, scenario, WOMEN_OFFICES } from './tally-fixtures.js';

describe('tally-spec §5: who is elected', () => {
  test('F-2: exactly half of those who voted does not win; one vote more does', () => {
    const r = count(
      scenario({
        voted: 800,
        ballots: [
          { n: 400, marks: { chair: ['p1'], vice: ['p2'] } },
          { n: 1, marks: { vice: ['p2'] } },
          { n: 399, marks: {} },
        ],
      }),
    );
    assert.deepEqual(office(r, 'chair').elected, []);
    assert.equal(office(r, 'chair').unfilled, 1);
    assert.deepEqual(office(r, 'vice').elected, ['p2']);
  });

  test('F-3: more qualified people than seats: the most votes win, ordered by votes', () => {
    const r = count(
      scenario({
        voted: 800,
        ballots: [
          { n: 450, marks: { member: ['p3', 'p4', 'p5'] } },
          { n: 350, marks: { member: ['p6', 'p4', 'p7'] } },
        ],
      }),
    );
    // p4 800, p3 450, p5 450, p6/p7 350 (below the quota)
    assert.deepEqual(office(r, 'member').elected, ['p4', 'p3', 'p5']);
    assert.deepEqual(Object.keys(office(r, 'member').votes), ['p4', 'p3', 'p5', 'p6', 'p7']);
  });

  test('F-4: equal votes that do not compete (as many as the seats left) are all elected', () => {
    const r = count(
      scenario({
        voted: 800,
        ballots: [
          { n: 500, marks: { member: ['p3', 'p4', 'p5'] } },
          { n: 300, marks: { member: ['p3', 'p6', 'p7'] } },
        ],
      }),
    );
    // p3 800; p4 and p5 500 each for the 2 seats left
    assert.deepEqual(office(r, 'member').elected, ['p3', 'p4', 'p5']);
    assert.equal(office(r, 'member').tieRevote, null);
  });

  test('F-4: equal votes below the quota are simply not elected: the seat is unfilled, not a revote', () => {
    const r = count(
      scenario({
        voted: 900,
        issued: 900,
        ballots: [
          { n: 460, marks: { chair: ['p1'], vice: ['p2'], member: ['p3', 'p4'] } },
          { n: 440, marks: { chair: ['p1'], vice: ['p2'], member: ['p5', 'p6'] } },
        ],
      }),
    );
    assert.deepEqual(office(r, 'member').elected, ['p3', 'p4']);
    assert.equal(office(r, 'member').unfilled, 1);
    assert.equal(office(r, 'member').tieRevote, null);
    assert.deepEqual(r.runoffCandidates, { member: ['p5', 'p6'] });
  });

  test('F-4: tied people are listed in the input `people` order and the seats they compete for', () => {
    const s: ElectionScenario = scenario({
      voted: 900,
      issued: 900,
      offices: [{ id: 'member', title: '委员', seats: 2, rank: 3, womenOnly: false }],
      ballots: [
        { n: 300, marks: { member: ['p6', 'p2'] } },
        { n: 300, marks: { member: ['p4', 'p2'] } },
        { n: 300, marks: { member: ['p6', 'p4'] } },
      ],
    });
    // p2, p4, p6 all 600 (> 450) for 2 seats
    const r = count(s);
    assert.deepEqual(office(r, 'member').elected, []);
    assert.equal(office(r, 'member').unfilled, 0);
    assert.deepEqual(office(r, 'member').tieRevote, { people: ['p2', 'p4', 'p6'], seats: 2 });
  });

  test('F-5: a runoff elects the most votes with at least one third of the ballots collected', () => {
    const runoff = (n: number) =>
      scenario({
        ruleset: 'zhejiang-2020',
        round: 'runoff',
        registered: 1000,
        voted: 900,
        issued: 900,
        electedBefore: [{ person: 'p1', office: 'chair', rank: 1 }],
        offices: [{ id: 'member', title: '委员', seats: 1, rank: 3, womenOnly: false }],
        ballots: [
          { n, marks: { member: ['p3'] } },
          { n: 900 - n, marks: {} },
        ],
      });
    assert.deepEqual(office(count(runoff(300)), 'member').elected, ['p3']);
    assert.deepEqual(office(count(runoff(299)), 'member').elected, []);
  });

  test('one person, one seat: someone elected before is passed over in a runoff', () => {
    const r = count(
      scenario({
        round: 'runoff',
        voted: 900,
        issued: 900,
        electedBefore: [{ person: 'p1', office: 'chair', rank: 1 }],
        offices: [{ id: 'member', title: '委员', seats: 1, rank: 3, womenOnly: false }],
        ballots: [
          { n: 500, marks: { member: ['p1'] } },
          { n: 400, marks: { member: ['p4'] } },
        ],
      }),
    );
    assert.deepEqual(office(r, 'member').elected, ['p4']);
  });

  test('offices are decided in rank order whatever their input order', () => {
    const r = count(
      scenario({
        ruleset: 'henan-2011',
        offices: [
          { id: 'member', title: '委员', seats: 1, rank: 3, womenOnly: false },
          { id: 'chair', title: '主任', seats: 1, rank: 1, womenOnly: false },
        ],
        ballots: [{ n: 800, marks: { member: ['p1'], chair: ['p1'] } }],
      }),
    );
    assert.deepEqual(office(r, 'chair').elected, ['p1']);
    assert.deepEqual(office(r, 'member').elected, []);
    assert.deepEqual(
      r.offices.map((o) => o.id),
      ['member', 'chair'],
    );
  });

  test('zhejiang women office: a woman wins the reserved seat; womenOfficeKept is null when it is filled', () => {
    const r = count(
      scenario({
        ruleset: 'zhejiang-2020',
        offices: WOMEN_OFFICES,
        people: people(8, ['p3']),
        ballots: [{ n: 800, marks: { chair: ['p1'], vice: ['p2'], women: ['p3'], member: ['p4', 'p5'] } }],
      }),
    );
    assert.deepEqual(office(r, 'women').elected, ['p3']);
    assert.equal(r.womenOfficeKept, null);
    assert.equal(r.noWomanElected, null);
  });
});
