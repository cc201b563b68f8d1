/**
 * The slate (正式候选人 before the review's verdicts): which nominees stand, recomputed from the ranking
 * whenever it may have changed — after the count, a two-office confirmation, a withdrawal (B-5) or a
 * failed joint review (D-9). In a direct nomination each office takes the top seats + margin (D-2, D-6)
 * of those still eligible (not withdrawn, not declined, review not failed); in a self-nomination
 * election every valid self-nominee stands (D-8). A nominee who moves up into a place left by someone
 * who dropped out records whom it replaces (依次补足, B-5).
 */
import { pickSlate, slateSize } from '@huanjie/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { nominationCounts, nominees, type PlannedOffice } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { type NomineeRow, requireApprovedSeatPlan } from '../committee-election.js';

type Status = NomineeRow['status'];

/** Still in the running: not withdrawn, not declined, and the joint review has not failed them. */
export function isEligible(n: Pick<NomineeRow, 'status' | 'reviewStatus'>): boolean {
  return n.status !== 'withdrawn' && n.status !== 'declined' && n.reviewStatus !== 'failed';
}

/** Ranking order within an office: most votes first, then the count's rank, then the id (stable). */
export function byRanking(a: NomineeRow, b: NomineeRow): number {
  return (
    (b.nominationVotes ?? 0) - (a.nominationVotes ?? 0) ||
    (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export async function countOf(tx: Tx, vr: VillageCtx, electionId: string) {
  const [row] = await tx
    .select()
    .from(nominationCounts)
    .where(and(eq(nominationCounts.countyCode, vr.countyCode), eq(nominationCounts.electionId, electionId)));
  return row ?? null;
}

/**
 * Seats + margin of an office. A saved margin the rule set no longer allows (the round's rule set
 * changed) falls back to the range's minimum; the page shows the margin check's violation.
 */
export function slateSizeOf(vr: VillageCtx, office: PlannedOffice, margin: number | undefined): number {
  const fixed = slateSize(vr.ruleSet.nomination, office, margin);
  if (fixed.ok) return fixed.value.size;
  const least = slateSize(vr.ruleSet.nomination, office);
  return least.ok ? least.value.size : office.seats + 1;
}

interface Change {
  row: NomineeRow;
  status: Status;
  replacesId: string | null;
}

function desiredStatuses(
  rows: readonly NomineeRow[],
  plan: Awaited<ReturnType<typeof requireApprovedSeatPlan>>,
  vr: VillageCtx,
  margins: Record<string, number>,
): Map<string, Status> {
  const want = new Map<string, Status>();
  if (plan.nominationMode === 'self') {
    for (const n of rows) {
      if (n.source !== 'self-nomination' || n.status === 'withdrawn' || n.status === 'declined') continue;
      want.set(n.id, n.reviewStatus === 'failed' ? 'not-selected' : 'selected');
    }
    return want;
  }
  for (const office of plan.offices) {
    const ofOffice = rows.filter((n) => n.office === office.id && n.source === 'nomination');
    const eligible = ofOffice.filter(isEligible).sort(byRanking);
    const size = slateSizeOf(vr, office, margins[office.id]);
    const chosen = new Set(
      pickSlate(
        eligible.map((n) => ({ id: n.id, votes: n.nominationVotes ?? 0 })),
        size,
      ).selected,
    );
    for (const n of ofOffice) {
      if (n.status === 'withdrawn' || n.status === 'declined') continue;
      want.set(n.id, chosen.has(n.id) ? 'selected' : 'not-selected');
    }
  }
  return want;
}

/**
 * (Re)computes the slate of a committee election and saves what changed, audited in the caller's
 * transaction. Nothing happens in a direct nomination before its count.
 */
export async function selectSlate(tx: Tx, actor: Actor, vr: VillageCtx, electionId: string): Promise<void> {
  const plan = await requireApprovedSeatPlan(tx, vr, electionId);
  const count = plan.nominationMode === 'direct' ? await countOf(tx, vr, electionId) : null;
  if (plan.nominationMode === 'direct' && !count?.countedOn) return;
  const rows = await tx
    .select()
    .from(nominees)
    .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, electionId)))
    .orderBy(asc(nominees.id))
    .for('update');
  const want = desiredStatuses(rows, plan, vr, count?.margins ?? {});

  const changes: Change[] = [];
  for (const office of plan.offices) {
    const ofOffice = rows.filter((n) => n.office === office.id);
    // Places left on the slate: on it and no longer eligible, or withdrawn from it, not yet replaced.
    const replaced = new Set(rows.map((n) => n.replacesId).filter((id): id is string => id !== null));
    const vacated = ofOffice
      .filter(
        (n) =>
          !replaced.has(n.id) &&
          ((n.status === 'selected' && want.get(n.id) === 'not-selected' && !isEligible(n)) ||
            (n.status === 'withdrawn' && n.source === 'nomination')),
      )
      .sort(byRanking);
    const movingUp = ofOffice
      .filter((n) => n.status === 'not-selected' && want.get(n.id) === 'selected')
      .sort(byRanking);
    for (const n of ofOffice) {
      const status = want.get(n.id);
      if (status === undefined || status === n.status) continue;
      const up = movingUp.indexOf(n);
      const replacesId = up >= 0 && plan.nominationMode === 'direct' ? (vacated[up]?.id ?? null) : null;
      changes.push({ row: n, status, replacesId });
    }
  }
  if (changes.length === 0) return;

  const now = new Date().toISOString();
  for (const c of changes) {
    await tx
      .update(nominees)
      .set({ status: c.status, ...(c.replacesId !== null && { replacesId: c.replacesId }), updatedAt: now })
      .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.id, c.row.id)));
  }
  const names = new Map(rows.map((n) => [n.id, n.name]));
  const brief = (c: Change, status: Status) => ({
    id: c.row.id,
    name: c.row.name,
    office: c.row.office,
    status,
    ...(c.replacesId !== null &&
      status === c.status && { replaces: names.get(c.replacesId) ?? c.replacesId }),
  });
  await appendAudit(tx, {
    actor,
    action: 'nomination.slate',
    entity: 'election',
    entityId: electionId,
    regionCode: vr.villageCode,
    before: changes.map((c) => brief(c, c.row.status)),
    after: changes.map((c) => brief(c, c.status)),
  });
}
