/**
 * Who is reviewed and what their verdicts make of them (D-9): every nominee on the slate (status
 * 'selected'), every self-nominee still standing, and everyone elected without having stood
 * (另选他人, source 'elected-write-in'). A nominee's reviewStatus is 'passed' only when every named
 * department passed them, 'failed' at the first failing verdict — then the slate is recomputed
 * (nomination's selectSlate moves the next person in the ranking up, B-5/D-9). A write-in is never
 * replaced: the vote is over, and issue 6 declares such an election void (D-9, 浙江 Art 32 ¶3).
 */
import { type DepartmentVerdict, type ReviewOutcome, reviewOutcome } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { nominees, reviewVerdicts } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import type { RoundRow } from '../../rounds/service.js';
import type { NomineeRow } from '../committee-election.js';
import { selectSlate } from '../nomination/slate.js';

export type VerdictRow = typeof reviewVerdicts.$inferSelect;

/** Whether the joint review looks at this nominee (a failed one stays on the page, with its verdicts). */
export function isReviewee(n: Pick<NomineeRow, 'status' | 'source' | 'reviewStatus'>): boolean {
  if (n.status === 'withdrawn' || n.status === 'declined') return false;
  if (n.reviewStatus === 'failed') return true;
  if (n.source === 'elected-write-in') return true;
  if (n.source === 'self-nomination') return n.status === 'nominated' || n.status === 'selected';
  return n.status === 'selected';
}

export function outcomeOf(departmentIds: readonly string[], verdicts: readonly VerdictRow[]): ReviewOutcome {
  return reviewOutcome(
    departmentIds,
    verdicts.map((v): DepartmentVerdict => ({ departmentId: v.departmentId, verdict: v.verdict })),
  );
}

export async function verdictsOf(
  db: Tx,
  countyCode: string,
  nomineeIds: readonly string[],
): Promise<Map<string, VerdictRow[]>> {
  const out = new Map<string, VerdictRow[]>();
  if (nomineeIds.length === 0) return out;
  const rows = await db
    .select()
    .from(reviewVerdicts)
    .where(
      and(eq(reviewVerdicts.countyCode, countyCode), inArray(reviewVerdicts.nomineeId, [...nomineeIds])),
    );
  for (const r of rows) out.set(r.nomineeId, [...(out.get(r.nomineeId) ?? []), r]);
  return out;
}

async function saveStatus(
  tx: Tx,
  actor: Actor,
  n: NomineeRow,
  outcome: ReviewOutcome,
  why: string,
): Promise<void> {
  await tx
    .update(nominees)
    .set({ reviewStatus: outcome.status, updatedAt: new Date().toISOString() })
    .where(and(eq(nominees.countyCode, n.countyCode), eq(nominees.id, n.id)));
  await appendAudit(tx, {
    actor,
    action: 'review.status',
    entity: 'nominee',
    entityId: n.id,
    regionCode: n.villageCode,
    before: { name: n.name, office: n.office, reviewStatus: n.reviewStatus },
    after: {
      name: n.name,
      office: n.office,
      reviewStatus: outcome.status,
      why,
      failedBy: outcome.failedBy,
      waitingOn: outcome.waitingOn,
    },
  });
}

/**
 * Brings one nominee's reviewStatus in line with its verdicts, in the caller's transaction; on a
 * failure of a nominee who stood, recomputes the slate. Returns the outcome.
 */
export async function applyOutcome(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  n: NomineeRow,
  departmentIds: readonly string[],
  why: string,
): Promise<ReviewOutcome> {
  const verdicts = (await verdictsOf(tx, vr.countyCode, [n.id])).get(n.id) ?? [];
  const outcome = outcomeOf(departmentIds, verdicts);
  if (outcome.status === n.reviewStatus) return outcome;
  await saveStatus(tx, actor, n, outcome, why);
  if (outcome.status === 'failed' && n.source !== 'elected-write-in') {
    await selectSlate(tx, actor, vr, n.electionId);
  }
  return outcome;
}

/**
 * After the county changes its departments: every nominee of the round not failed is judged again
 * (one added department makes the passed wait for it; one removed may let the waiting pass).
 * Returns how many statuses changed.
 */
export async function recomputeRound(
  tx: Tx,
  actor: Actor,
  round: Pick<RoundRow, 'countyCode' | 'id'>,
  departmentIds: readonly string[],
): Promise<number> {
  const rows = (
    await tx
      .select()
      .from(nominees)
      .where(and(eq(nominees.countyCode, round.countyCode), eq(nominees.roundId, round.id)))
      .for('update')
  ).filter((n) => isReviewee(n) && n.reviewStatus !== 'failed');
  const verdicts = await verdictsOf(
    tx,
    round.countyCode,
    rows.map((n) => n.id),
  );
  let changed = 0;
  for (const n of rows) {
    const outcome = outcomeOf(departmentIds, verdicts.get(n.id) ?? []);
    // A failing verdict fails a nominee the moment it is recorded, so none is found here.
    if (outcome.status === n.reviewStatus || outcome.status === 'failed') continue;
    await saveStatus(tx, actor, n, outcome, '县换届办调整了联审部门');
    changed++;
  }
  return changed;
}
