/**
 * What ballot entry needs to know about a vote that never changes once it is opened: its village,
 * kind, offices and the people on its ballot; and the election's boxes (polling places). Kept in
 * memory per database so a ballot's entry costs one statement; the vote's status and each box's
 * clerk and closing are never cached (the insert itself checks them).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { pollingPlaces, type VoteCandidate, type VoteOffice, voteRounds } from '../../db/schema.js';
import { notFound } from '../../http/errors.js';

export interface BoxPlace {
  id: string;
  name: string;
  kind: 'central' | 'station' | 'mobile';
}

export interface VoteMeta {
  countyCode: string;
  id: string;
  roundId: string;
  villageCode: string;
  electionId: string;
  kind: (typeof voteRounds.$inferSelect)['kind'];
  countMode: 'ballots' | 'sheets';
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  /** office id → voter ids on the ballot for it */
  onBallot: Map<string, Set<string>>;
  /** the election's polling places, in the plan's order */
  places: BoxPlace[];
}

const caches = new WeakMap<object, Map<string, VoteMeta>>();

function cacheOf(db: Tx): Map<string, VoteMeta> {
  let c = caches.get(db);
  if (!c) {
    c = new Map();
    caches.set(db, c);
  }
  return c;
}

async function placesOf(db: Tx, countyCode: string, electionId: string): Promise<BoxPlace[]> {
  return db
    .select({ id: pollingPlaces.id, name: pollingPlaces.name, kind: pollingPlaces.kind })
    .from(pollingPlaces)
    .where(and(eq(pollingPlaces.countyCode, countyCode), eq(pollingPlaces.electionId, electionId)))
    .orderBy(asc(pollingPlaces.sortOrder), asc(pollingPlaces.createdAt));
}

async function load(db: Tx, countyCode: string, voteId: string): Promise<VoteMeta | null> {
  const [v] = await db
    .select()
    .from(voteRounds)
    .where(and(eq(voteRounds.countyCode, countyCode), eq(voteRounds.id, voteId)));
  if (!v) return null;
  const onBallot = new Map<string, Set<string>>();
  for (const c of v.candidates) {
    if (!onBallot.has(c.office)) onBallot.set(c.office, new Set());
    onBallot.get(c.office)!.add(c.voterId);
  }
  return {
    countyCode: v.countyCode,
    id: v.id,
    roundId: v.roundId,
    villageCode: v.villageCode,
    electionId: v.electionId,
    kind: v.kind,
    countMode: v.countMode,
    offices: v.offices,
    candidates: v.candidates,
    onBallot,
    places: await placesOf(db, v.countyCode, v.electionId),
  };
}

/** The vote of this round and village (404 otherwise), from memory after the first time. */
export async function voteMeta(
  db: Tx,
  where: { roundId: string; villageCode: string },
  voteId: string,
): Promise<VoteMeta> {
  const countyCode = where.villageCode.slice(0, 6);
  const cache = cacheOf(db);
  let meta = cache.get(voteId);
  if (!meta) {
    const loaded = await load(db, countyCode, voteId);
    if (loaded) cache.set(voteId, loaded);
    meta = loaded ?? undefined;
  }
  if (!meta || meta.roundId !== where.roundId || meta.villageCode !== where.villageCode)
    throw notFound(`本村没有编号为 ${voteId} 的投票`);
  return meta;
}

/** The box (polling place) of this vote's election; the list is read again once before a refusal. */
export async function boxPlace(db: Tx, meta: VoteMeta, placeId: string): Promise<BoxPlace> {
  let place = meta.places.find((p) => p.id === placeId);
  if (!place) {
    meta.places = await placesOf(db, meta.countyCode, meta.electionId);
    place = meta.places.find((p) => p.id === placeId);
  }
  if (!place) throw notFound(`本次选举没有这个票箱（投票站）：${placeId}`);
  return place;
}
