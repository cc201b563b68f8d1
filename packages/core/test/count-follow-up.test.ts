// What an election holds after a vote: a revote among tied people, a kinship revote, a runoff with the
// engine's candidates (women office kept or not), a repeat of a vote that is not valid.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type FollowUpInput, followUps } from '../src/count/follow-up.js';
import { getRuleSet } from '../src/ruleset/registry.js';
import type { BallotGroup, ElectedBefore, ElectionScenario, Office } from '../src/scenario/types.js';
import type { ElectionResult } from '../src/tally/result-types.js';
import { count, people, scenario, WOMEN_OFFICES } from './tally-fixtures.js';

const ZJ = getRuleSet('zhejiang-2020')!;
const WOMEN = ['p5', 'p6', 'p9'];

function first(ballots: BallotGroup[], over: Partial<ElectionScenario> = {}) {
  const s = scenario({
    ruleset: 'zhejiang-2020',
    offices: WOMEN_OFFICES,
    people: people(10, WOMEN),
    registered: 19,
    voted: 10,
    issued: 10,
    ballots,
    ...over,
  });
  return { s, result: count(s) };
}

function input(
  s: ElectionScenario,
  result: ElectionResult,
  over: Partial<FollowUpInput> = {},
): FollowUpInput {
  return {
    result,
    offices: s.offices,
    candidates: [],
    electedBefore: s.electedBefore,
    firstOffices: WOMEN_OFFICES,
    firstResult: result,
    isFemale: (p) => WOMEN.includes(p),
    tally: ZJ.tally,
    ...over,
  };
}

