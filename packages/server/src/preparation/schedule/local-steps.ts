/**
 * Local steps (本地步骤): a county or township office adds steps of its own work plan to the
 * schedules of its villages in a round (离任经济责任审计, 培训, 公示, …), each N days before election
 * day or within N days after it. They are marked done by hand in each village, like any step.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { scheduleLocalSteps, scheduleSteps } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { RoundRow } from '../../rounds/service.js';

export type LocalStepRow = typeof scheduleLocalSteps.$inferSelect;

export const LOCAL_PREFIX = 'local:';

export interface LocalStepInput {
  title: string;
  anchor: 'before' | 'after';
  days: number;
  basis: string;
}

/** The round's local steps; with `within`, those that apply to some village under that code. */
export async function localSteps(db: Tx, round: RoundRow, within?: string): Promise<LocalStepRow[]> {
  const rows = await db
    .select()
    .from(scheduleLocalSteps)
    .where(and(eq(scheduleLocalSteps.countyCode, round.countyCode), eq(scheduleLocalSteps.roundId, round.id)))
    .orderBy(asc(scheduleLocalSteps.createdAt));
  if (within === undefined) return rows;
  return rows.filter((s) => s.regionCode.startsWith(within) || within.startsWith(s.regionCode));
}

/** Whether the local step applies to this village (it lies under the office that added it). */
export function appliesTo(step: Pick<LocalStepRow, 'regionCode'>, villageCode: string): boolean {
  return villageCode.startsWith(step.regionCode);
}

export async function getLocalStep(db: Tx, round: RoundRow, id: string): Promise<LocalStepRow> {
  const [row] = await db
    .select()
    .from(scheduleLocalSteps)
    .where(
      and(
        eq(scheduleLocalSteps.countyCode, round.countyCode),
        eq(scheduleLocalSteps.roundId, round.id),
        eq(scheduleLocalSteps.id, id),
      ),
    );
  if (!row) throw notFound(`本地步骤 ${id} 不存在`);
  return row;
}

function checkInput(input: LocalStepInput) {
  if (input.anchor === 'before' && input.days < 1) throw badRequest('天数：选举日前的步骤至少为选举日前1日');
}

/** The office's area must be a county or township the round covers. */
function checkArea(round: RoundRow, regionCode: string) {
  if (regionCode.length !== 6 && regionCode.length !== 9)
    throw badRequest('区域：本地步骤由县或乡镇换届办添加，区域应为县或乡镇代码');
  if (!regionCode.startsWith(round.regionCode) && !round.regionCode.startsWith(regionCode))
    throw badRequest(`区域：${regionCode} 不在换届「${round.name}」的范围内`);
}

export async function addLocalStep(
  db: Db,
  actor: Actor,
  round: RoundRow,
  regionCode: string,
  input: LocalStepInput,
): Promise<LocalStepRow> {
  checkArea(round, regionCode);
  checkInput(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(scheduleLocalSteps)
      .values({
        countyCode: round.countyCode,
        id: `${LOCAL_PREFIX}${randomUUID()}`,
        roundId: round.id,
        regionCode,
        ...input,
        createdBy: actor.id,
        createdByName: actor.name,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'schedule.local-step.add',
      entity: 'local-step',
      entityId: row!.id,
      regionCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

export async function updateLocalStep(
  db: Db,
  actor: Actor,
  before: LocalStepRow,
  input: LocalStepInput,
): Promise<LocalStepRow> {
  checkInput(input);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(scheduleLocalSteps)
      .set({ ...input, updatedAt: sql`now()` })
      .where(and(eq(scheduleLocalSteps.countyCode, before.countyCode), eq(scheduleLocalSteps.id, before.id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'schedule.local-step.update',
      entity: 'local-step',
      entityId: before.id,
      regionCode: before.regionCode,
      before,
      after,
    });
    return after!;
  });
}

/** Deletes the step and the villages' records of it; both are kept in the audit trail. */
export async function deleteLocalStep(db: Db, actor: Actor, before: LocalStepRow): Promise<void> {
  await db.transaction(async (tx) => {
    const records = await tx
      .delete(scheduleSteps)
      .where(
        and(
          eq(scheduleSteps.countyCode, before.countyCode),
          eq(scheduleSteps.roundId, before.roundId),
          eq(scheduleSteps.stepId, before.id),
        ),
      )
      .returning();
    await tx
      .delete(scheduleLocalSteps)
      .where(and(eq(scheduleLocalSteps.countyCode, before.countyCode), eq(scheduleLocalSteps.id, before.id)));
    await appendAudit(tx, {
      actor,
      action: 'schedule.local-step.delete',
      entity: 'local-step',
      entityId: before.id,
      regionCode: before.regionCode,
      before: { ...before, records },
      after: null,
    });
  });
}
