/**
 * Marks a schedule step done. The acts that complete a step (publishing the voter list, the
 * candidate list, the polling plan, …) call this inside their own transaction, so the schedule
 * can never say a step is open when its document was published, nor the reverse.
 * The newest record of a step wins (a republication moves its date), and each is audited.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { scheduleSteps } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';

export interface StepDone {
  /** core's StepId or a local step's id */
  stepId: string;
  doneOn: string;
  /** 'manual' or the act's audit action, e.g. 'candidate-list.publish' */
  source: string;
  note?: string | null;
}

export async function recordStepDone(tx: Tx, actor: Actor, vr: VillageCtx, step: StepDone): Promise<void> {
  const [before] = await tx
    .select()
    .from(scheduleSteps)
    .where(
      sql`${scheduleSteps.countyCode} = ${vr.countyCode} and ${scheduleSteps.roundId} = ${vr.round.id}
        and ${scheduleSteps.villageCode} = ${vr.villageCode} and ${scheduleSteps.stepId} = ${step.stepId}`,
    );
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
  };
  const [after] = await tx
    .insert(scheduleSteps)
    .values(values)
    .onConflictDoUpdate({
      target: [
        scheduleSteps.countyCode,
        scheduleSteps.roundId,
        scheduleSteps.villageCode,
        scheduleSteps.stepId,
      ],
      set: { ...values, updatedAt: sql`now()` },
    })
    .returning();
  await appendAudit(tx, {
    actor,
    action: 'schedule.step-done',
    entity: 'schedule-step',
    entityId: `${vr.round.id}/${vr.villageCode}/${step.stepId}`,
    regionCode: vr.villageCode,
    before: before ?? null,
    after: after ?? null,
  });
}
