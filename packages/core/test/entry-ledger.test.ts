import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { EnteredBallot } from '../src/count/entered-ballot.js';
import {
  addToTotals,
  ballotKey,
  compareEntrySets,
  type EntryRow,
  emptyTotals,
  foldEntries,
  groupBallots,
  groupRecallBallots,
  lastStandingSeq,
  runningTotals,
  undoRefusal,
} from '../src/count/entry-ledger.js';

const RUNS = { numRuns: 300 };
const marks = (m: Record<string, string[]>): EnteredBallot => ({ void: false, marks: m });
const VOID: EnteredBallot = { void: true };

const ballotArb: fc.Arbitrary<EnteredBallot> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(VOID) },
  {
    weight: 8,
    arbitrary: fc
      .record({
        chair: fc.subarray(['p1', 'p2', 'p3']),
        member: fc.subarray(['p3', 'p4', 'p5', 'p6']),
      })
      .map((m) => marks(m)),
  },
);

/** A ledger as a clerk makes it: ballots, and now and then an undo of the last ballot standing. */
const ledgerArb: fc.Arbitrary<{ rows: EntryRow[]; expected: EnteredBallot[] }> = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: ballotArb }, { weight: 1, arbitrary: fc.constant('undo' as const) }),
    {
      maxLength: 40,
    },
  )
  .map((actions) => {
    const rows: EntryRow[] = [];
    const standing: { seq: number; ballot: EnteredBallot }[] = [];
    actions.forEach((a, i) => {
      const seq = i + 1;
      if (a === 'undo') {
        const last = standing.pop();
        if (last) rows.push({ seq, kind: 'undo', undoes: last.seq });
      } else {
        rows.push({ seq, kind: 'ballot', ballot: a });
        standing.push({ seq, ballot: a });
      }
    });
    return { rows, expected: standing.map((s) => s.ballot) };
  });

/** The same ballot with each office's people in another order. */
function reordered(b: EnteredBallot): EnteredBallot {
  if (b.void || 'recall' in b) return b;
  return marks(Object.fromEntries(Object.entries(b.marks).map(([o, p]) => [o, [...p].reverse()])));
}

describe('entry ledger: folding undos', () => {
  test('an undo cancels the named ballot; the rest stay in reading order', () => {
    const rows: EntryRow[] = [
      { seq: 3, kind: 'ballot', ballot: marks({ chair: ['p2'] }) },
      { seq: 1, kind: 'ballot', ballot: marks({ chair: ['p1'] }) },
      { seq: 2, kind: 'ballot', ballot: VOID },
      { seq: 4, kind: 'undo', undoes: 2 },
    ];
    assert.deepEqual(
      foldEntries(rows).map((b) => b.seq),
      [1, 3],
    );
    assert.equal(lastStandingSeq(rows), 3);
    assert.equal(undoRefusal(rows, 2), 'already-undone');
    assert.equal(undoRefusal(rows, 4), 'not-a-ballot');
    assert.equal(undoRefusal(rows, 9), 'missing');
    assert.equal(undoRefusal(rows, 3), null);
  });

  test('an undo naming an undo cancels nothing', () => {
    const rows: EntryRow[] = [
      { seq: 1, kind: 'ballot', ballot: VOID },
      { seq: 2, kind: 'undo', undoes: 1 },
      { seq: 3, kind: 'undo', undoes: 2 },
    ];
    assert.deepEqual(foldEntries(rows), []);
    assert.equal(lastStandingSeq(rows), null);
  });

  test('property: folding gives exactly the ballots left standing, whatever order the rows come in', () => {
    fc.assert(
      fc.property(
        ledgerArb.chain((l) =>
          fc.shuffledSubarray(l.rows, { minLength: l.rows.length }).map((s) => ({ ...l, s })),
        ),
        ({ s, expected }) => {
          assert.deepEqual(
            foldEntries(s).map((b) => b.ballot),
            expected,
          );
        },
      ),
      RUNS,
    );
  });
});

