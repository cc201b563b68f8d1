import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cited } from '../src/ruleset/cited.js';
import { tally } from '../src/tally/tally.js';
import { count, office, people, ruleSet, scenario, WOMEN_OFFICES } from './tally-fixtures.js';

describe('tally-spec §3: which ballots and office parts count', () => {
  test('E-7: a ballot ruled void counts as collected, credits no one, stays in the F-2 denominator', () => {
    const r = count(
      scenario({
        voted: 800,
        ballots: [
          { n: 400, marks: { chair: ['p1'] } },
          { n: 400, void: true, marks: { chair: ['p1'] } },
        ],
      }),
    );
    assert.equal(r.collected, 800);
    assert.equal(r.voidBallots, 400);
    assert.deepEqual(office(r, 'chair').votes, { p1: 400 });
    // 2*400 > 800 is false: the void ballots keep p1 from a majority
    assert.deepEqual(office(r, 'chair').elected, []);
  });

  test('E-5 crossOffice=void-ballot: one person in two offices voids the whole ballot', () => {
    const r = count(scenario({ ballots: [{ n: 500, marks: { chair: ['p1'], member: ['p1', 'p2'] } }] }));
    assert.equal(r.voidBallots, 500);
    assert.deepEqual(office(r, 'chair').votes, {});
    assert.deepEqual(office(r, 'member').votes, {});
  });

  test('E-5 crossOffice=independent (henan-2011): each office counts, a higher office winner is skipped below', () => {
    const s = scenario({
      ruleset: 'henan-2011',
      ballots: [{ n: 500, marks: { chair: ['p1'], member: ['p1', 'p2'] } }],
    });
    const r = count(s);
    assert.equal(r.voidBallots, 0);
    assert.deepEqual(office(r, 'member').votes, { p1: 500, p2: 500 });
    assert.deepEqual(office(r, 'chair').elected, ['p1']);
    assert.deepEqual(office(r, 'member').elected, ['p2']);
    assert.equal(office(r, 'member').unfilled, 2);
  });

  test('E-6 overvoteScope=office (national-2018): only the over-voted office part is void', () => {
    const r = count(scenario({ ballots: [{ n: 500, marks: { chair: ['p1', 'p2'], vice: ['p3'] } }] }));
    assert.equal(r.voidBallots, 0);
    assert.deepEqual(office(r, 'chair').votes, {});
    assert.deepEqual(office(r, 'vice').votes, { p3: 500 });
  });

  test('E-6 overvoteScope=ballot (zhejiang-2020): an over-voted office voids the whole ballot', () => {
    const s = scenario({
      ruleset: 'zhejiang-2020',
      offices: WOMEN_OFFICES,
      ballots: [{ n: 500, marks: { chair: ['p1'], member: ['p2', 'p3', 'p4'] } }],
    });
    const r = count(s);
    assert.equal(r.voidBallots, 500);
    assert.deepEqual(office(r, 'chair').votes, {});
  });

  test('§3.4: a man marked in a women-only office credits no one but counts toward the over-vote', () => {
    const s = scenario({
      ruleset: 'zhejiang-2020',
      offices: WOMEN_OFFICES,
      people: people(6, ['p3']),
      ballots: [
        { n: 500, marks: { women: ['p2'] } },
        { n: 100, marks: { women: ['p2', 'p3'] } },
        { n: 50, marks: { women: ['p3'] } },
      ],
    });
    const r = count(s);
    assert.deepEqual(office(r, 'women').votes, { p3: 50 });
    assert.equal(r.voidBallots, 100);
  });

  test('§3.5: a blank ballot is valid, counted as collected and not void', () => {
    const r = count(scenario({ ballots: [{ n: 800, marks: {} }] }));
    assert.equal(r.valid, true);
    assert.equal(r.collected, 800);
    assert.equal(r.voidBallots, 0);
    assert.equal(office(r, 'member').unfilled, 3);
  });

  test('a streamed ballot with an unknown person comes back as an error naming the place', () => {
    const s = scenario({
      ballots: [
        { n: 1, marks: {} },
        { n: 1, marks: { vice: ['p99'] } },
      ],
    });
    const out = tally(s, ruleSet('national-2018'));
    assert.equal(out.ok, false);
    if (!out.ok) assert.equal(out.error.path, 'ballots[1].marks.vice[0]');
  });

  test('a streamed group with n = 0 is refused', () => {
    const out = tally(scenario({ ballots: [{ n: 0, marks: {} }] }), ruleSet('national-2018'));
    assert.equal(out.ok, false);
    if (!out.ok) assert.equal(out.error.path, 'ballots[0].n');
  });

  test('a user rule set changes the counting without code: overvoteScope from data', () => {
    const s = scenario({ ballots: [{ n: 500, marks: { chair: ['p1', 'p2'], vice: ['p3'] } }] });
    const r = count(s, ruleSet('national-2018', { overvoteScope: cited('ballot', 'E-6') }));
    assert.equal(r.voidBallots, 500);
  });
});
