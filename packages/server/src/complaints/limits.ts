/**
 * Complaint time limits: voter-list objections take the rule set's B-3 days; every other category the
 * county's own days (complaint_limits) or the rule set's default (seed-requirements §8.7).
 */
import {
  type ComplaintCategory,
  type ComplaintLimit,
  type CountyComplaintDays,
  complaintLimit,
  complaintLimits,
  getRuleSet,
} from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { complaintLimits as limitsTable } from '../db/schema.js';
import { badRequest } from '../http/errors.js';
import type { RoundRow } from '../rounds/service.js';

export function calendarOf(round: RoundRow) {
  const rs = getRuleSet(round.rulesetId);
  if (!rs) throw badRequest(`规则集 ${round.rulesetId} 不存在`);
  return rs.calendar;
}

export async function countyDays(db: Tx, round: RoundRow): Promise<CountyComplaintDays> {
  const rows = await db
    .select()
    .from(limitsTable)
    .where(and(eq(limitsTable.countyCode, round.countyCode), eq(limitsTable.roundId, round.id)));
  return Object.fromEntries(rows.map((r) => [r.category, r.days]));
}

export async function limitsOf(db: Tx, round: RoundRow): Promise<ComplaintLimit[]> {
  return complaintLimits(calendarOf(round), await countyDays(db, round));
}

export async function limitOf(db: Tx, round: RoundRow, category: ComplaintCategory): Promise<ComplaintLimit> {
  return complaintLimit(calendarOf(round), category, await countyDays(db, round));
}

/** The county sets its own days for a category, or (days null) goes back to the rule set's. */
export async function setCountyLimit(
  db: Db,
  actor: Actor,
  round: RoundRow,
  category: ComplaintCategory,
  days: number | null,
): Promise<ComplaintLimit[]> {
  if (!complaintLimit(calendarOf(round), category).countyMaySet)
    throw badRequest('办理时限：选民名单异议的处理期限由法律规定（B-3），不能另行设定');
  await db.transaction(async (tx) => {
    const key = and(
      eq(limitsTable.countyCode, round.countyCode),
      eq(limitsTable.roundId, round.id),
      eq(limitsTable.category, category),
    );
    const [before] = await tx.select().from(limitsTable).where(key);
    let after: unknown = null;
    if (days === null) await tx.delete(limitsTable).where(key);
    else {
      const values = {
        countyCode: round.countyCode,
        roundId: round.id,
        category,
        days,
        setBy: actor.id,
        updatedAt: new Date().toISOString(),
      };
      [after] = await tx
        .insert(limitsTable)
        .values(values)
        .onConflictDoUpdate({
          target: [limitsTable.countyCode, limitsTable.roundId, limitsTable.category],
          set: { days, setBy: actor.id, updatedAt: values.updatedAt },
        })
        .returning();
    }
    await appendAudit(tx, {
      actor,
      action: 'complaint.limit-set',
      entity: 'complaint-limit',
      entityId: `${round.id}:${category}`,
      regionCode: round.countyCode,
      before: before ?? null,
      after,
    });
  });
  return limitsOf(db, round);
}
