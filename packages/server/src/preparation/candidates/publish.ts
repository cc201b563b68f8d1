/**
 * Publishing the formal candidate list (正式候选人名单, B-4: by E−5 under zhejiang-2020): refused while
 * something bars it (a review not finished, D-9; the margin, D-2/D-6; no count, D-5), dated and
 * checked against the calendar — a late publication is recorded as late with the rule it breaks, and
 * the schedule's 'candidate-list' step is recorded done in the same transaction. A later publication
 * (after a back-fill, B-5) gets the next version; the step keeps its first date.
 */
import { randomUUID } from 'node:crypto';
import { type IsoDate, publicationTiming } from '@huanjie/core';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { candidateListPublications } from '../../db/schema.js';
import { badRequest } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { recordStepDone } from '../schedule/record.js';
import { candidateListState, publicationsOf, snapshotOf } from './view.js';

export async function publishCandidateList(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  publishedOn: IsoDate,
  today: IsoDate,
) {
  if (publishedOn > today) throw badRequest(`公布日期：${publishedOn}晚于今天（${today}）`);
  if (vr.electionDay !== null && publishedOn >= vr.electionDay)
    throw badRequest(`公布日期：${publishedOn}不早于选举日${vr.electionDay}`);
  return db.transaction(async (tx) => {
    const state = await candidateListState(tx, vr);
    if (!state) throw badRequest('本村尚未制定职数方案，还没有候选人名单');
    if (state.kind === 'self')
      throw badRequest(
        '本村实行无候选人的自荐直选（D-8）：自荐人名单在“提名”页按期公布（B-6），不另行公布正式候选人名单',
      );
    if (state.problems.length > 0)
      throw badRequest(
        `公布正式候选人名单：${state.problems.map((p) => `${p.reason}（${p.rule}）`).join('；')}`,
        'RULE_VIOLATION',
      );
    const timing = publicationTiming(state.deadline, publishedOn);
    const previous = (await publicationsOf(tx, vr))[0] ?? null;
    const [row] = await tx
      .insert(candidateListPublications)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        electionId: state.election.id,
        publishedOn,
        dueOn: state.deadline?.due ?? null,
        late: timing.late,
        rule: state.deadline?.rule ?? vr.ruleSet.calendar.candidateListDaysBefore.rule,
        version: (previous?.version ?? 0) + 1,
        candidates: snapshotOf(state),
        publishedBy: actor.id,
        publishedByName: actor.name,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'candidate-list.publish',
      entity: 'candidate-list',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: previous ? { version: previous.version, publishedOn: previous.publishedOn } : null,
      after: row,
    });
    await recordStepDone(tx, actor, vr, {
      stepId: 'candidate-list',
      doneOn: publishedOn,
      source: 'candidate-list.publish',
      ...(timing.reason && { note: timing.reason }),
    });
    return { ...row!, lateReason: timing.reason };
  });
}
