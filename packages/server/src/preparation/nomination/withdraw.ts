/**
 * A candidate's withdrawal (B-5): a nominee on the slate (a formal candidate, or a self-nominee) who
 * no longer wishes to stand says so in writing by the rule set's deadline (Zhejiang: E−3; Henan:
 * within 3 days of the candidate list); a later withdrawal is refused with the rule. In a direct
 * nomination the place is filled from the nomination ranking (按得票多少依次补足, slate.ts), and the
 * nominee who moves up records whom it replaces.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { nominees } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { requireElectionDay } from '../../registration/election-day.js';
import type { VillageCtx } from '../../registration/village.js';
import { uniqueRules } from '../../registration/violation-text.js';
import { committeeElection, type NomineeRow } from '../committee-election.js';
import { villageSchedule } from '../schedule/service.js';
import { selectSlate } from './slate.js';

export interface WithdrawalDeadline {
  /** last day a withdrawal is on time; null while it cannot be known (the candidate list not yet fixed) */
  due: string | null;
  rule: string;
  basis: string;
}

/** The schedule's 'candidate-withdrawal' step, or null when the rule set sets no deadline (national law). */
export async function withdrawalDeadline(
  tx: Tx,
  vr: VillageCtx,
  today: IsoDate,
): Promise<WithdrawalDeadline | null> {
  if (vr.ruleSet.calendar.withdrawal.value === null || !vr.electionDay) return null;
  const schedule = await villageSchedule(tx, vr, today);
  const step = schedule.steps.find((s) => s.id === 'candidate-withdrawal');
  if (!step) return null;
  return { due: step.due, rule: uniqueRules(step.rule), basis: step.basis };
}

export interface WithdrawInput {
  withdrawnOn: IsoDate;
  /** what the written statement says (书面退出申请) */
  reason: string;
}

export async function withdrawNominee(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  nomineeId: string,
  input: WithdrawInput,
  today: IsoDate,
): Promise<{ withdrawn: NomineeRow; backfilled: NomineeRow[] }> {
  if (input.withdrawnOn > today) throw badRequest(`退出日期：${input.withdrawnOn}晚于今天（${today}）`);
  const electionDay = requireElectionDay(vr);
  if (input.withdrawnOn >= electionDay)
    throw badRequest(`退出日期：选举日（${electionDay}）当天及以后不能再退出`);
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    const [row] = await tx
      .select()
      .from(nominees)
      .where(
        and(
          eq(nominees.countyCode, vr.countyCode),
          eq(nominees.electionId, election.id),
          eq(nominees.id, nomineeId),
        ),
      )
      .for('update');
    if (!row) throw notFound(`本村没有编号为 ${nomineeId} 的被提名人`);
    if (row.status === 'withdrawn') throw conflict(`退出：${row.name}已于${row.withdrawnOn}退出`);
    if (row.status !== 'selected')
      throw badRequest(
        `退出：${row.name}不是正式候选人${row.source === 'self-nomination' ? '或自荐人' : ''}，无须办理退出`,
      );
    if (row.appliedOn && input.withdrawnOn < row.appliedOn)
      throw badRequest(`退出日期：不能早于自荐报名日期（${row.appliedOn}）`);
    const deadline = await withdrawalDeadline(tx, vr, today);
    if (deadline?.due && input.withdrawnOn > deadline.due) {
      throw badRequest(
        `退出日期：正式候选人不愿接受提名的，应当在${deadline.basis}（${deadline.due}）前以书面形式提出，${input.withdrawnOn}已超过期限（${deadline.rule}）`,
      );
    }
    const [withdrawn] = await tx
      .update(nominees)
      .set({
        status: 'withdrawn',
        withdrawnOn: input.withdrawnOn,
        withdrawnReason: input.reason,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.id, row.id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.withdraw',
      entity: 'nominee',
      entityId: row.id,
      regionCode: vr.villageCode,
      before: row,
      after: withdrawn,
    });
    await selectSlate(tx, actor, vr, election.id);
    const backfilled = await tx
      .select()
      .from(nominees)
      .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.replacesId, row.id)));
    return { withdrawn: withdrawn!, backfilled };
  });
}
