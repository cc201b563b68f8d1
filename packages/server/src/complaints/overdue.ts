/**
 * The overdue check. There is no timer: it runs whenever the complaint list or the notices are read
 * (and on `POST …/complaints/check-overdue`), so it is cheap and idempotent. A complaint still open or
 * being handled after its last day is escalated to the county once (the row's `escalated_at` is set by
 * the one update that finds it unset) with one notice; one due within COMPLAINT_DUE_SOON_DAYS reminds
 * its township once. `today` and `now` come from the route: the service never reads the clock.
 */
import { addDays, COMPLAINT_DUE_SOON_DAYS, type IsoDate } from '@huanjie/core';
import { and, eq, gte, inArray, isNull, like, lt, lte } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db } from '../db/connect.js';
import { complaints, notifications } from '../db/schema.js';
import { notify } from '../notifications/service.js';
import { complaintNumber, escalationNotice } from './service.js';

export const OVERDUE_ACTOR = { ...SYSTEM_ACTOR, name: '系统（逾期检查）' };

export interface OverdueScope {
  countyCode: string;
  /** one round, or every round of the county */
  roundId?: string;
  /** only complaints about villages under this code */
  area?: string;
}

export async function checkOverdue(
  db: Db,
  scope: OverdueScope,
  today: IsoDate,
  now: Date,
): Promise<{ escalated: number; reminded: number }> {
  const where = and(
    eq(complaints.countyCode, scope.countyCode),
    scope.roundId ? eq(complaints.roundId, scope.roundId) : undefined,
    scope.area ? like(complaints.villageCode, `${scope.area}%`) : undefined,
    inArray(complaints.status, ['open', 'handling']),
    isNull(complaints.escalatedAt),
  );
  const [late, soon] = await Promise.all([
    db
      .select({ id: complaints.id })
      .from(complaints)
      .where(and(where, lt(complaints.dueOn, today))),
    db
      .select()
      .from(complaints)
      .where(
        and(
          where,
          gte(complaints.dueOn, today),
          lte(complaints.dueOn, addDays(today, COMPLAINT_DUE_SOON_DAYS)),
        ),
      ),
  ]);
  let escalated = 0;
  for (const { id } of late) {
    const done = await db.transaction(async (tx) => {
      const [after] = await tx
        .update(complaints)
        .set({ escalatedTo: scope.countyCode, escalatedAt: now.toISOString(), updatedAt: now.toISOString() })
        .where(
          and(
            eq(complaints.countyCode, scope.countyCode),
            eq(complaints.id, id),
            isNull(complaints.escalatedAt),
          ),
        )
        .returning();
      if (!after) return false; // another check got there first
      const note = `逾期未办结（应于${after.dueOn}前办结），系统自动上报`;
      await appendAudit(
        tx,
        {
          actor: OVERDUE_ACTOR,
          action: 'complaint.escalate',
          entity: 'complaint',
          entityId: id,
          regionCode: after.villageCode,
          before: { ...after, escalatedTo: null, escalatedAt: null },
          after: { ...after, note },
        },
        now,
      );
      await notify(tx, escalationNotice(after, scope.countyCode, 'complaint-overdue', note));
      return true;
    });
    if (done) escalated += 1;
  }
  let reminded = 0;
  if (soon.length > 0) {
    const keys = soon.map((c) => `complaint-due-soon:${c.id}`);
    const seen = new Set(
      (
        await db
          .select({ key: notifications.dedupeKey })
          .from(notifications)
          .where(and(eq(notifications.countyCode, scope.countyCode), inArray(notifications.dedupeKey, keys)))
      ).map((r) => r.key),
    );
    for (const c of soon) {
      if (seen.has(`complaint-due-soon:${c.id}`)) continue;
      const made = await notify(db, {
        countyCode: scope.countyCode,
        regionCode: c.villageCode.slice(0, 9),
        villageCode: c.villageCode,
        kind: 'complaint-due-soon',
        title: `信访件 ${complaintNumber(c)} 将于${c.dueOn}到期`,
        body: `${c.handlerName ? `承办人${c.handlerName}，` : '尚未交办，'}请于${c.dueOn}前答复信访人。反映问题：${c.summary.slice(0, 80)}`,
        link: `/rounds/${c.roundId}/areas/${c.villageCode.slice(0, 9)}/complaints?open=${c.id}`,
        dedupeKey: `complaint-due-soon:${c.id}`,
      });
      if (made) reminded += 1;
    }
  }
  return { escalated, reminded };
}
