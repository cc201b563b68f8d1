/**
 * Publishing the polling plan (公告投票的时间、地点、方式和唱票人、监票人、计票人, B-7): refused while
 * anything bars it (core's pollingPlanProblems: G-7, G-8, E-9, B-7), checked against E − the rule
 * set's days (late publications are recorded with the rule), and the schedule's 'polling-plan' step
 * is marked done in the same transaction.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { pollingPlans } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import { requireElectionDay } from '../../registration/election-day.js';
import type { VillageCtx } from '../../registration/village.js';
import { problemText } from '../../registration/violation-text.js';
import { recordStepDone } from '../schedule/record.js';
import { lockPlan } from './edit.js';
import { pollingState } from './state.js';

export async function publishPlan(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  publishedOn: IsoDate,
  today: IsoDate,
) {
  const electionDay = requireElectionDay(vr);
  if (publishedOn > today) throw badRequest(`公布日期：${publishedOn}晚于今天（${today}）`);
  if (publishedOn >= electionDay) throw badRequest(`公布日期：${publishedOn}不早于选举日${electionDay}`);
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const state = await pollingState(tx, vr, locked.election);
    if (state.problems.length > 0) {
      throw conflict(`投票安排还不能公布：${state.problems.map(problemText).join('；')}`);
    }
    const due = state.due;
    const late = due !== null && publishedOn > due.dueOn;
    const [after] = await tx
      .update(pollingPlans)
      .set({
        publishedOn,
        dueOn: due?.dueOn ?? null,
        late,
        rule: due?.rule ?? vr.ruleSet.calendar.pollingPlanDaysBefore.rule,
        version: locked.plan.version + 1,
        publishedBy: actor.id,
        publishedByName: actor.name,
        changedSincePublication: false,
        updatedAt: sql`now()`,
      })
      .where(and(eq(pollingPlans.countyCode, vr.countyCode), eq(pollingPlans.electionId, locked.election.id)))
      .returning();
    await recordStepDone(tx, actor, vr, {
      stepId: 'polling-plan',
      doneOn: publishedOn,
      source: 'polling-plan.publish',
    });
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.publish',
      entity: 'polling-plan',
      entityId: locked.election.id,
      regionCode: vr.villageCode,
      before: locked.plan,
      after: {
        ...after,
        places: state.places.map((p) => ({ id: p.id, kind: p.kind, name: p.name, voters: p.voters })),
        staff: state.staff.map((s) => ({ role: s.role, name: s.name, placeId: s.placeId })),
      },
    });
    return {
      ...after!,
      lateReason: late
        ? `投票安排应在${due!.dueOn}前公布（${due!.rule}，${due!.basis}），实际于${publishedOn}公布`
        : null,
    };
  });
}
