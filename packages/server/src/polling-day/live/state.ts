/**
 * The projector's running totals of a vote, kept in memory: built from the database the first time
 * someone watches or enters, then updated by each committed entry or undo (idempotent by seq, so a
 * replayed request or an entry seen by the build changes nothing twice), and rebuilt when a box is
 * closed, reopened or a set accepted. Only each box's counted entry set (set 1, or the set the
 * committee accepted) goes into the totals: the hall sees what is read; a second entry shows as
 * progress. Changes are sent to watchers as one `delta` per 50 ms.
 */
import {
  addToTotals,
  type EnteredBallot,
  type EntryRow,
  emptyTotals,
  type RunningTotals,
} from '@huanjie/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { ballotIssues, countBoxes, type VoteOffice, voteRounds, voters } from '../../db/schema.js';
import { entryRowOf, voteRows } from '../entry/rows.js';
import type { VoteMeta } from '../entry/vote-meta.js';
import { VOTE_KIND_LABELS } from '../votes.js';
import { publish, subscribe } from './hub.js';

interface SetLive {
  ballots: Map<number, EnteredBallot>;
  undone: Set<number>;
  standing: number;
  rows: number;
  closed: boolean;
}

interface BoxLive {
  placeId: string;
  name: string;
  counted: 1 | 2;
  issued: number;
  sets: [SetLive, SetLive];
}

export interface BoxProgress {
  placeId: string;
  name: string;
  /** ballots standing in entry set 1 and 2 */
  entered: [number, number];
  closed: [boolean, boolean];
  /** the entry set the projector counts */
  counted: 1 | 2;
  issued: number;
}

interface VoteLive {
  meta: VoteMeta;
  status: string;
  totals: RunningTotals;
  boxes: Map<string, BoxLive>;
  /** names of people marked who are not on the ballot (另选他人) */
  names: Map<string, string>;
  pending: { people: Set<string>; boxes: Set<string>; names: Set<string>; timer: NodeJS.Timeout | null };
}

export interface LiveSnapshot {
  type: 'snapshot';
  vote: { id: string; kind: string; kindLabel: string; status: string; countMode: string };
  offices: VoteOffice[];
  candidates: { voterId: string; name: string; office: string }[];
  names: Record<string, string>;
  totals: RunningTotals;
  issued: number;
  boxes: BoxProgress[];
  /** a second entry is running on some box (it does not count on the screen) */
  secondEntry: boolean;
}

export interface LiveDelta {
  type: 'delta';
  ballots: number;
  void: number;
  blank: number;
  recall: { yes: number; no: number };
  /** [office, person, votes now] */
  votes: [string, string, number][];
  names: Record<string, string>;
  boxes: BoxProgress[];
  secondEntry: boolean;
}

const FLUSH_MS = 50;
const states = new Map<string, Promise<VoteLive>>();

const newSet = (): SetLive => ({
  ballots: new Map(),
  undone: new Set(),
  standing: 0,
  rows: 0,
  closed: false,
});

function boxOf(s: VoteLive, placeId: string): BoxLive {
  let b = s.boxes.get(placeId);
  if (!b) {
    const name = s.meta.places.find((p) => p.id === placeId)?.name ?? placeId;
    b = { placeId, name, counted: 1, issued: 0, sets: [newSet(), newSet()] };
    s.boxes.set(placeId, b);
  }
  return b;
}

/** Applies one row; returns the [office, person] pairs whose totals changed (null: nothing changed). */
function apply(s: VoteLive, placeId: string, entrySet: 1 | 2, row: EntryRow): [string, string][] | null {
  const box = boxOf(s, placeId);
  const set = box.sets[entrySet - 1]!;
  const counts = box.counted === entrySet;
  if (row.kind === 'ballot') {
    if (set.ballots.has(row.seq)) return null;
    set.rows++;
    set.ballots.set(row.seq, row.ballot);
    if (set.undone.has(row.seq)) return [];
    set.standing++;
    return counts ? addToTotals(s.totals, row.ballot) : [];
  }
  if (set.undone.has(row.undoes)) return null;
  set.rows++;
  set.undone.add(row.undoes);
  const target = set.ballots.get(row.undoes);
  if (!target) return [];
  set.standing--;
  return counts ? addToTotals(s.totals, target, -1) : [];
}

