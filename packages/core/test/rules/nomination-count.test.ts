import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkNominationBallot, type NominationEntry } from '../../src/rules/nomination.js';
import {
  checkNominationTurnout,
  nominationVotes,
  pickSlate,
  rankByVotes,
  slateSize,
} from '../../src/rules/nomination-count.js';
import { shippedSections } from '../../src/ruleset/sections/index.js';

const national = shippedSections['national-2018'].nomination;
const zhejiang = shippedSections['zhejiang-2020'].nomination;
const shanghai = shippedSections['shanghai-2020'].nomination;

describe('nomination turnout (D-5)', () => {
  test('more than half is needed: 2*ballots > voters', () => {
    assert.equal(checkNominationTurnout(100, 51).ok, true);
    const half = checkNominationTurnout(100, 50);
    assert.ok(!half.ok);
    assert.equal(half.error[0]!.rule, 'D-5');
    assert.match(half.error[0]!.reason, /至少应有51人/);
    assert.equal(checkNominationTurnout(7, 4).ok, true);
    assert.equal(checkNominationTurnout(7, 3).ok, false);
  });
});

describe('nomination votes and ranking', () => {
  test('votes per person per office; the same name twice for one office on one ballot is one vote', () => {
    const votes = nominationVotes([
      {
        counted: [
          { office: 'chair', nominee: 'a' },
          { office: 'chair', nominee: 'a' },
          { office: 'member', nominee: 'b' },
        ],
      },
      {
        counted: [
          { office: 'chair', nominee: 'a' },
          { office: 'member', nominee: 'a' },
        ],
      },
    ]);
    assert.equal(votes.get('chair')?.get('a'), 2);
    assert.equal(votes.get('member')?.get('a'), 1);
    assert.equal(votes.get('member')?.get('b'), 1);
  });

  test('D-4 zhejiang: a person named for two offices on one ballot counts for neither', () => {
    const entries: NominationEntry[] = [
      { office: 'chair', nominee: 'a' },
      { office: 'member', nominee: 'a' },
      { office: 'member', nominee: 'b' },
    ];
    const zj = checkNominationBallot(zhejiang, 5, entries);
    assert.ok(zj.ok);
    const votes = nominationVotes([zj.value]);
    assert.equal(votes.get('chair')?.get('a'), undefined);
    assert.equal(votes.get('member')?.get('b'), 1);
    const nat = checkNominationBallot(national, 5, entries);
    assert.ok(nat.ok);
    assert.equal(nominationVotes([nat.value]).get('chair')?.get('a'), 1);
  });

  test('ranks by votes, equal votes share a place', () => {
    const ranked = rankByVotes(
      new Map([
        ['c', 3],
        ['a', 5],
        ['b', 3],
        ['d', 1],
      ]),
    );
    assert.deepEqual(
      ranked.map((r) => [r.nominee, r.votes, r.rank]),
      [
        ['a', 5, 1],
        ['b', 3, 2],
        ['c', 3, 2],
        ['d', 1, 4],
      ],
    );
  });

  test('property: the ranking does not depend on the order the ballots were entered', () => {
    const entry = fc.record({
      office: fc.constantFrom('chair', 'vice', 'member'),
      nominee: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'),
    });
    const ballots = fc.array(fc.record({ counted: fc.array(entry, { maxLength: 5 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(
        ballots.chain((b) =>
          fc.tuple(fc.constant(b), fc.shuffledSubarray(b, { minLength: b.length, maxLength: b.length })),
        ),
        ([original, shuffled]) => {
          const rank = (bs: typeof original) => {
            const votes = nominationVotes(bs);
            return ['chair', 'vice', 'member'].map((o) => rankByVotes(votes.get(o) ?? new Map()));
          };
          assert.deepEqual(rank(shuffled), rank(original));
        },
      ),
    );
  });
});

describe('slate size and choice (D-2, D-6)', () => {
  test('the margin defaults to the range’s minimum and must lie in it', () => {
    const chair = { title: '主任', rank: 1 as const, seats: 1 };
    const member = { title: '委员', rank: 3 as const, seats: 3 };
    assert.deepEqual(slateSize(national, chair), { ok: true, value: { size: 2, margin: 1 } });
    assert.deepEqual(slateSize(zhejiang, member, 4), { ok: true, value: { size: 7, margin: 4 } });
    assert.deepEqual(slateSize(shanghai, member, 3), { ok: true, value: { size: 6, margin: 3 } });
    const over = slateSize(shanghai, member, 4);
    assert.ok(!over.ok);
    assert.equal(over.error[0]!.rule, 'D-6');
    assert.match(over.error[0]!.reason, /多1至3人/);
    assert.equal(slateSize(shanghai, chair, 2).ok, false);
    assert.equal(slateSize(national, chair, 0).ok, false, 'D-2: more candidates than seats');
  });

  test('takes the top nominees; a tie across the cut puts all tied on and says so', () => {
    const ranked = [
      { id: 'a', votes: 9 },
      { id: 'b', votes: 7 },
      { id: 'c', votes: 7 },
      { id: 'd', votes: 2 },
    ];
    assert.deepEqual(pickSlate(ranked, 1), { selected: ['a'], tiedAtCut: [] });
    assert.deepEqual(pickSlate(ranked, 2), { selected: ['a', 'b', 'c'], tiedAtCut: ['b', 'c'] });
    assert.deepEqual(pickSlate(ranked, 3), { selected: ['a', 'b', 'c'], tiedAtCut: [] });
    assert.deepEqual(pickSlate(ranked, 9), { selected: ['a', 'b', 'c', 'd'], tiedAtCut: [] });
  });
});
