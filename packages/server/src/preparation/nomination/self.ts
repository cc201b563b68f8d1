/**
 * Self-nomination (自荐, D-8, B-6): a voter on the published list registers in person for one office
 * of the seat plan by the rule set's deadline (E−10 in Zhejiang), never through someone else; the
 * list of self-nominees (自荐人名单) is published in 姓名笔画 order by its own deadline (E−5), which
 * completes the schedule's 'self-nominee-list' step.
 */
import { randomUUID } from 'node:crypto';
import { checkSelfNomination, type IsoDate, sortByStrokes } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { nominationCounts, nominees } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import { requireElectionDay } from '../../registration/election-day.js';
import type { VillageCtx } from '../../registration/village.js';
import { isOnList, requireVoter } from '../../registration/village-voters.js';
import { problemText, toProblem } from '../../registration/violation-text.js';
import {
  committeeElection,
  type NomineeRow,
  requireApprovedSeatPlan,
  type SeatPlanRow,
} from '../committee-election.js';
import { recordStepDone } from '../schedule/record.js';
import { selectSlate } from './slate.js';

export interface SelfNominationInput {
  voterId: string;
  office: string;
  appliedOn: IsoDate;
  /** registered by someone else for the voter: refused (B-6) */
  byProxy?: boolean | undefined;
}

async function selfElection(tx: Tx, vr: VillageCtx): Promise<{ electionId: string; plan: SeatPlanRow }> {
  const election = await committeeElection(tx, vr);
  const plan = await requireApprovedSeatPlan(tx, vr, election.id);
  if (plan.nominationMode !== 'self')
    throw badRequest('提名方式：本村职数方案实行由选民直接提名候选人的选举（D-1），不接受自荐报名');
  return { electionId: election.id, plan };
}

export async function applySelfNomination(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: SelfNominationInput,
  today: IsoDate,
): Promise<NomineeRow> {
  if (input.appliedOn > today) throw badRequest(`报名日期：${input.appliedOn}晚于今天（${today}）`);
  const electionDay = requireElectionDay(vr);
  return db.transaction(async (tx) => {
    const { electionId, plan } = await selfElection(tx, vr);
    const voter = await requireVoter(tx, vr, input.voterId, '自荐人');
    if (!isOnList(voter))
      throw badRequest(`自荐人：${voter.name}不在已公布的选民名单上，不能自荐参选（D-8）`);
    const office = plan.offices.find((o) => o.id === input.office);
    if (!office) throw badRequest(`自荐职位：职数方案中没有职位“${input.office}”`);
    if (office.womenOnly && voter.sex !== 'F')
      throw badRequest(`自荐职位：${office.title}职位只能由女性自荐（${vr.ruleSet.tally.womenRule.rule}）`);
    const params = vr.ruleSet.nomination;
    const cal = vr.ruleSet.calendar;
    const checked = checkSelfNomination(
      params,
      { daysBefore: cal.selfNominationDaysBefore, boundary: cal.beforeElectionBoundary.value },
      electionDay,
      { filedOn: input.appliedOn, offices: [office.id], byProxy: input.byProxy ?? false },
    );
    if (!checked.ok)
      throw badRequest(checked.error.map((v) => problemText(toProblem(v, '自荐报名'))).join('；'));
    const mine = (
      await tx
        .select()
        .from(nominees)
        .where(
          and(
            eq(nominees.countyCode, vr.countyCode),
            eq(nominees.electionId, electionId),
            eq(nominees.voterId, voter.id),
          ),
        )
    ).filter((n) => n.source === 'self-nomination' && n.status !== 'withdrawn' && n.status !== 'declined');
    const other = mine[0];
    if (other) {
      const title = plan.offices.find((o) => o.id === other.office)?.title ?? other.office;
      if (other.office === office.id) throw conflict(`自荐人：${voter.name}已报名参选${title}`);
      throw badRequest(
        `自荐职位：${voter.name}已报名参选${title}，自荐人只能报名参选一个职位（${params.selfNomineeOneOfficeOnly.rule}）`,
      );
    }
    const [row] = await tx
      .insert(nominees)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        electionId,
        office: office.id,
        voterId: voter.id,
        name: voter.name,
        sex: voter.sex,
        source: 'self-nomination',
        appliedOn: input.appliedOn,
        status: 'nominated',
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.self-apply',
      entity: 'nominee',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    await selectSlate(tx, actor, vr, electionId);
    const [after] = await tx
      .select()
      .from(nominees)
      .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.id, row!.id)));
    return after!;
  });
}

/** Self-nominees who go on the published list: on the slate and through the joint review (D-9). */
export function listedSelfNominees(rows: readonly NomineeRow[]): NomineeRow[] {
  return sortByStrokes(
    rows.filter(
      (n) => n.source === 'self-nomination' && n.status === 'selected' && n.reviewStatus === 'passed',
    ),
    (n) => n.name,
  );
}

export async function publishSelfNomineeList(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  publishedOn: IsoDate,
  today: IsoDate,
) {
  if (publishedOn > today) throw badRequest(`公布日期：${publishedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const { electionId } = await selfElection(tx, vr);
    const rows = await tx
      .select()
      .from(nominees)
      .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, electionId)));
    const waiting = rows.filter(
      (n) => n.source === 'self-nomination' && n.status === 'selected' && n.reviewStatus === 'pending',
    );
    if (waiting.length > 0)
      throw badRequest(
        `自荐人名单：${waiting.map((n) => n.name).join('、')}的资格联审尚未完成，完成后才能公布（D-9）`,
      );
    const listed = listedSelfNominees(rows);
    if (listed.length === 0) throw badRequest('自荐人名单：没有经资格审查的自荐人，无可公布');
    const [count] = await tx
      .insert(nominationCounts)
      .values({
        countyCode: vr.countyCode,
        electionId,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        selfListPublishedOn: publishedOn,
      })
      .onConflictDoUpdate({
        target: [nominationCounts.countyCode, nominationCounts.electionId],
        set: { selfListPublishedOn: publishedOn, updatedAt: new Date().toISOString() },
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.self-list',
      entity: 'election',
      entityId: electionId,
      regionCode: vr.villageCode,
      before: null,
      after: { publishedOn, selfNominees: listed.map((n) => ({ name: n.name, office: n.office })) },
    });
    await recordStepDone(tx, actor, vr, {
      stepId: 'self-nominee-list',
      doneOn: publishedOn,
      source: 'nomination.self-list',
    });
    return count!;
  });
}
