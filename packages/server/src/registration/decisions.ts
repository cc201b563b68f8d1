/** Recorded 村民会议/村民代表会议 decisions, and linking one to the category (3) people it approves. */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db } from '../db/connect.js';
import { decisions, voters } from '../db/schema.js';
import { badRequest, notFound } from '../http/errors.js';
import { computeEligibility } from './eligibility.js';
import type { VillageCtx } from './village.js';

export interface DecisionInput {
  body: 'villagers-meeting' | 'representatives-meeting' | 'election-committee';
  decidedOn: string;
  subject: string;
  minutesRef: string | null;
}

export async function recordDecision(
  db: Db,
  actor: Actor,
  ctx: VillageCtx,
  input: DecisionInput,
  today: IsoDate,
) {
  if (input.decidedOn > today) throw badRequest(`决定日期${input.decidedOn}晚于今天`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(decisions)
      .values({
        countyCode: ctx.countyCode,
        id: randomUUID(),
        roundId: ctx.round.id,
        villageCode: ctx.villageCode,
        ...input,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'decision.record',
      entity: 'decision',
      entityId: row!.id,
      regionCode: ctx.villageCode,
      before: null,
      after: row,
    });
    return row!;
  });
}

export async function listDecisions(db: Db, ctx: VillageCtx) {
  return db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.countyCode, ctx.countyCode),
        eq(decisions.roundId, ctx.round.id),
        eq(decisions.villageCode, ctx.villageCode),
      ),
    )
    .orderBy(decisions.decidedOn);
}

/**
 * Links the decision to people who applied (category (3) or a province's extra category):
 * their application date is kept (or set to `appliedOn`) and eligibility recomputed.
 */
export async function linkDecision(
  db: Db,
  actor: Actor,
  ctx: VillageCtx,
  decisionId: string,
  input: { voterIds: string[]; appliedOn: string | null },
) {
  return db.transaction(async (tx) => {
    const [decision] = await tx
      .select()
      .from(decisions)
      .where(
        and(
          eq(decisions.countyCode, ctx.countyCode),
          eq(decisions.id, decisionId),
          eq(decisions.villageCode, ctx.villageCode),
        ),
      );
    if (!decision) throw notFound(`本村没有编号为 ${decisionId} 的决定`);
    const people = await tx
      .select()
      .from(voters)
      .where(
        and(
          eq(voters.countyCode, ctx.countyCode),
          eq(voters.roundId, ctx.round.id),
          eq(voters.villageCode, ctx.villageCode),
          inArray(voters.id, input.voterIds),
        ),
      );
    const missing = input.voterIds.filter((id) => !people.some((p) => p.id === id));
    if (missing.length > 0) throw badRequest(`以下人员不在本村选民登记中：${missing.join('、')}`);
    const updated = [];
    for (const p of people) {
      const appliedOn = p.appliedOn ?? input.appliedOn;
      if (appliedOn === null) throw badRequest(`${p.name}没有参加选举的申请日期，请填写申请日期`);
      const next = { ...p, appliedOn, approvalDecisionId: decision.id };
      const elig = computeEligibility(ctx.ruleSet.registration, next, ctx.electionDay, decision);
      const [row] = await tx
        .update(voters)
        .set({ appliedOn, approvalDecisionId: decision.id, ...elig, updatedAt: new Date().toISOString() })
        .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.id, p.id)))
        .returning();
      await appendAudit(tx, {
        actor,
        action: 'voter.approve',
        entity: 'voter',
        entityId: p.id,
        regionCode: ctx.villageCode,
        before: {
          appliedOn: p.appliedOn,
          approvalDecisionId: p.approvalDecisionId,
          eligibility: p.eligibility,
          category: p.category,
        },
        after: {
          appliedOn,
          approvalDecisionId: decision.id,
          eligibility: elig.eligibility,
          category: elig.category,
        },
      });
      updated.push(row!);
    }
    return updated;
  });
}
