/**
 * The committee's decisions on a recall request: accepting it once the signatures meet H-1 (core's
 * `checkRecallInitiation` on the request's path), and opening its vote (罢免表决): a vote of kind
 * 'recall' that runs through the same check-in and count as any other (the engine's recall body, H-2),
 * with the published list's count as the registered. Audited.
 */
import { checkRecallInitiation, type IsoDate } from '@huanjie/core';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import type { Db } from '../../db/connect.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { uniqueRules } from '../../registration/violation-text.js';
import { insertVote, registeredCount, type VoteRow } from '../votes.js';
import { progressOf, signerPool } from './progress.js';
import { statusWord, updateRequest } from './requests.js';
import { memberRow, type RecallRequestRow, requireRequest, signaturesOf } from './rows.js';

export async function acceptRequest(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
): Promise<RecallRequestRow> {
  return db.transaction(async (tx) => {
    const before = await requireRequest(tx, vr, id, true);
    if (before.status !== 'collecting') throw conflict(`罢免要求${statusWord(before.status)}，不能再受理`);
    const pool = await signerPool(tx, vr);
    const signers = (await signaturesOf(tx, vr, [before.id])).length;
    const byVoters = before.signedBy === 'voters';
    const check = checkRecallInitiation(vr.ruleSet.recall, {
      voters: byVoters ? pool.voters : 0,
      voterSigners: byVoters ? signers : 0,
      representatives: byVoters ? 0 : pool.representatives.length,
      representativeSigners: byVoters ? 0 : signers,
    });
    if (!check.ok) {
      const p = progressOf(vr, pool, before.signedBy, signers);
      const who = byVoters ? '有选举权的村民' : '村民代表';
      throw badRequest(
        `联名人数：${who} ${p.whole} 人中 ${signers} 人联名，至少须 ${p.minimum} 人（${p.share.num}/${p.share.den} 以上，${uniqueRules(check.error[0]!.rule)}）`,
      );
    }
    const share = byVoters
      ? vr.ruleSet.recall.voterSignersShareMin
      : vr.ruleSet.recall.representativeSignersShareMin;
    return updateRequest(tx, actor, vr, before, 'recall.accept', {
      status: 'accepted',
      statusNote: `${byVoters ? '村民' : '村民代表'} ${signers} 人联名，达到规定人数（${share.rule}）`,
    });
  });
}

export async function openRecallVote(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  id: string,
  input: { pollingDate: IsoDate; countMode: 'ballots' | 'sheets' },
): Promise<{ request: RecallRequestRow; vote: VoteRow }> {
  return db.transaction(async (tx) => {
    const before = await requireRequest(tx, vr, id, true);
    if (before.status !== 'accepted')
      throw conflict(
        before.status === 'collecting'
          ? '罢免要求尚未受理：联名达到规定人数并受理后才能组织表决'
          : `罢免要求${statusWord(before.status)}，不能再组织表决`,
      );
    const member = await memberRow(tx, vr, before.electionId, before.memberVoterId, true);
    if (member?.status !== 'serving') throw conflict('被罢免人已不在任，罢免程序终止');
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`vote-open:${before.electionId}`}))`);
    const vote = await insertVote(tx, actor, vr, {
      electionId: before.electionId,
      kind: 'recall',
      tallyRound: 'first',
      parentId: null,
      recallRequestId: before.id,
      pollingDate: input.pollingDate,
      offices: [],
      candidates: [],
      electedBefore: [],
      registered: await registeredCount(tx, vr),
      countMode: input.countMode,
    });
    const request = await updateRequest(tx, actor, vr, before, 'recall.open-vote', {
      status: 'voting',
      statusNote: `罢免表决定于 ${input.pollingDate}`,
    });
    return { request, vote };
  });
}