function progress(b: BoxLive): BoxProgress {
  return {
    placeId: b.placeId,
    name: b.name,
    entered: [b.sets[0].standing, b.sets[1].standing],
    closed: [b.sets[0].closed, b.sets[1].closed],
    counted: b.counted,
    issued: b.issued,
  };
}

const secondEntry = (s: VoteLive) =>
  [...s.boxes.values()].some((b) => b.sets[1].rows > 0 && !b.sets[1].closed);

async function namesOf(db: Tx, meta: VoteMeta, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: voters.id, name: voters.name })
    .from(voters)
    .where(
      and(eq(voters.countyCode, meta.countyCode), eq(voters.roundId, meta.roundId), inArray(voters.id, ids)),
    );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** People marked in the totals who are not on the ballot and have no name yet. */
function unnamed(s: VoteLive, people: Iterable<string>): string[] {
  const onBallot = new Set(s.meta.candidates.map((c) => c.voterId));
  return [...new Set(people)].filter((p) => !onBallot.has(p) && !s.names.has(p));
}

async function build(db: Tx, meta: VoteMeta): Promise<VoteLive> {
  const [[vote], boxes, rows, issued] = await Promise.all([
    db
      .select({ status: voteRounds.status })
      .from(voteRounds)
      .where(and(eq(voteRounds.countyCode, meta.countyCode), eq(voteRounds.id, meta.id))),
    db
      .select()
      .from(countBoxes)
      .where(and(eq(countBoxes.countyCode, meta.countyCode), eq(countBoxes.voteRoundId, meta.id))),
    voteRows(db, meta.countyCode, meta.id),
    db
      .select({ placeId: ballotIssues.placeId, n: sql<number>`count(*)::int` })
      .from(ballotIssues)
      .where(and(eq(ballotIssues.countyCode, meta.countyCode), eq(ballotIssues.voteRoundId, meta.id)))
      .groupBy(ballotIssues.placeId),
  ]);
  const s: VoteLive = {
    meta,
    status: vote?.status ?? 'polling',
    totals: emptyTotals(),
    boxes: new Map(),
    names: new Map(),
    pending: { people: new Set(), boxes: new Set(), names: new Set(), timer: null },
  };
  for (const p of meta.places) boxOf(s, p.id);
  for (const b of boxes) {
    const box = boxOf(s, b.placeId);
    box.counted = b.acceptedSet === 2 ? 2 : 1;
    box.sets[0].closed = b.closed1At !== null;
    box.sets[1].closed = b.closed2At !== null;
  }
  for (const i of issued) boxOf(s, i.placeId).issued = i.n;
  for (const r of rows) apply(s, r.placeId, r.entrySet as 1 | 2, entryRowOf(r));
  s.names = await namesOf(
    db,
    meta,
    unnamed(
      s,
      Object.values(s.totals.offices).flatMap((v) => Object.keys(v)),
    ),
  );
  return s;
}

function stateOf(db: Tx, meta: VoteMeta): Promise<VoteLive> {
  let p = states.get(meta.id);
  if (!p) {
    followStatus(db, meta);
    p = build(db, meta);
    states.set(meta.id, p);
    // a failed build is forgotten so the next caller tries again
    p.catch(() => {
      if (states.get(meta.id) === p) states.delete(meta.id);
    });
  }
  return p;
}

export function snapshotOf(s: VoteLive): LiveSnapshot {
  const issued = [...s.boxes.values()].reduce((n, b) => n + b.issued, 0);
  return {
    type: 'snapshot',
    vote: {
      id: s.meta.id,
      kind: s.meta.kind,
      kindLabel: VOTE_KIND_LABELS[s.meta.kind],
      status: s.status,
      countMode: s.meta.countMode,
    },
    offices: s.meta.offices,
    candidates: s.meta.candidates.map((c) => ({ voterId: c.voterId, name: c.name, office: c.office })),
    names: Object.fromEntries(s.names),
    totals: structuredClone(s.totals),
    issued,
    boxes: [...s.boxes.values()].map(progress),
    secondEntry: secondEntry(s),
  };
}

