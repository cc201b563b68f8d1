/**
 * A recall request's life before its vote (H-1, H-3): filed against a serving member with its reasons
 * and who signs it (voters or representatives), the member's reply (申辩意见), and the committee's
 * refusal with a reason or the request's withdrawal (a resignation accepted before the vote ends the
 * procedure, H-3). Every act is audited in its transaction.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { recallRequests } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import { committeeElection } from '../../preparation/committee-election.js';
import type { VillageCtx } from '../../registration/village.js';
import { signerPool } from './progress.js';
import {
  memberRow,
  OPEN_REQUEST_STATUSES,
  type RecallRequestRow,
  requestsOf,
  requireRequest,
} from './rows.js';

export interface NewRecallRequest {
  memberVoterId: string;
  reasons: string;
  signedBy: 'voters' | 'representatives';
  filedOn: IsoDate;
}

const STATUS_WORDS: Record<RecallRequestRow['status'], string> = {
  collecting: '正在征集联名',
  accepted: '已受理',
  refused: '已不予受理',
  voting: '正在表决',
  passed: '已表决通过',
  failed: '已表决未通过',
  withdrawn: '已终止',
};

export function statusWord(s: RecallRequestRow['status']): string {
  return STATUS_WORDS[s];
}

async function audit(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  action: string,
  before: unknown,
  after: RecallRequestRow,
) {
  await appendAudit(tx, {
    actor,
    action,
    entity: 'recall-request',
    entityId: after.id,
    regionCode: vr.villageCode,
    before,
    after,
  });
}

/** Changes a request and audits the change, inside the caller's transaction. */
export async function updateRequest(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  before: RecallRequestRow,
  action: string,
  set: Partial<RecallRequestRow>,
): Promise<RecallRequestRow> {
  const [after] = await tx
    .update(recallRequests)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(and(eq(recallRequests.countyCode, vr.countyCode), eq(recallRequests.id, before.id)))
    .returning();
  await audit(tx, actor, vr, action, before, after!);
  return after!;
}

/** Files a request against a serving member; one open request per member at a time. */
export async function fileRequest(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: NewRecallRequest,
): Promise<RecallRequestRow> {
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    const member = await memberRow(tx, vr, election.id, input.memberVoterId, true);
    if (!member) throw badRequest('被罢免人：不是本届村民委员会成员');
    if (member.status !== 'serving') throw badRequest('被罢免人：已不在任，不能提出罢免');
    const open = (await requestsOf(tx, vr, election.id)).find(
      (r) =>
        r.memberVoterId === input.memberVoterId &&
        (OPEN_REQUEST_STATUSES as readonly string[]).includes(r.status),
    );
    if (open) throw conflict(`针对该成员已有一份罢免要求${statusWord(open.status)}，请先办结`);
    if (input.signedBy === 'representatives' && (await signerPool(tx, vr)).representatives.length === 0)
      throw badRequest('联名方式：本村没有登记村民代表，只能由有选举权的村民联名');
    const [row] = await tx
      .insert(recallRequests)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        electionId: election.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        memberVoterId: member.voterId,
        memberOffice: member.office,
        reasons: input.reasons,
        signedBy: input.signedBy,
        filedOn: input.filedOn,
        createdBy: actor.id,
      })
      .returning();
    await audit(tx, actor, vr, 'recall.file', null, row!);
    return row!;
  });
}

/** Records (or corrects) the member's reply until the vote opens. */
export async function setReply(db: Db, actor: Actor, vr: VillageCtx, id: string, reply: string) {
  return db.transaction(async (tx) => {
    const before = await requireRequest(tx, vr, id, true);
    if (before.status !== 'collecting' && before.status !== 'accepted')
      throw conflict(`罢免要求${statusWord(before.status)}，不能再修改申辩意见`);
    return updateRequest(tx, actor, vr, before, 'recall.reply', {
      reply: reply.trim() === '' ? null : reply,
    });
  });
}

/** The committee turns the request away (for instance H-1 not met, or H-3's bar), with its reason. */
export async function refuseRequest(db: Db, actor: Actor, vr: VillageCtx, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const before = await requireRequest(tx, vr, id, true);
    if (before.status !== 'collecting' && before.status !== 'accepted')
      throw conflict(`罢免要求${statusWord(before.status)}，不能再不予受理`);
    return updateRequest(tx, actor, vr, before, 'recall.refuse', { status: 'refused', statusNote: reason });
  });
}

/** Ends the procedure before the vote: withdrawn by the signers, or the member's resignation accepted (H-3). */
export async function withdrawRequest(db: Db, actor: Actor, vr: VillageCtx, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const before = await requireRequest(tx, vr, id, true);
    if (before.status !== 'collecting' && before.status !== 'accepted')
      throw conflict(`罢免要求${statusWord(before.status)}，不能再终止`);
    return updateRequest(tx, actor, vr, before, 'recall.withdraw', {
      status: 'withdrawn',
      statusNote: reason,
    });
  });
}
