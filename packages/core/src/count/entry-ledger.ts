/**
 * The ballots of one box as a clerk entered them (唱票录入), from the append-only ledger of entry rows:
 * folding undos into the current ballots in reading order, comparing two clerks' entries of the same
 * box (the first position where they differ), grouping identical ballots into scenario `BallotGroup`s,
 * and running totals per office and person for the projector. Over-votes and the other ballot rules
 * are the engine's (tally-spec §3): here a ballot is counted exactly as it was read.
 */
import type { BallotGroup, Marks, RecallBallotGroup } from '../scenario/types.js';
import type { EnteredBallot } from './entered-ballot.js';

/** One row of a box's entry set: a ballot as read, or the undo of an earlier ballot (by its seq). */
export type EntryRow =
  | { readonly seq: number; readonly kind: 'ballot'; readonly ballot: EnteredBallot }
  | { readonly seq: number; readonly kind: 'undo'; readonly undoes: number };

/** A ballot still standing in the entry set, with the seq it was entered under. */
export interface LedgerBallot {
  readonly seq: number;
  readonly ballot: EnteredBallot;
}

/**
 * The entry set's current ballots in reading order (by seq). An undo cancels the ballot it names;
 * an undo naming anything else (a missing seq, another undo, a ballot already undone) cancels
 * nothing: the edge refuses such rows before they are written (`undoRefusal`).
 */
export function foldEntries(rows: Iterable<EntryRow>): LedgerBallot[] {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const ballots = new Map<number, EnteredBallot>();
  const cancelled = new Set<number>();
  for (const r of sorted) if (r.kind === 'ballot') ballots.set(r.seq, r.ballot);
  for (const r of sorted) if (r.kind === 'undo' && ballots.has(r.undoes)) cancelled.add(r.undoes);
  const out: LedgerBallot[] = [];
  for (const r of sorted)
    if (r.kind === 'ballot' && !cancelled.has(r.seq)) out.push({ seq: r.seq, ballot: r.ballot });
  return out;
}

export type UndoRefusal = 'missing' | 'not-a-ballot' | 'already-undone';

/** Why an undo of `undoes` may not be written into this entry set, or null when it may. */
export function undoRefusal(rows: Iterable<EntryRow>, undoes: number): UndoRefusal | null {
  let target: EntryRow | undefined;
  let undone = false;
  for (const r of rows) {
    if (r.seq === undoes) target = r;
    if (r.kind === 'undo' && r.undoes === undoes) undone = true;
  }
  if (!target) return 'missing';
  if (target.kind !== 'ballot') return 'not-a-ballot';
  return undone ? 'already-undone' : null;
}

/** The seq an 撤销上一张 would cancel: the last ballot still standing, or null when none is. */
export function lastStandingSeq(rows: Iterable<EntryRow>): number | null {
  const standing = foldEntries(rows);
  return standing.length === 0 ? null : standing[standing.length - 1]!.seq;
}

/** The marks with empty offices dropped and each office's people sorted: order on paper is no difference. */
export function canonicalMarks(marks: Marks): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const office of Object.keys(marks).sort()) {
    const people = marks[office] ?? [];
    if (people.length > 0) out[office] = [...people].sort();
  }
  return out;
}

/** A key equal for two ballots exactly when they read the same (marks compared as sets per office). */
export function ballotKey(b: EnteredBallot): string {
  if (b.void) return 'void';
  if ('recall' in b) return `recall:${b.recall}`;
  return `marks:${JSON.stringify(canonicalMarks(b.marks))}`;
}

export function sameBallot(a: EnteredBallot, b: EnteredBallot): boolean {
  return ballotKey(a) === ballotKey(b);
}

/** Whether a ballot is blank: not void, no recall answer, nobody marked. */
export function isBlankBallot(b: EnteredBallot): boolean {
  return !b.void && !('recall' in b) && Object.values(b.marks).every((p) => p.length === 0);
}

export type EntryComparison =
  | { readonly agree: true; readonly ballots: number }
  | {
      readonly agree: false;
      /** 1-based position in reading order of the first difference */
      readonly position: number;
      /** the ballot each set has there; null when that set has ended */
      readonly first: EnteredBallot | null;
      readonly second: EnteredBallot | null;
      readonly counts: readonly [number, number];
    };

/** Two entries of one box: agreeing ballot by ballot in reading order, or where they first differ. */
export function compareEntrySets(
  first: readonly EnteredBallot[],
  second: readonly EnteredBallot[],
): EntryComparison {
  const n = Math.max(first.length, second.length);
  for (let i = 0; i < n; i++) {
    const a = first[i] ?? null;
    const b = second[i] ?? null;
    if (a === null || b === null || !sameBallot(a, b))
      return { agree: false, position: i + 1, first: a, second: b, counts: [first.length, second.length] };
  }
  return { agree: true, ballots: first.length };
}

/** Identical election ballots as scenario groups, in the order each first appears (void ones too). */
export function groupBallots(ballots: Iterable<EnteredBallot>): BallotGroup[] {
  const groups = new Map<string, { n: number; marks: Record<string, string[]> | null }>();
  for (const b of ballots) {
    if (!b.void && 'recall' in b) throw new Error('groupBallots: a recall ballot in an election');
    const key = ballotKey(b);
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { n: 1, marks: b.void ? null : canonicalMarks(b.marks) });
  }
  return [...groups.values()].map((g) =>
    g.marks === null ? { n: g.n, void: true } : { n: g.n, marks: g.marks },
  );
}

/** Recall ballots as scenario groups: yes, no and void, in the order each first appears. */
export function groupRecallBallots(ballots: Iterable<EnteredBallot>): RecallBallotGroup[] {
  const counts = new Map<'yes' | 'no' | 'void', number>();
  for (const b of ballots) {
    let key: 'yes' | 'no' | 'void';
    if (b.void) key = 'void';
    else if ('recall' in b) key = b.recall;
    else throw new Error('groupRecallBallots: an election ballot in a recall vote');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (k === 'void' ? { n, void: true } : { n, recall: k }));
}

/** What has been read so far: every mark as read (office → person → marks), void, blank and recall ballots. */
export interface RunningTotals {
  ballots: number;
  void: number;
  blank: number;
  offices: Record<string, Record<string, number>>;
  recall: { yes: number; no: number };
}

export function emptyTotals(): RunningTotals {
  return { ballots: 0, void: 0, blank: 0, offices: {}, recall: { yes: 0, no: 0 } };
}

/**
 * Adds a ballot to the totals (`sign` -1 takes an undone one off again), in place. Returns the
 * [office, person] pairs whose totals changed; a person's total that falls to 0 is removed.
 */
export function addToTotals(t: RunningTotals, b: EnteredBallot, sign: 1 | -1 = 1): [string, string][] {
  t.ballots += sign;
  if (b.void) {
    t.void += sign;
    return [];
  }
  if ('recall' in b) {
    t.recall[b.recall] += sign;
    return [];
  }
  if (isBlankBallot(b)) t.blank += sign;
  const changed: [string, string][] = [];
  for (const [office, people] of Object.entries(b.marks)) {
    const votes = t.offices[office] ?? {};
    t.offices[office] = votes;
    for (const p of new Set(people)) {
      const v = (votes[p] ?? 0) + sign;
      if (v === 0) delete votes[p];
      else votes[p] = v;
      changed.push([office, p]);
    }
    if (Object.keys(votes).length === 0) delete t.offices[office];
  }
  return changed;
}

export function runningTotals(ballots: Iterable<EnteredBallot>): RunningTotals {
  const t = emptyTotals();
  for (const b of ballots) addToTotals(t, b);
  return t;
}