describe('entry ledger: comparing two entries of a box', () => {
  test('the first position where they differ, with both ballots', () => {
    const a = [marks({ chair: ['p1'] }), marks({ chair: ['p1'] }), marks({ chair: ['p2'] })];
    const b = [marks({ chair: ['p1'] }), marks({ chair: ['p2'] }), marks({ chair: ['p2'] })];
    assert.deepEqual(compareEntrySets(a, b), {
      agree: false,
      position: 2,
      first: a[1],
      second: b[1],
      counts: [3, 3],
    });
    const short = compareEntrySets(a, a.slice(0, 2));
    assert.equal(short.agree, false);
    if (!short.agree) {
      assert.equal(short.position, 3);
      assert.equal(short.second, null);
    }
  });

  test('property: an entry agrees with itself read in any mark order, and a difference is the first one', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { maxLength: 30 }), fc.array(ballotArb, { maxLength: 30 }), (a, b) => {
        assert.deepEqual(compareEntrySets(a, a.map(reordered)), { agree: true, ballots: a.length });
        const c = compareEntrySets(a, b);
        if (c.agree) assert.deepEqual(a.map(ballotKey), b.map(ballotKey));
        else {
          const p = c.position - 1;
          assert.deepEqual(a.slice(0, p).map(ballotKey), b.slice(0, p).map(ballotKey));
          assert.ok(a[p] === undefined || b[p] === undefined || ballotKey(a[p]!) !== ballotKey(b[p]!));
        }
      }),
      RUNS,
    );
  });
});

describe('entry ledger: scenario groups', () => {
  test('identical ballots make one group; mark order and empty offices do not matter', () => {
    const groups = groupBallots([
      marks({ chair: ['p1'], member: ['p4', 'p3'] }),
      VOID,
      marks({ member: ['p3', 'p4'], chair: ['p1'], vice: [] }),
      marks({}),
      VOID,
    ]);
    assert.deepEqual(groups, [
      { n: 2, marks: { chair: ['p1'], member: ['p3', 'p4'] } },
      { n: 2, void: true },
      { n: 1, marks: {} },
    ]);
  });

  test('recall ballots group into yes, no and void', () => {
    assert.deepEqual(
      groupRecallBallots([
        { void: false, recall: 'yes' },
        { void: true },
        { void: false, recall: 'yes' },
        { void: false, recall: 'no' },
      ]),
      [
        { n: 2, recall: 'yes' },
        { n: 1, void: true },
        { n: 1, recall: 'no' },
      ],
    );
    assert.throws(() => groupBallots([{ void: false, recall: 'no' }]));
  });

  test('property: the groups hold every ballot once, whatever the reading order', () => {
    fc.assert(
      fc.property(
        fc
          .array(ballotArb, { maxLength: 40 })
          .chain((a) => fc.shuffledSubarray(a, { minLength: a.length }).map((s) => [a, s])),
        ([a, s]) => {
          const g = groupBallots(a!);
          assert.equal(
            g.reduce((n, x) => n + x.n, 0),
            a!.length,
          );
          const asMap = (gs: typeof g) =>
            new Map(
              gs.map((x) => [ballotKey(x.void ? VOID : marks(x.marks as Record<string, string[]>)), x.n]),
            );
          assert.deepEqual(asMap(groupBallots(s!)), asMap(g));
          assert.equal(
            new Set(g.map((x) => ballotKey(x.void ? VOID : marks(x.marks as Record<string, string[]>)))).size,
            g.length,
          );
        },
      ),
      RUNS,
    );
  });
});

describe('entry ledger: running totals', () => {
  test('marks as read per office and person, void, blank and ballots', () => {
    const t = runningTotals([
      marks({ chair: ['p1'], member: ['p3', 'p4', 'p5'] }),
      marks({ chair: ['p2'] }),
      marks({ chair: [] }),
      VOID,
    ]);
    assert.deepEqual(t, {
      ballots: 4,
      void: 1,
      blank: 1,
      offices: { chair: { p1: 1, p2: 1 }, member: { p3: 1, p4: 1, p5: 1 } },
      recall: { yes: 0, no: 0 },
    });
  });

  test('property: totals add up over any split, and taking ballots off again leaves nothing', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { maxLength: 30 }), fc.array(ballotArb, { maxLength: 30 }), (a, b) => {
        const whole = runningTotals([...a, ...b]);
        const t = runningTotals(a);
        for (const x of b) addToTotals(t, x);
        assert.deepEqual(t, whole);
        for (const x of b) addToTotals(t, x, -1);
        assert.deepEqual(t, runningTotals(a));
        for (const x of a) addToTotals(t, x, -1);
        assert.deepEqual(t, emptyTotals());
      }),
      RUNS,
    );
  });

  test('property: folding then totalling equals totalling what is left standing', () => {
    fc.assert(
      fc.property(ledgerArb, ({ rows, expected }) => {
        assert.deepEqual(runningTotals(foldEntries(rows).map((b) => b.ballot)), runningTotals(expected));
      }),
      RUNS,
    );
  });
});
