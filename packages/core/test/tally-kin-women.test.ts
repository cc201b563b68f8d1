import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Person } from '../src/scenario/types.js';
import { count, office, people, scenario, WOMEN_OFFICES } from './tally-fixtures.js';

function related(
  list: Person[],
  from: string,
  to: string,
  kind: Person['relations'][number]['kind'],
): Person[] {
  return list.map((p) => (p.id === from ? { ...p, relations: [...p.relations, { to, kind }] } : p));
}

describe('tally-spec §5.6: kinship recusal (C1-5)', () => {
  test('C1-5: the one in the higher-ranked office stays; the seat given up is unfilled', () => {
    const r = count(
      scenario({
        ruleset: 'zhejiang-2020',
        offices: WOMEN_OFFICES,
        people: related(people(8, ['p3']), 'p1', 'p4', 'child'),
        ballots: [{ n: 800, marks: { chair: ['p1'], vice: ['p2'], women: ['p3'], member: ['p4', 'p5'] } }],
      }),
    );
    assert.deepEqual(r.kinRemoved, [{ person: 'p4', office: 'member', keeps: 'p1' }]);
    assert.deepEqual(office(r, 'member').elected, ['p5']);
    assert.equal(office(r, 'member').unfilled, 1);
    // p4 is out of the runoff list too
    assert.deepEqual(r.runoffCandidates, { member: [] });
  });

  test('C1-5: a relation stated on either side counts; equal rank: more votes stays', () => {
    const r = count(
      scenario({
        ruleset: 'zhejiang-2020',
        offices: WOMEN_OFFICES,
        people: related(people(8, ['p3']), 'p3', 'p5', 'sibling'),
        ballots: [
          { n: 500, marks: { chair: ['p1'], vice: ['p2'], women: ['p3'], member: ['p4', 'p5'] } },
          { n: 100, marks: { women: ['p3'], member: ['p4'] } },
        ],
        voted: 600,
        issued: 600,
      }),
    );
    // women p3 600, member p5 500: same rank 3, p3 has more votes
    assert.deepEqual(r.kinRemoved, [{ person: 'p5', office: 'member', keeps: 'p3' }]);
  });

  test('C1-5: equal rank and equal votes: both wait for a revote, seats neither filled nor unfilled', () => {
    const r = count(
      scenario({
        ruleset: 'zhejiang-2020',
        offices: WOMEN_OFFICES,
        people: related(people(8, ['p3']), 'p4', 'p3', 'spouse'),
        ballots: [{ n: 800, marks: { chair: ['p1'], vice: ['p2'], women: ['p3'], member: ['p4', 'p5'] } }],
      }),
    );
    assert.deepEqual(r.kinRevote, [{ people: ['p3', 'p4'] }]);
    assert.deepEqual(r.kinRemoved, []);
    assert.deepEqual(office(r, 'women').elected, []);
    assert.equal(office(r, 'women').unfilled, 0);
    assert.deepEqual(office(r, 'member').elected, ['p5']);
    assert.equal(office(r, 'member').unfilled, 0);
  });

  test('C1-5: relations outside the rule set kinBar are ignored (sibling under shanghai-2020)', () => {
    const r = count(
      scenario({
        ruleset: 'shanghai-2020',
        people: related(people(8), 'p1', 'p2', 'sibling'),
        ballots: [{ n: 800, marks: { chair: ['p1'], vice: ['p2'] } }],
      }),
    );
    assert.deepEqual(r.kinRemoved, []);
    assert.deepEqual(office(r, 'vice').elected, ['p2']);
  });

  test('C1-5 in a runoff: someone elected before keeps the seat against an equal-rank runoff winner', () => {
    const r = count(
      scenario({
        ruleset: 'zhejiang-2020',
        round: 'runoff',
        voted: 900,
        issued: 900,
        people: related(people(8), 'p5', 'p4', 'spouse'),
        electedBefore: [
          { person: 'p1', office: 'chair', rank: 1 },
          { person: 'p4', office: 'member', rank: 3 },
        ],
        offices: [{ id: 'member', title: '委员', seats: 1, rank: 3, womenOnly: false }],
        ballots: [{ n: 900, marks: { member: ['p5'] } }],
      }),
    );
    assert.deepEqual(r.kinRemoved, [{ person: 'p5', office: 'member', keeps: 'p4' }]);
    assert.equal(office(r, 'member').unfilled, 1);
  });
});

