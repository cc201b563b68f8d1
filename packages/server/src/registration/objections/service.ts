/**
 * Objections (申诉) to the published voter list: filing (B-2), the decision and its publication
 * (B-3), and the list with late decisions flagged. Every write is audited in its transaction.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { objections } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { countyHolidays } from '../../preparation/schedule/holidays.js';
import { clearStepDone, recordStepDone } from '../../preparation/schedule/record.js';
import type { VillageCtx } from '../village.js';
import { findVoter, findVoterByIdNumber } from '../village-voters.js';
import { type Problem, problemText } from '../violation-text.js';
import { applyUpheld, type ObjectionRow } from './apply-upheld.js';
import type { Corrections } from './corrections.js';
import { judgeFiling } from './filing.js';
import { decisionLateness, type Lateness } from './lateness.js';
import { firstPublishedOn } from './list-published-on.js';

export interface FileObjectionInput {
  filedOn: IsoDate;
  filerName: string;
  filerVoterId?: string | null;
  subjectVoterId?: string | null;
  subjectName?: string | null;
  subjectIdNumber?: string | null;
  claim: 'add' | 'remove' | 'correct';
  content: string;
}

export interface FiledObjection {
  objection: ObjectionRow;
  /** why it was not received (late, or before publication), with the rule */
  refusal: Problem | null;
}

async function resolveSubject(tx: Tx, vr: VillageCtx, input: FileObjectionInput) {
  if (input.subjectVoterId) {
    const v = await findVoter(tx, vr, input.subjectVoterId);
    if (!v) throw badRequest(`申诉对象：本村登记册中没有编号为 ${input.subjectVoterId} 的人员`);
    return { subjectVoterId: v.id, subjectName: v.name, subjectIdNumber: v.idNumber };
  }
  const byNumber = input.subjectIdNumber ? await findVoterByIdNumber(tx, vr, input.subjectIdNumber) : null;
  const name = input.subjectName?.trim() || byNumber?.name;
  if (!name) throw badRequest('申诉对象：请选择登记册中的人员，或填写其姓名');
  return {
    subjectVoterId: byNumber?.id ?? null,
    subjectName: name,
    subjectIdNumber: input.subjectIdNumber?.toUpperCase() ?? null,
  };
}

