/**
 * Marks a schedule step done. The acts that complete a step (publishing the voter list, the
 * candidate list, the polling plan, …) call this inside their own transaction, so the schedule
 * can never say a step is open when its document was published, nor the reverse.
 *
 * A repeated act keeps the step's first date: the list republished with 补登/除名, or the candidate
 * list re-posted after a back-fill (B-5), does not make a step that met its deadline late. A manual
 * record replaces the previous one (a corrected date). Every change is audited.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { scheduleSteps } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';

export type StepRecordRow = typeof scheduleSteps.$inferSelect;

export interface StepDone {
  /** core's StepId or a local step's id ('local:…') */
  stepId: string;
  doneOn: string;
  /** 'manual' or the act's audit action, e.g. 'candidate-list.publish' */
  source: string;
  note?: string | null;
  /** 'not-needed': nothing to do in this village (recorded by hand, with a note) */
  outcome?: 'done' | 'not-needed';
  /**
   * With a record already there: 'earliest' keeps the earlier date, 'replace' overwrites.
   * Default: 'replace' for manual records, 'earliest' for acts.
   */
  keep?: 'earliest' | 'replace';
}

function stepWhere(vr: VillageCtx, stepId: string) {
  return and(
    eq(scheduleSteps.countyCode, vr.countyCode),
    eq(scheduleSteps.roundId, vr.round.id),
    eq(scheduleSteps.villageCode, vr.villageCode),
    eq(scheduleSteps.stepId, stepId),
  );
}

export async function stepRecord(tx: Tx, vr: VillageCtx, stepId: string): Promise<StepRecordRow | null> {
  const [row] = await tx.select().from(scheduleSteps).where(stepWhere(vr, stepId)).for('update');
  return row ?? null;
}

export async function recordStepDone(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  step: StepDone,
): Promise<StepRecordRow> {
  const before = await stepRecord(tx, vr, step.stepId);
  const keep = step.keep ?? (step.source === 'manual' ? 'replace' : 'earliest');
  if (before && keep === 'earliest' && before.outcome === 'done' && before.doneOn <= step.doneOn) {
    return before;
  }
  const values = {
    countyCode: vr.countyCode,
    roundId: vr.round.id,
    villageCode: vr.villageCode,
    stepId: step.stepId,
    doneOn: step.doneOn,
    doneBy: actor.id,
    doneByName: actor.name,
    source: step.source,
    note: step.note ?? null,
    outcome: step.outcome ?? 'done',
  };
  const [after] = before
    ? await tx
        .update(scheduleSteps)
        .set({ ...values, updatedAt: sql`now()` })
        .where(stepWhere(vr, step.stepId))
        .returning()
    : await tx.insert(scheduleSteps).values(values).returning();
  await appendAudit(tx, {
    actor,
    action: 'schedule.step-done',
    entity: 'schedule-step',
    entityId: `${vr.round.id}/${vr.villageCode}/${step.stepId}`,
    regionCode: vr.villageCode,
    before,
    after: after ?? null,
  });
  return after!;
}

/**
 * Removes a step's record: a mistaken manual record undone, or a step an act reopens (an objection
 * received after all the others were decided). Audited with `action`; returns what was removed.
 */
export async function clearStepDone(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  stepId: string,
  action: 'schedule.step-undone' | 'schedule.step-reopened',
  reason?: string,
): Promise<StepRecordRow | null> {
  const before = await stepRecord(tx, vr, stepId);
  if (!before) return null;
  await tx.delete(scheduleSteps).where(stepWhere(vr, stepId));
  await appendAudit(tx, {
    actor,
    action,
    entity: 'schedule-step',
    entityId: `${vr.round.id}/${vr.villageCode}/${stepId}`,
    regionCode: vr.villageCode,
    before,
    after: reason ? { reason } : null,
  });
  return before;
}
