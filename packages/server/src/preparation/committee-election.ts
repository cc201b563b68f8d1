/**
 * What every before-polling-day area starts from: the village's committee election in the round
 * (村民委员会 or 居民委员会; the newest attempt when it was re-run), its seat plan and its nominees.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { elections, nominees, seatPlans } from '../db/schema.js';
import { badRequest } from '../http/errors.js';
import type { VillageCtx } from '../registration/village.js';

export type ElectionRow = typeof elections.$inferSelect;
export type SeatPlanRow = typeof seatPlans.$inferSelect;
export type NomineeRow = typeof nominees.$inferSelect;

export async function committeeElection(db: Tx, vr: VillageCtx): Promise<ElectionRow> {
  const [row] = await db
    .select()
    .from(elections)
    .where(
      and(
        eq(elections.countyCode, vr.countyCode),
        eq(elections.roundId, vr.round.id),
        eq(elections.villageCode, vr.villageCode),
        inArray(elections.kind, ['village-committee', 'residents-committee']),
      ),
    )
    .orderBy(desc(elections.attempt))
    .limit(1);
  if (!row) throw badRequest('本村在本次换届中没有村（居）民委员会选举');
  return row;
}

export async function seatPlanOf(db: Tx, vr: VillageCtx, electionId: string): Promise<SeatPlanRow | null> {
  const [row] = await db
    .select()
    .from(seatPlans)
    .where(and(eq(seatPlans.countyCode, vr.countyCode), eq(seatPlans.electionId, electionId)));
  return row ?? null;
}

/** The approved plan, or a Chinese refusal naming what is missing. */
export async function requireApprovedSeatPlan(
  db: Tx,
  vr: VillageCtx,
  electionId: string,
): Promise<SeatPlanRow> {
  const plan = await seatPlanOf(db, vr, electionId);
  if (!plan) throw badRequest('本村尚未制定职数方案：请先在“职数方案”页制定并报乡镇审核');
  if (plan.status !== 'approved') throw badRequest('本村职数方案尚未经乡镇审核同意');
  return plan;
}

export async function nomineesOf(db: Tx, vr: VillageCtx, electionId: string): Promise<NomineeRow[]> {
  return db
    .select()
    .from(nominees)
    .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, electionId)));
}

/** 正式候选人 (or, in a self-nomination election, a qualified 自荐人): on the slate and through the review. */
export function isFormalCandidate(n: Pick<NomineeRow, 'status' | 'reviewStatus'>): boolean {
  return n.status === 'selected' && n.reviewStatus === 'passed';
}

/** Who counts as standing for the election committee's recusal (C2-2, C2-6) and staff recusal (E-9). */
export function isStanding(n: Pick<NomineeRow, 'status'>): boolean {
  return n.status === 'nominated' || n.status === 'selected';
}
