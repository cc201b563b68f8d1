/**
 * A department's verdict on a nominee (联审意见), recorded by a county or township user on the
 * department's behalf: 通过, or 不通过 naming the condition item failed and a note. The nominee's
 * review status follows in the same transaction (status.ts). A nominee who has failed keeps their
 * verdicts: the slate has already moved on (B-5), so a failure cannot be taken back here.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { nominees, reviewVerdicts } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import type { NomineeRow } from '../committee-election.js';
import { findConditionItem, reviewSettingsOf } from './settings.js';
import { applyOutcome, isReviewee } from './status.js';

export interface VerdictInput {
  verdict: 'pass' | 'fail';
  /** required with 'fail': the condition item the nominee fails */
  conditionItemId?: string | undefined;
  note?: string | null | undefined;
  decidedOn: IsoDate;
}

/** The nominee in this village, locked for the verdict: refused when it is not under review. */
export async function revieweeForUpdate(tx: Tx, vr: VillageCtx, nomineeId: string): Promise<NomineeRow> {
  const [n] = await tx
    .select()
    .from(nominees)
    .where(
      and(
        eq(nominees.countyCode, vr.countyCode),
        eq(nominees.id, nomineeId),
        eq(nominees.roundId, vr.round.id),
        eq(nominees.villageCode, vr.villageCode),
      ),
    )
    .for('update');
  if (!n) throw notFound(`本村没有编号为 ${nomineeId} 的候选人`);
  if (!isReviewee(n))
    throw badRequest(`${n.name}不在联审范围内：只审查列入候选人（自荐人）名单的人员和另选他人当选的人员`);
  return n;
}

const FAILED_IS_FINAL = (name: string) =>
  `${name}已联审不通过，已按得票依次递补（D-9、B-5），联审意见不能再更改`;

export async function recordVerdict(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  nomineeId: string,
  departmentId: string,
  input: VerdictInput,
  today: IsoDate,
) {
  if (input.decidedOn > today) throw badRequest(`联审日期：${input.decidedOn}晚于今天（${today}）`);
  const note = input.note?.trim() || null;
  return db.transaction(async (tx) => {
    const settings = await reviewSettingsOf(tx, vr.round);
    const department = settings.departments.find((d) => d.id === departmentId);
    if (!department) throw badRequest(`联审部门：县换届办未将编号为 ${departmentId} 的部门列为联审部门`);
    const n = await revieweeForUpdate(tx, vr, nomineeId);
    if (n.reviewStatus === 'failed') throw conflict(FAILED_IS_FINAL(n.name));

    let condition: { listId: string; itemId: string; text: string } | null = null;
    if (input.verdict === 'fail') {
      if (!input.conditionItemId) throw badRequest('不符合的条件：不通过时须选择不符合的资格条件');
      const found = findConditionItem(settings, input.conditionItemId);
      if (!found) throw badRequest(`不符合的条件：联审条件中没有编号为 ${input.conditionItemId} 的条目`);
      if (!note) throw badRequest('说明：不通过时须写明具体情况');
      condition = {
        listId: found.list.id,
        itemId: found.item.id,
        text: `${found.list.title}：${found.item.text}`,
      };
    }

    const where = and(
      eq(reviewVerdicts.countyCode, vr.countyCode),
      eq(reviewVerdicts.nomineeId, n.id),
      eq(reviewVerdicts.departmentId, departmentId),
    );
    const [before] = await tx.select().from(reviewVerdicts).where(where);
    const values = {
      countyCode: vr.countyCode,
      nomineeId: n.id,
      departmentId,
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      departmentName: department.name,
      verdict: input.verdict,
      conditionListId: condition?.listId ?? null,
      conditionItemId: condition?.itemId ?? null,
      conditionText: condition?.text ?? null,
      note,
      decidedOn: input.decidedOn,
      recordedBy: actor.id,
      recordedByName: actor.name,
      recordedAt: new Date().toISOString(),
    };
    const [after] = before
      ? await tx.update(reviewVerdicts).set(values).where(where).returning()
      : await tx.insert(reviewVerdicts).values(values).returning();
    await appendAudit(tx, {
      actor,
      action: 'review.verdict',
      entity: 'nominee',
      entityId: n.id,
      regionCode: vr.villageCode,
      before: before ? { name: n.name, ...before } : null,
      after: { name: n.name, ...after },
    });
    const outcome = await applyOutcome(
      tx,
      actor,
      vr,
      n,
      settings.departments.map((d) => d.id),
      `${department.name}：${input.verdict === 'pass' ? '通过' : `不通过（${condition?.text}）`}`,
    );
    return { verdict: after!, nominee: { id: n.id, name: n.name, reviewStatus: outcome.status }, outcome };
  });
}

/** Takes back a verdict entered by mistake (the nominee waits on that department again). */
export async function withdrawVerdict(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  nomineeId: string,
  departmentId: string,
) {
  return db.transaction(async (tx) => {
    const settings = await reviewSettingsOf(tx, vr.round);
    const n = await revieweeForUpdate(tx, vr, nomineeId);
    if (n.reviewStatus === 'failed') throw conflict(FAILED_IS_FINAL(n.name));
    const where = and(
      eq(reviewVerdicts.countyCode, vr.countyCode),
      eq(reviewVerdicts.nomineeId, n.id),
      eq(reviewVerdicts.departmentId, departmentId),
    );
    const [before] = await tx.delete(reviewVerdicts).where(where).returning();
    if (!before) throw notFound(`${n.name}尚无该部门的联审意见`);
    await appendAudit(tx, {
      actor,
      action: 'review.verdict-withdraw',
      entity: 'nominee',
      entityId: n.id,
      regionCode: vr.villageCode,
      before: { name: n.name, ...before },
      after: null,
    });
    const outcome = await applyOutcome(
      tx,
      actor,
      vr,
      n,
      settings.departments.map((d) => d.id),
      `撤回${before.departmentName}的联审意见`,
    );
    return { nominee: { id: n.id, name: n.name, reviewStatus: outcome.status }, outcome };
  });
}