describe('tally-spec §5.7 and §6: the women rule, runoff candidates, vacancies', () => {
  test('C1-2 womenRule=flag: noWomanElected is true when only men are elected, false otherwise', () => {
    const men = count(scenario({ ballots: [{ n: 800, marks: { chair: ['p1'] } }] }));
    assert.equal(men.noWomanElected, true);
    const woman = count(
      scenario({ people: people(10, ['p1']), ballots: [{ n: 800, marks: { chair: ['p1'] } }] }),
    );
    assert.equal(woman.noWomanElected, false);
    assert.equal(woman.womenOfficeKept, null);
  });

  test('F-9 reserved office: womenOfficeKept is false once a woman is elected elsewhere', () => {
    const open = count(
      scenario({
        ruleset: 'zhejiang-2020',
        offices: WOMEN_OFFICES,
        people: people(8, ['p2', 'p6', 'p7']),
        ballots: [
          { n: 500, marks: { chair: ['p1'], vice: ['p2'], member: ['p4', 'p5'] } },
          { n: 300, marks: { women: ['p6'] } },
          { n: 100, marks: { women: ['p7'] } },
        ],
        voted: 900,
        issued: 900,
      }),
    );
    assert.equal(office(open, 'women').unfilled, 1);
    assert.equal(open.womenOfficeKept, false);
    assert.deepEqual(open.runoffCandidates, { women: ['p6', 'p7'] });
  });

  test('F-6: runoff candidates = unfilled + runoffExtraCandidates, ties at the cut-off all included', () => {
    const r = count(
      scenario({
        voted: 900,
        issued: 900,
        ballots: [
          { n: 500, marks: { chair: ['p1'], vice: ['p2'], member: ['p3'] } },
          { n: 200, marks: { chair: ['p9'], vice: ['p10'], member: ['p4', 'p5', 'p6'] } },
          { n: 200, marks: { member: ['p7', 'p8'] } },
        ],
      }),
    );
    // member: p3 elected; 2 unfilled + 1 = 3 wanted; p4..p8 all have 200: all five
    assert.equal(office(r, 'member').unfilled, 2);
    assert.deepEqual(r.runoffCandidates, { member: ['p4', 'p5', 'p6', 'p7', 'p8'] });
  });

  test('F-8 zhejiang-2020: after a runoff, seats may stay empty once 3 members are elected in all rounds', () => {
    const runoff = (before: number) =>
      count(
        scenario({
          ruleset: 'zhejiang-2020',
          round: 'runoff',
          voted: 900,
          issued: 900,
          electedBefore: [
            { person: 'p1', office: 'chair', rank: 1 },
            { person: 'p2', office: 'vice', rank: 2 },
          ].slice(0, before),
          offices: [{ id: 'member', title: '委员', seats: 2, rank: 3, womenOnly: false }],
          ballots: [{ n: 900, marks: { member: ['p3'] } }],
        }),
      );
    assert.equal(runoff(2).vacancyMayRemain, true);
    assert.equal(runoff(1).vacancyMayRemain, false);
  });

  test('F-8 beijing-2012: more than 3 elected and a chair among them', () => {
    const runoff = (before: { person: string; office: string; rank: number }[]) =>
      count(
        scenario({
          ruleset: 'beijing-2012',
          round: 'runoff',
          voted: 900,
          issued: 900,
          electedBefore: before,
          offices: [{ id: 'member', title: '委员', seats: 2, rank: 3, womenOnly: false }],
          ballots: [{ n: 900, marks: { member: ['p5'] } }],
        }),
      );
    const withChair = [
      { person: 'p1', office: 'chair', rank: 1 },
      { person: 'p2', office: 'vice', rank: 2 },
      { person: 'p3', office: 'member', rank: 3 },
    ];
    assert.equal(runoff(withChair).vacancyMayRemain, true);
    assert.equal(runoff(withChair.slice(0, 2)).vacancyMayRemain, false);
    const noChair = withChair.map((e) => (e.rank === 1 ? { ...e, office: 'member', rank: 3 } : e));
    assert.equal(runoff(noChair).vacancyMayRemain, false);
    assert.equal(runoff(withChair).noWomanElected, true);
  });

  test('F-8 national-2018: vacancyAllowedFrom null: seats never stay empty', () => {
    const r = count(
      scenario({
        round: 'runoff',
        voted: 900,
        issued: 900,
        electedBefore: [
          { person: 'p1', office: 'chair', rank: 1 },
          { person: 'p2', office: 'vice', rank: 2 },
          { person: 'p3', office: 'member', rank: 3 },
        ],
        offices: [{ id: 'member', title: '委员', seats: 2, rank: 3, womenOnly: false }],
        ballots: [{ n: 900, marks: { member: ['p5'] } }],
      }),
    );
    assert.equal(r.vacancyMayRemain, false);
  });
});
