import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SHIPPED_RULESET_IDS } from '../src/ruleset/ids.js';
import { getRuleSet } from '../src/ruleset/registry.js';
import { meets } from '../src/ruleset/threshold.js';
import type { BallotGroup, ElectionScenario, Marks, Office, Person } from '../src/scenario/types.js';
import type { ElectionResult } from '../src/tally/result-types.js';
import { count } from './tally-fixtures.js';

const RUNS = { numRuns: 300 };

interface Generated {
  readonly scenario: ElectionScenario;
  readonly groups: BallotGroup[];
}

const officesArb: fc.Arbitrary<Office[]> = fc
  .array(
    fc.record({
      seats: fc.integer({ min: 1, max: 3 }),
      rank: fc.integer({ min: 1, max: 3 }),
      women: fc.boolean(),
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((list) =>
    list.map((o, i) => ({
      id: `o${i}`,
      title: `职务${i}`,
      seats: o.seats,
      rank: o.rank,
      womenOnly: o.women && i > 0,
    })),
  );

/** Scenarios without kin relations: the kinship rule is tested by example elsewhere. */
function scenarioArb(ruleset: fc.Arbitrary<string>): fc.Arbitrary<Generated> {
  return fc
    .record({
      ruleset,
      offices: officesArb,
      sexes: fc.array(fc.constantFrom<'M' | 'F'>('M', 'F'), { minLength: 2, maxLength: 7 }),
      slack: fc.integer({ min: 0, max: 15 }),
      absent: fc.integer({ min: 0, max: 80 }),
    })
    .chain(({ ruleset, offices, sexes, slack, absent }) => {
      const people: Person[] = sexes.map((sex, i) => ({
        id: `p${i + 1}`,
        name: `村民${i + 1}`,
        sex,
        relations: [],
      }));
      const ids = people.map((p) => p.id);
      const marks = fc.record(
        Object.fromEntries(
          offices.map((o) => [
            o.id,
            fc.shuffledSubarray(ids, { minLength: 0, maxLength: Math.min(ids.length, o.seats + 1) }),
          ]),
        ),
        { requiredKeys: [] },
      ) as fc.Arbitrary<Marks>;
      const group: fc.Arbitrary<BallotGroup> = fc.oneof(
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => ({ n, void: true as const })) },
        { weight: 8, arbitrary: fc.record({ n: fc.integer({ min: 1, max: 30 }), marks }) },
      );
      return fc.array(group, { minLength: 1, maxLength: 12 }).map((groups) => {
        const collected = groups.reduce((s, g) => s + g.n, 0);
        const voted = collected + slack;
        const scenario: ElectionScenario = {
          format: 'huanjie-scenario/1',
          name: '性质测试',
          ruleset,
          body: 'village-committee',
          round: 'first',
          registered: voted * 2 - 1 + absent,
          voted,
          issued: voted,
          offices,
          people,
          electedBefore: [],
          ballots: groups,
        };
        return { scenario, groups };
      });
    });
}

const anyRuleSet = fc.constantFrom(...SHIPPED_RULESET_IDS);
const electedIn = (r: ElectionResult) => new Set(r.offices.flatMap((o) => o.elected));

describe('tally properties (fast-check)', () => {
  test('F-2: nobody is elected below the first-round threshold', () => {
    fc.assert(
      fc.property(scenarioArb(anyRuleSet), ({ scenario }) => {
        const r = count(scenario);
        const quota = getRuleSet(scenario.ruleset)!.tally.firstRoundQuota.value;
        for (const o of r.offices) {
          for (const p of o.elected) assert.ok(meets(quota, o.votes[p] ?? 0, r.voted), `${o.id}: ${p}`);
        }
      }),
      RUNS,
    );
  });

  test('no office elects more than its seats; elected + waiting + unfilled = seats', () => {
    fc.assert(
      fc.property(scenarioArb(anyRuleSet), ({ scenario }) => {
        const r = count(scenario);
        r.offices.forEach((o, i) => {
          const seats = scenario.offices[i]!.seats;
          assert.ok(o.elected.length <= seats);
          assert.equal(o.elected.length + (o.tieRevote?.seats ?? 0) + o.unfilled, seats);
        });
      }),
      RUNS,
    );
  });

  test('ballot order and grouping (splitting or merging groups) never change the result', () => {
    fc.assert(
      fc.property(
        scenarioArb(anyRuleSet),
        fc.infiniteStream(fc.integer({ min: 0, max: 1_000_000 })),
        ({ scenario, groups }, rnd) => {
          const reference = count(scenario);
          const split = groups.flatMap((g) => {
            if (g.n === 1) return [g];
            const first = 1 + (rnd.next().value % (g.n - 1));
            return [
              { ...g, n: first },
              { ...g, n: g.n - first },
            ];
          });
          const shuffled = split
            .map((g) => ({ g, key: rnd.next().value }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.g);
          assert.deepEqual(count({ ...scenario, ballots: shuffled }), reference);
          const merged = new Map<string, BallotGroup>();
          for (const g of groups) {
            const key = JSON.stringify(g.void === true ? 'void' : g.marks);
            const seen = merged.get(key);
            merged.set(key, seen ? { ...seen, n: seen.n + g.n } : g);
          }
          assert.deepEqual(count({ ...scenario, ballots: [...merged.values()] }), reference);
          // a generator streams them just as well
          const stream = function* () {
            yield* groups;
          };
          assert.deepEqual(count({ ...scenario, ballots: stream() }), reference);
        },
      ),
      RUNS,
    );
  });

  test('adding void ballots never elects anyone new', () => {
    // crossOffice=void-ballot: nobody can win two offices in a first round, so raising the
    // threshold only ever removes winners
    const voidBallotSets = fc.constantFrom(...SHIPPED_RULESET_IDS.filter((id) => id !== 'henan-2011'));
    fc.assert(
      fc.property(scenarioArb(voidBallotSets), fc.integer({ min: 1, max: 50 }), ({ scenario, groups }, k) => {
        const first = count(scenario);
        // from a valid vote: added voters could otherwise lift an invalid vote over F-1
        fc.pre(first.valid);
        const before = electedIn(first);
        const after = count({
          ...scenario,
          voted: scenario.voted + k,
          issued: scenario.issued + k,
          ballots: [...groups, { n: k, void: true }],
        });
        for (const p of electedIn(after)) assert.ok(before.has(p), `${p} newly elected`);
      }),
      RUNS,
    );
  });

  test('a vote that is not valid elects nobody', () => {
    fc.assert(
      fc.property(scenarioArb(anyRuleSet), fc.integer({ min: 0, max: 3 }), ({ scenario }, short) => {
        // too few voters for F-1, or more ballots than voters for E-4
        const turnout = count({ ...scenario, registered: scenario.voted * 2 + short });
        const over = count({
          ...scenario,
          voted: scenario.voted - 1 - short,
          issued: scenario.voted - 1 - short,
        });
        for (const r of [turnout, over]) {
          assert.equal(r.valid, false);
          assert.equal(electedIn(r).size, 0);
          assert.ok(
            r.offices.every((o, i) => o.unfilled === scenario.offices[i]!.seats && o.tieRevote === null),
          );
        }
      }),
      RUNS,
    );
  });

  test('nobody is both elected and waiting for a tie revote; runoff candidates are never elected', () => {
    fc.assert(
      fc.property(scenarioArb(anyRuleSet), ({ scenario }) => {
        const r = count(scenario);
        const elected = electedIn(r);
        for (const o of r.offices) for (const p of o.tieRevote?.people ?? []) assert.ok(!elected.has(p));
        for (const list of Object.values(r.runoffCandidates ?? {}))
          for (const p of list) assert.ok(!elected.has(p));
      }),
      RUNS,
    );
  });
});