export async function fileObjection(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: FileObjectionInput,
  today: IsoDate,
): Promise<FiledObjection> {
  if (input.filedOn > today) throw badRequest(`申诉日期：${input.filedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const publishedOn = await firstPublishedOn(tx, vr);
    // the county's statutory holidays move the window's end (C-3); none entered: calendar days
    const { set: holidays } = await countyHolidays(tx, vr.countyCode);
    const filing = judgeFiling(vr.ruleSet.calendar, publishedOn, input.filedOn, holidays);
    if (input.filerVoterId && !(await findVoter(tx, vr, input.filerVoterId))) {
      throw badRequest(`申诉人：本村登记册中没有编号为 ${input.filerVoterId} 的人员`);
    }
    const subject = await resolveSubject(tx, vr, input);
    const [row] = await tx
      .insert(objections)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        filedOn: input.filedOn,
        filerName: input.filerName,
        filerVoterId: input.filerVoterId ?? null,
        ...subject,
        claim: input.claim,
        content: input.content,
        // A refused objection is kept too: the committee must be able to show it answered it.
        accepted: filing.accepted,
        refusedReason: filing.refusal ? problemText(filing.refusal) : null,
        dueDecisionOn: filing.dueDecisionOn,
        createdBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: filing.accepted ? 'objection.file' : 'objection.refuse',
      entity: 'objection',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    // A new objection to decide reopens the schedule's B-3 step.
    if (filing.accepted) {
      await clearStepDone(tx, actor, vr, 'objection-decision', 'schedule.step-reopened', '收到新的申诉');
    }
    return { objection: row!, refusal: filing.refusal };
  });
}

export interface DecideObjectionInput {
  decision: 'upheld' | 'rejected';
  note: string;
  decidedOn: IsoDate;
  /** the day the result was posted (B-3: 公布处理结果); the decision day when not given */
  publishedOn?: IsoDate | null;
  corrections?: Corrections;
  /** links the objection to the person when they were entered into the register after it was filed */
  subjectVoterId?: string | null;
}

async function lockObjection(tx: Tx, vr: VillageCtx, id: string): Promise<ObjectionRow> {
  const [row] = await tx
    .select()
    .from(objections)
    .where(
      and(
        eq(objections.countyCode, vr.countyCode),
        eq(objections.id, id),
        eq(objections.roundId, vr.round.id),
        eq(objections.villageCode, vr.villageCode),
      ),
    )
    .for('update');
  if (!row) throw notFound(`申诉 ${id} 不存在`);
  return row;
}

export async function decideObjection(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  input: DecideObjectionInput,
  today: IsoDate,
): Promise<ObjectionRow & Lateness> {
  const publishedOn = input.publishedOn ?? input.decidedOn;
  if (input.decidedOn > today) throw badRequest(`处理日期：${input.decidedOn}晚于今天（${today}）`);
  if (publishedOn < input.decidedOn) throw badRequest('公布日期：不能早于处理日期');
  return db.transaction(async (tx) => {
    const before = await lockObjection(tx, vr, id);
    if (!before.accepted) throw conflict('处理决定：该申诉未予受理，不能作出处理决定');
    if (before.decision) throw conflict(`处理决定：该申诉已于${before.decidedOn}作出处理决定`);
    if (input.decidedOn < before.filedOn) {
      throw badRequest(`处理日期：不能早于申诉日期（${before.filedOn}）`);
    }
    if (input.decision === 'upheld') await applyUpheld(tx, actor, vr, before, input, today);
    const [after] = await tx
      .update(objections)
      .set({
        decision: input.decision,
        // Linked only when upheld: that is when applyUpheld has checked the person is in the register.
        subjectVoterId: (input.decision === 'upheld' && input.subjectVoterId) || before.subjectVoterId,
        decisionNote: input.note,
        decidedOn: input.decidedOn,
        publishedOn,
      })
      .where(and(eq(objections.countyCode, vr.countyCode), eq(objections.id, id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'objection.decide',
      entity: 'objection',
      entityId: id,
      regionCode: vr.villageCode,
      before,
      after,
    });
    await recordDecisionsDone(tx, actor, vr);
    return { ...after!, ...decisionLateness(after!, today) };
  });
}

/** With no received objection left undecided, the schedule's B-3 step is done on the last publication. */
async function recordDecisionsDone(tx: Tx, actor: Actor, vr: VillageCtx) {
  const rows = await tx
    .select({ decision: objections.decision, publishedOn: objections.publishedOn })
    .from(objections)
    .where(
      and(
        eq(objections.countyCode, vr.countyCode),
        eq(objections.roundId, vr.round.id),
        eq(objections.villageCode, vr.villageCode),
        eq(objections.accepted, true),
      ),
    );
  if (rows.some((o) => o.decision === null)) return;
  const last = rows
    .map((o) => o.publishedOn ?? '')
    .sort()
    .at(-1);
  if (!last) return;
  await recordStepDone(tx, actor, vr, {
    stepId: 'objection-decision',
    doneOn: last,
    source: 'objection.decide',
    keep: 'replace',
  });
}

export async function listObjections(
  db: Tx,
  vr: VillageCtx,
  today: IsoDate,
): Promise<(ObjectionRow & Lateness)[]> {
  const rows = await db
    .select()
    .from(objections)
    .where(
      and(
        eq(objections.countyCode, vr.countyCode),
        eq(objections.roundId, vr.round.id),
        eq(objections.villageCode, vr.villageCode),
      ),
    )
    .orderBy(asc(objections.filedOn), asc(objections.createdAt));
  return rows.map((o) => ({ ...o, ...decisionLateness(o, today) }));
}
