/**
 * The county's targets for a round's statistics (一肩挑 ≥ 90%, 交叉任职 ≥ 85% …, seed-requirements §9.2),
 * in basis points. Setting them replaces the whole list in one transaction, audited with the list
 * before and after.
 */
import { INDICATORS, type IndicatorId } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db } from '../db/connect.js';
import { statTargets } from '../db/schema.js';
import type { RoundRow } from '../rounds/service.js';
import { targetRows } from './service.js';

export interface TargetInput {
  indicator: IndicatorId;
  targetBp: number;
}

/** Every indicator with its target (null when the county set none). */
export async function targetList(db: Db, round: RoundRow) {
  const rows = await targetRows(db, round);
  return INDICATORS.map((i) => {
    const row = rows.find((r) => r.indicator === i.id);
    return {
      indicator: i.id,
      label: i.label,
      targetBp: row?.targetBp ?? null,
      setBy: row?.setBy ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

export async function setTargets(db: Db, actor: Actor, round: RoundRow, targets: readonly TargetInput[]) {
  await db.transaction(async (tx) => {
    const where = and(eq(statTargets.countyCode, round.countyCode), eq(statTargets.roundId, round.id));
    const before = await tx
      .select({ indicator: statTargets.indicator, targetBp: statTargets.targetBp })
      .from(statTargets)
      .where(where)
      .for('update');
    await tx.delete(statTargets).where(where);
    if (targets.length > 0)
      await tx.insert(statTargets).values(
        targets.map((t) => ({
          countyCode: round.countyCode,
          roundId: round.id,
          indicator: t.indicator,
          targetBp: t.targetBp,
          setBy: actor.name,
        })),
      );
    const order = (a: { indicator: string }, b: { indicator: string }) =>
      a.indicator < b.indicator ? -1 : 1;
    await appendAudit(tx, {
      actor,
      action: 'statistics.targets-set',
      entity: 'stat-targets',
      entityId: round.id,
      regionCode: round.countyCode,
      before: [...before].sort(order),
      after: targets.map((t) => ({ indicator: t.indicator, targetBp: t.targetBp })).sort(order),
    });
  });
  return targetList(db, round);
}
