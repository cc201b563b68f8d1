/**
 * The seat plan (职数方案) of a village's committee election: drafted and submitted by the village's
 * election committee, checked by the rule set with every failure listed with its rule (C1-1, C1-2,
 * E-3/F-9, D-1/D-8), approved or returned with a note by the township (preparation.approve), and
 * reopened by the township only. Nomination, ballots and polling build on the approved plan
 * (`requireApprovedSeatPlan` in preparation/committee-election.ts).
 */
import {
  checkSeatPlan,
  type IsoDate,
  type PlannedSeats,
  proposedSeatPlan,
  SEAT_OFFICES,
  type SeatPlanDraft,
  type SeatPlanReview,
  scenarioOffices,
} from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { type PlannedOffice, seatPlans } from '../../db/schema.js';
import { ApiError, badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { committeeElection, nomineesOf, type SeatPlanRow, seatPlanOf } from '../committee-election.js';

export const STATUS_TITLES: Record<SeatPlanRow['status'], string> = {
  draft: '草稿',
  submitted: '已报乡镇审核',
  approved: '已审核同意',
  returned: '已退回修改',
};

/** The plan's offices as core reads them. */
export function draftOf(
  row: Pick<SeatPlanRow, 'offices' | 'nominationMode' | 'oneShoulderIntent'>,
): SeatPlanDraft {
  return {
    offices: row.offices.map((o) => ({ id: o.id, seats: o.seats })),
    nominationMode: row.nominationMode,
    oneShoulderIntent: row.oneShoulderIntent,
  };
}

export function reviewPlan(vr: VillageCtx, draft: SeatPlanDraft): SeatPlanReview {
  return checkSeatPlan(vr.ruleSet, draft);
}

function refuse(review: SeatPlanReview, what: string): never {
  throw new ApiError(
    400,
    'RULE_VIOLATION',
    `${what}：职数方案不符合规则：${review.violations.map((v) => `${v.reason}（${v.rule}）`).join('；')}`,
  );
}

/** The rule set's values the page explains next to the form. */
function rulesOf(vr: VillageCtx) {
  const { committee, nomination, tally } = vr.ruleSet;
  return {
    size: { ...committee.size.value, rule: committee.size.rule },
    womenRule: tally.womenRule,
    womanMemberRequired: committee.womanMemberRequired,
    modes: {
      direct: nomination.modes.value.includes('candidates'),
      self: nomination.modes.value.includes('self-nomination'),
      rule: nomination.modes.rule,
    },
    offices: SEAT_OFFICES,
  };
}

export async function seatPlanView(db: Tx, vr: VillageCtx) {
  const election = await committeeElection(db, vr);
  const plan = await seatPlanOf(db, vr, election.id);
  const draft = plan ? draftOf(plan) : proposedSeatPlan(vr.ruleSet);
  return {
    election: { id: election.id, kind: election.kind, attempt: election.attempt },
    ruleset: { id: vr.ruleSet.id, title: vr.ruleSet.title },
    plan: plan ? { ...plan, statusTitle: STATUS_TITLES[plan.status] } : null,
    /** the saved plan, or a proposal to start from */
    draft,
    review: reviewPlan(vr, draft),
    rules: rulesOf(vr),
  };
}

export interface SeatPlanInput {
  offices: PlannedSeats[];
  nominationMode: 'direct' | 'self';
  oneShoulderIntent: boolean;
}

function storedOffices(offices: readonly PlannedSeats[]): PlannedOffice[] {
  return scenarioOffices(offices).map((o) => ({ ...o }));
}

async function lockPlan(tx: Tx, vr: VillageCtx) {
  const election = await committeeElection(tx, vr);
  const [row] = await tx
    .select()
    .from(seatPlans)
    .where(and(eq(seatPlans.countyCode, vr.countyCode), eq(seatPlans.electionId, election.id)))
    .for('update');
  return { election, row: row ?? null };
}

async function write(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  action: string,
  before: SeatPlanRow,
  set: Partial<SeatPlanRow>,
): Promise<SeatPlanRow> {
  const [after] = await tx
    .update(seatPlans)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(and(eq(seatPlans.countyCode, vr.countyCode), eq(seatPlans.electionId, before.electionId)))
    .returning();
  await appendAudit(tx, {
    actor,
    action,
    entity: 'seat-plan',
    entityId: before.electionId,
    regionCode: vr.villageCode,
    before,
    after,
  });
  return after!;
}

/**
 * Saves the village's draft (a new plan, or one in draft or returned). A draft may break rules: the
 * page lists them; submitting refuses them. A plan at the township or approved cannot be edited.
 */
export async function saveSeatPlan(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: SeatPlanInput,
): Promise<SeatPlanRow> {
  const ids = input.offices.map((o) => o.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw badRequest(`职数：${SEAT_OFFICES[dup].title}填写了两次`);
  return db.transaction(async (tx) => {
    const { election, row } = await lockPlan(tx, vr);
    const values = {
      offices: storedOffices(input.offices),
      nominationMode: input.nominationMode,
      oneShoulderIntent: input.oneShoulderIntent,
    };
    if (!row) {
      const [created] = await tx
        .insert(seatPlans)
        .values({
          countyCode: vr.countyCode,
          electionId: election.id,
          roundId: vr.round.id,
          villageCode: vr.villageCode,
          ...values,
          status: 'draft',
        })
        .returning();
      await appendAudit(tx, {
        actor,
        action: 'seat-plan.save',
        entity: 'seat-plan',
        entityId: election.id,
        regionCode: vr.villageCode,
        before: null,
        after: created,
      });
      return created!;
    }
    if (row.status === 'submitted') throw conflict('职数方案：已报乡镇审核，不能修改；如需修改，请乡镇退回');
    if (row.status === 'approved')
      throw conflict('职数方案：已经乡镇审核同意，不能修改；如需修改，请乡镇重新打开');
    return write(tx, actor, vr, 'seat-plan.save', row, values);
  });
}

/** Submits the saved plan to the township; refused, with every failure and its rule, while it breaks one. */
export async function submitSeatPlan(db: Db, actor: Actor, vr: VillageCtx): Promise<SeatPlanRow> {
  return db.transaction(async (tx) => {
    const { row } = await lockPlan(tx, vr);
    if (!row) throw badRequest('职数方案：请先制定并保存职数方案');
    if (row.status === 'submitted') throw conflict('职数方案：已报乡镇审核，正在等待审核');
    if (row.status === 'approved') throw conflict('职数方案：已经乡镇审核同意');
    const review = reviewPlan(vr, draftOf(row));
    if (review.violations.length > 0) refuse(review, '报送');
    return write(tx, actor, vr, 'seat-plan.submit', row, {
      status: 'submitted',
      submittedBy: actor.id,
      submittedAt: new Date().toISOString(),
      reviewNote: null,
    });
  });
}

async function requireSubmitted(tx: Tx, vr: VillageCtx, what: string) {
  const { row } = await lockPlan(tx, vr);
  if (!row) throw badRequest(`${what}：本村尚未制定职数方案`);
  if (row.status !== 'submitted')
    throw conflict(`${what}：职数方案${STATUS_TITLES[row.status]}，只有已报乡镇审核的方案可以${what}`);
  return row;
}

/** The township approves a submitted plan; the rules are checked again at that moment. */
export async function approveSeatPlan(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { decidedOn: IsoDate; note?: string | null | undefined },
  today: IsoDate,
): Promise<SeatPlanRow> {
  if (input.decidedOn > today) throw badRequest(`审核日期：${input.decidedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const row = await requireSubmitted(tx, vr, '审核同意');
    if (row.submittedAt && input.decidedOn < row.submittedAt.slice(0, 10))
      throw badRequest(`审核日期：不能早于报送之日（${row.submittedAt.slice(0, 10)}）`);
    const review = reviewPlan(vr, draftOf(row));
    if (review.violations.length > 0) refuse(review, '审核同意');
    return write(tx, actor, vr, 'seat-plan.approve', row, {
      status: 'approved',
      approvedBy: actor.id,
      approvedAt: new Date().toISOString(),
      decidedOn: input.decidedOn,
      reviewNote: input.note?.trim() || null,
    });
  });
}

/** The township returns a submitted plan with a note saying what to change. */
export async function returnSeatPlan(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { decidedOn: IsoDate; note: string },
  today: IsoDate,
): Promise<SeatPlanRow> {
  if (input.decidedOn > today) throw badRequest(`审核日期：${input.decidedOn}晚于今天（${today}）`);
  const note = input.note.trim();
  if (!note) throw badRequest('退回意见：请写明需要修改的内容');
  return db.transaction(async (tx) => {
    const row = await requireSubmitted(tx, vr, '退回');
    return write(tx, actor, vr, 'seat-plan.return', row, {
      status: 'returned',
      decidedOn: input.decidedOn,
      reviewNote: note,
    });
  });
}

/**
 * The township reopens an approved plan (returned to the village with the reason). What was built
 * on it stays, so the answer says how many nominees there are already for the village to look at.
 */
export async function reopenSeatPlan(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { reason: string },
): Promise<{ plan: SeatPlanRow; nominees: number }> {
  const reason = input.reason.trim();
  if (!reason) throw badRequest('重新打开的理由：请写明理由');
  return db.transaction(async (tx) => {
    const { election, row } = await lockPlan(tx, vr);
    if (!row) throw badRequest('重新打开：本村尚未制定职数方案');
    if (row.status !== 'approved')
      throw conflict(`重新打开：职数方案${STATUS_TITLES[row.status]}，只有已审核同意的方案需要重新打开`);
    const nominees = (await nomineesOf(tx, vr, election.id)).length;
    const plan = await write(tx, actor, vr, 'seat-plan.reopen', row, {
      status: 'returned',
      reviewNote: `重新打开：${reason}`,
      approvedBy: null,
      approvedAt: null,
    });
    return { plan, nominees };
  });
}