describe('follow-up votes', () => {
  test('a tie for the last member seat and an unfilled vice seat: a revote and a runoff', () => {
    const { s: s2, result: r2 } = first(
      [
        { n: 6, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p3', 'p4'] } },
        { n: 6, marks: { chair: ['p1'], vice: ['p7'], women: ['p5'], member: ['p3', 'p8'] } },
      ],
      { voted: 12, issued: 12, registered: 20 },
    );
    // vice: 6 of 12 is not more than half → unfilled; member: p3 12, p4 6 and p8 6 do not qualify (2*6 > 12 false)
    assert.deepEqual(r2.offices.find((o) => o.id === 'vice')!.unfilled, 1);
    const next = followUps(input(s2, r2));
    const runoff = next.votes.find((v) => v.kind === 'runoff')!;
    assert.deepEqual(
      runoff.offices.map((o) => [o.id, o.seats]),
      [
        ['vice', 1],
        ['member', 1],
      ],
    );
    assert.deepEqual(
      runoff.candidates.filter((c) => c.office === 'vice').map((c) => c.person),
      r2.runoffCandidates!.vice,
    );
    assert.deepEqual(
      next.electedSoFar.map((e) => e.person),
      ['p1', 'p5', 'p3'],
    );
    assert.equal(runoff.optional, false);
    assert.deepEqual(runoff.electedBefore, next.electedSoFar);
  });

  test('equal votes at the cut-off: a revote among the tied people only', () => {
    const { s, result } = first([
      { n: 4, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p3', 'p4'] } },
      { n: 4, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p3', 'p8'] } },
      { n: 2, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p4', 'p8'] } },
    ]);
    const member = result.offices.find((o) => o.id === 'member')!;
    assert.deepEqual(member.tieRevote, { people: ['p4', 'p8'], seats: 1 });
    const next = followUps(input(s, result));
    assert.deepEqual(
      next.votes.map((v) => v.kind),
      ['tie-revote'],
    );
    const revote = next.votes[0]!;
    assert.deepEqual(revote.offices, [{ ...WOMEN_OFFICES[3]!, seats: 1 }]);
    assert.deepEqual(revote.candidates, [
      { person: 'p4', office: 'member' },
      { person: 'p8', office: 'member' },
    ]);
    assert.equal(revote.rule, 'F-4');
  });

  test('the women office unfilled: kept women-only while no woman is elected, merged into 委员 once one is', () => {
    const ballots: BallotGroup[] = [
      { n: 4, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p3', 'p4'] } },
      { n: 4, marks: { chair: ['p1'], vice: ['p2'], women: ['p6'], member: ['p3', 'p4'] } },
      { n: 2, marks: { chair: ['p1'], vice: ['p2'], women: ['p9'], member: ['p3', 'p4'] } },
    ];
    const kept = first(ballots);
    assert.equal(kept.result.womenOfficeKept, true);
    const runoff = followUps(input(kept.s, kept.result)).votes.find((v) => v.kind === 'runoff')!;
    assert.deepEqual(
      runoff.offices.map((o) => [o.id, o.seats, o.womenOnly]),
      [['women', 1, true]],
    );
    assert.deepEqual(
      runoff.candidates.map((c) => c.person),
      ['p5', 'p6'],
    );
    // a woman (p9) elected vice: the women seat is an ordinary 委员 seat in the runoff
    const merged = first(ballots.map((b) => ({ ...b, marks: { ...b.marks, vice: ['p9'] } })));
    assert.equal(merged.result.womenOfficeKept, false);
    const runoff2 = followUps(input(merged.s, merged.result)).votes.find((v) => v.kind === 'runoff')!;
    assert.deepEqual(
      runoff2.offices.map((o) => [o.id, o.seats, o.womenOnly]),
      [['member', 1, false]],
    );
  });

  test('a vote that is not valid is held again as it was', () => {
    const { s, result } = first([{ n: 8, marks: { chair: ['p1'] } }], {
      voted: 8,
      issued: 8,
      registered: 20,
    });
    assert.equal(result.invalidReason, 'turnout');
    const candidates = [{ person: 'p1', office: 'chair' }];
    const next = followUps(input(s, result, { candidates }));
    assert.deepEqual(
      next.votes.map((v) => [v.kind, v.rule]),
      [['repeat', 'F-1']],
    );
    assert.deepEqual(next.votes[0]!.candidates, candidates);
    assert.deepEqual(next.electedSoFar, []);
  });

  test('a kinship pair with equal rank and votes: a revote of the pair in their offices', () => {
    const ppl = people(10, WOMEN).map((p) =>
      p.id === 'p3' ? { ...p, relations: [{ to: 'p4', kind: 'sibling' as const }] } : p,
    );
    const { s, result } = first(
      [{ n: 10, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p3', 'p4'] } }],
      { people: ppl },
    );
    assert.deepEqual(result.kinRevote, [{ people: ['p3', 'p4'] }]);
    const next = followUps(input(s, result));
    const kin = next.votes.find((v) => v.kind === 'kin-revote')!;
    assert.deepEqual(
      kin.offices.map((o) => [o.id, o.seats]),
      [['member', 2]],
    );
    assert.deepEqual(
      kin.candidates.map((c) => c.person),
      ['p3', 'p4'],
    );
    assert.ok(!next.votes.some((v) => v.kind === 'runoff'));
  });

  test('after a runoff: candidates again from the first vote, optional once a vacancy may remain', () => {
    const f = first([
      { n: 6, marks: { chair: ['p1'], vice: ['p2'], women: ['p5'], member: ['p3'] } },
      { n: 4, marks: { chair: ['p1'], vice: ['p7'], women: ['p5'], member: ['p4', 'p8'] } },
    ]);
    const before: ElectedBefore[] = [
      { person: 'p1', office: 'chair', rank: 1 },
      { person: 'p2', office: 'vice', rank: 2 },
      { person: 'p5', office: 'women', rank: 3 },
      { person: 'p3', office: 'member', rank: 3 },
    ];
    const runoffOffices: Office[] = [{ ...WOMEN_OFFICES[3]!, seats: 1 }];
    const rs = scenario({
      ruleset: 'zhejiang-2020',
      round: 'runoff',
      offices: runoffOffices,
      people: people(10, WOMEN),
      electedBefore: before,
      registered: 20,
      voted: 9,
      issued: 9,
      ballots: [
        { n: 2, marks: { member: ['p4'] } },
        { n: 7, marks: {} },
      ],
    });
    const r = count(rs);
    assert.equal(r.offices[0]!.unfilled, 1);
    assert.equal(r.vacancyMayRemain, true);
    const next = followUps(input(rs, r, { firstResult: f.result }));
    const again = next.votes.find((v) => v.kind === 'runoff')!;
    assert.equal(again.optional, true);
    assert.deepEqual(
      again.candidates.map((c) => c.person),
      ['p4', 'p8'],
    );
    assert.equal(next.vacancyMayRemain, true);
  });
});
