/**
 * Reading recall requests (罢免要求, H-1), their signatures and the committee's members (body_members)
 * of one village's committee election.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import {
  bodyMembers,
  recallRequests,
  recallSignatures,
  representatives,
  voteRounds,
} from '../../db/schema.js';
import { notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';

export type RecallRequestRow = typeof recallRequests.$inferSelect;
export type RecallSignatureRow = typeof recallSignatures.$inferSelect;
export type BodyMemberRow = typeof bodyMembers.$inferSelect;

/** Requests still being handled: one at a time per member. */
export const OPEN_REQUEST_STATUSES = ['collecting', 'accepted', 'voting'] as const;

export async function requestsOf(db: Tx, vr: VillageCtx, electionId: string): Promise<RecallRequestRow[]> {
  return db
    .select()
    .from(recallRequests)
    .where(and(eq(recallRequests.countyCode, vr.countyCode), eq(recallRequests.electionId, electionId)))
    .orderBy(asc(recallRequests.createdAt));
}

/** One request of this village, refused with 404 when it belongs elsewhere. */
export async function requireRequest(
  db: Tx,
  vr: VillageCtx,
  id: string,
  lock = false,
): Promise<RecallRequestRow> {
  const q = db
    .select()
    .from(recallRequests)
    .where(
      and(
        eq(recallRequests.countyCode, vr.countyCode),
        eq(recallRequests.id, id),
        eq(recallRequests.roundId, vr.round.id),
        eq(recallRequests.villageCode, vr.villageCode),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound(`本村没有编号为 ${id} 的罢免要求`);
  return row;
}

export async function signaturesOf(db: Tx, vr: VillageCtx, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(recallSignatures)
    .where(
      and(
        eq(recallSignatures.countyCode, vr.countyCode),
        inArray(recallSignatures.requestId, [...requestIds]),
      ),
    )
    .orderBy(asc(recallSignatures.createdAt));
}

/** Everyone the election's confirmed results seated, serving or not. */
export async function membersOf(db: Tx, vr: VillageCtx, electionId: string): Promise<BodyMemberRow[]> {
  return db
    .select()
    .from(bodyMembers)
    .where(and(eq(bodyMembers.countyCode, vr.countyCode), eq(bodyMembers.electionId, electionId)))
    .orderBy(asc(bodyMembers.rank), asc(bodyMembers.since));
}

export async function memberRow(
  db: Tx,
  vr: VillageCtx,
  electionId: string,
  voterId: string,
  lock = false,
): Promise<BodyMemberRow | null> {
  const q = db
    .select()
    .from(bodyMembers)
    .where(
      and(
        eq(bodyMembers.countyCode, vr.countyCode),
        eq(bodyMembers.electionId, electionId),
        eq(bodyMembers.voterId, voterId),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** The village's representatives (村民代表) in this round, by voter id. */
export async function representativeIds(db: Tx, vr: VillageCtx): Promise<string[]> {
  const rows = await db
    .select({ voterId: representatives.voterId })
    .from(representatives)
    .where(
      and(
        eq(representatives.countyCode, vr.countyCode),
        eq(representatives.roundId, vr.round.id),
        eq(representatives.villageCode, vr.villageCode),
      ),
    );
  return [...new Set(rows.map((r) => r.voterId))];
}

/** The recall votes of these requests (a refused or re-held vote leaves the newest last). */
export async function recallVotes(db: Tx, vr: VillageCtx, requestIds: readonly string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(voteRounds)
    .where(
      and(eq(voteRounds.countyCode, vr.countyCode), inArray(voteRounds.recallRequestId, [...requestIds])),
    )
    .orderBy(asc(voteRounds.seq));
}