/** The vote's totals now, built from the database if nobody asked before. */
export async function liveSnapshot(db: Tx, meta: VoteMeta): Promise<LiveSnapshot> {
  return snapshotOf(await stateOf(db, meta));
}

function flush(s: VoteLive): void {
  const { people, boxes, names } = s.pending;
  s.pending.timer = null;
  const votes: [string, string, number][] = [...people].map((k) => {
    const [office, person] = k.split('\u0000') as [string, string];
    return [office, person, s.totals.offices[office]?.[person] ?? 0];
  });
  const delta: LiveDelta = {
    type: 'delta',
    ballots: s.totals.ballots,
    void: s.totals.void,
    blank: s.totals.blank,
    recall: { ...s.totals.recall },
    votes,
    names: Object.fromEntries([...names].map((id) => [id, s.names.get(id) ?? id])),
    boxes: [...boxes].map((id) => progress(s.boxes.get(id)!)),
    secondEntry: secondEntry(s),
  };
  people.clear();
  boxes.clear();
  names.clear();
  publish(s.meta.id, delta);
}

/**
 * A committed entry or undo of a box's entry set: the totals and the box's progress follow, and
 * watchers get it in the next delta. Call it after the row is committed.
 */
export async function entryCommitted(
  db: Tx,
  meta: VoteMeta,
  placeId: string,
  entrySet: 1 | 2,
  row: EntryRow,
): Promise<void> {
  const s = await stateOf(db, meta);
  const changed = apply(s, placeId, entrySet, row);
  if (changed === null) return;
  const missing = unnamed(
    s,
    changed.map(([, p]) => p),
  );
  if (missing.length > 0) {
    for (const [id, name] of await namesOf(db, meta, missing)) s.names.set(id, name);
    for (const id of missing) s.pending.names.add(id);
  }
  for (const [office, person] of changed) s.pending.people.add(`${office}\u0000${person}`);
  s.pending.boxes.add(placeId);
  schedule(s);
}

/** Watchers get what changed within the next FLUSH_MS as one delta. */
function schedule(s: VoteLive): void {
  if (s.pending.timer) return;
  s.pending.timer = setTimeout(() => flush(s), FLUSH_MS);
  s.pending.timer.unref();
}

async function rebuild(db: Tx, meta: VoteMeta): Promise<void> {
  const old = states.get(meta.id);
  states.delete(meta.id);
  if (old) {
    const s = await old.catch(() => null);
    if (s?.pending.timer) clearTimeout(s.pending.timer);
  }
  publish(meta.id, await liveSnapshot(db, meta));
}

/** Rebuilds not started yet, per vote: a second request before one starts is served by it. */
const queued = new Map<string, Promise<void>>();

/**
 * A box was closed, reopened or a set accepted, or the vote's status changed: the totals are
 * rebuilt from the database and every watcher gets a new snapshot.
 */
export function refreshLive(db: Tx, meta: VoteMeta): Promise<void> {
  const waiting = queued.get(meta.id);
  if (waiting) return waiting;
  const p = (async () => {
    await Promise.resolve();
    queued.delete(meta.id);
    await rebuild(db, meta);
  })();
  queued.set(meta.id, p);
  return p;
}

const statusListeners = new Set<string>();

/**
 * Check-in and the result publish `{ type: 'status' }` (the screens then get a fresh snapshot) and
 * check-in `{ type: 'turnout', placeId, change }` (ballots issued at a place: the projector's 发出).
 */
function followStatus(db: Tx, meta: VoteMeta): void {
  if (statusListeners.has(meta.id)) return;
  statusListeners.add(meta.id);
  subscribe(meta.id, (e) => {
    if (e.type === 'status') refreshLive(db, meta).catch(() => {});
    if (e.type === 'turnout') {
      const { placeId, change } = e as unknown as { placeId: string; change: number };
      states
        .get(meta.id)
        ?.then((st) => {
          boxOf(st, placeId).issued += change;
          st.pending.boxes.add(placeId);
          schedule(st);
        })
        .catch(() => {});
    }
  });
}
