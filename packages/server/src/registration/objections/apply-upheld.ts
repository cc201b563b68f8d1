/**
 * What an upheld objection does to the list, inside the decision's transaction: 补登 (add),
 * 除名 (remove) or a correction of the person's fields. It goes through the register's own
 * services (list-changes.ts, person.ts), which record the 补登/除名 entry and audit the person;
 * called with the open transaction, they run in a savepoint of it, so all commit together.
 */
import type { IsoDate } from '@huanjie/core';
import type { Actor } from '../../audit/actor.js';
import type { Db, Tx } from '../../db/connect.js';
import type { objections } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import { changeListing } from '../list-changes.js';
import { updateVoter } from '../person.js';
import type { VillageCtx } from '../village.js';
import { findVoter, findVoterByIdNumber, isOnList, type VoterRow } from '../village-voters.js';
import { type Corrections, correctedInput } from './corrections.js';

export type ObjectionRow = typeof objections.$inferSelect;

export interface UpheldInput {
  note: string;
  decidedOn: string;
  corrections?: Corrections | undefined;
  /** the person in the register, when the objection named someone entered only after it was filed */
  subjectVoterId?: string | null | undefined;
}

async function subjectOf(tx: Tx, vr: VillageCtx, o: ObjectionRow, linked: string | null): Promise<VoterRow> {
  if (linked) {
    const v = await findVoter(tx, vr, linked);
    if (!v) throw badRequest(`申诉对象：本村登记册中没有编号为 ${linked} 的人员`);
    return v;
  }
  const found =
    (o.subjectVoterId ? await findVoter(tx, vr, o.subjectVoterId) : null) ??
    (o.subjectIdNumber ? await findVoterByIdNumber(tx, vr, o.subjectIdNumber) : null);
  if (!found) {
    throw badRequest(
      `申诉对象：本村登记册中没有${o.subjectName}，请先录入其户籍信息（姓名、公民身份号码等），再作出支持申诉的决定`,
    );
  }
  return found;
}

export async function applyUpheld(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  o: ObjectionRow,
  input: UpheldInput,
  today: IsoDate,
): Promise<void> {
  const subject = await subjectOf(tx, vr, o, input.subjectVoterId ?? null);
  // The register's services open their own transaction; on `tx` that is a savepoint inside ours.
  const inTx = tx as Db;
  if (o.claim === 'correct') {
    const corrected = input.corrections ? correctedInput(subject, input.corrections) : null;
    if (!corrected) throw badRequest('更正内容：支持更正申诉时请填写要更正的项目');
    await updateVoter(inTx, actor, vr, subject.id, corrected, today);
    return;
  }
  if (o.claim === 'remove' && !isOnList(subject)) {
    throw conflict(`申诉对象：${subject.name}不在选民名单上，无需除名`);
  }
  await changeListing(inTx, actor, vr, subject.id, o.claim, {
    reason: `${o.filedOn}${o.filerName}申诉成立：${input.note}`,
    changedOn: input.decidedOn,
    objectionId: o.id,
  });
}
