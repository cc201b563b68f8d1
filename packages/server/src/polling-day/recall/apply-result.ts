/**
 * What a recall vote's result does (H-2): once counted, its request is passed or failed by the engine's
 * `passed`; once the township confirms a passed recall, the member leaves office (body_members status
 * 'recalled', with the day and the reason). Idempotent, so the count and the confirmation (part C of
 * issue 6) may both call it inside their transactions; a result reopened or changed is followed (the
 * request goes back to 'voting', a member this request ended serves again). Audited.
 */
import type { RecallResult } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { type Actor, SYSTEM_ACTOR } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { bodyMembers } from '../../db/schema.js';
import { chinaToday } from '../../registration/today.js';
import type { VillageCtx } from '../../registration/village.js';
import type { VoteRow } from '../votes.js';
import { updateRequest } from './requests.js';
import { memberRow, type RecallRequestRow, requireRequest } from './rows.js';

const HAS_RESULT: readonly VoteRow['status'][] = ['counted', 'reported', 'confirmed'];

function outcomeOf(vote: VoteRow): RecallRequestRow['status'] {
  if (!HAS_RESULT.includes(vote.status) || !vote.result) return 'voting';
  return (vote.result as RecallResult).passed ? 'passed' : 'failed';
}

/** Brings the request and the member in line with the vote; returns the request, or null for a vote that is no recall. */
export async function applyRecallResult(
  tx: Tx,
  vr: VillageCtx,
  vote: VoteRow,
  actor: Actor = SYSTEM_ACTOR,
): Promise<RecallRequestRow | null> {
  if (vote.kind !== 'recall' || !vote.recallRequestId) return null;
  let request = await requireRequest(tx, vr, vote.recallRequestId, true);
  if (request.status === 'refused' || request.status === 'withdrawn') return request;
  const outcome = outcomeOf(vote);
  const r = vote.result as RecallResult | null;
  if (request.status !== outcome)
    request = await updateRequest(tx, actor, vr, request, 'recall.result', {
      status: outcome,
      statusNote:
        outcome === 'voting' || !r
          ? '表决结果已撤回，等待重新计票'
          : `登记 ${r.registered} 人，投票 ${r.voted} 人，赞成 ${r.yes} 票，反对 ${r.no} 票：${r.passed ? '罢免通过' : '罢免未通过'}（H-2）`,
    });

  const member = await memberRow(tx, vr, request.electionId, request.memberVoterId, true);
  if (!member) return request;
  const ends = outcome === 'passed' && vote.status === 'confirmed';
  const endedByThis = member.status === 'recalled' && member.endedReason?.includes(request.id);
  let set: Partial<typeof bodyMembers.$inferInsert> | null = null;
  if (ends && member.status === 'serving')
    set = {
      status: 'recalled',
      endedOn: chinaToday(new Date(vote.confirmedAt ?? Date.now())),
      endedReason: `罢免表决通过（H-2），罢免要求 ${request.id}，赞成 ${r?.yes ?? 0} 票，投票 ${r?.voted ?? 0} 人`,
    };
  else if (!ends && endedByThis) set = { status: 'serving', endedOn: null, endedReason: null };
  if (!set) return request;
  const [after] = await tx
    .update(bodyMembers)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(
      and(
        eq(bodyMembers.countyCode, vr.countyCode),
        eq(bodyMembers.electionId, member.electionId),
        eq(bodyMembers.voterId, member.voterId),
      ),
    )
    .returning();
  await appendAudit(tx, {
    actor,
    action: set.status === 'recalled' ? 'member.recall' : 'member.recall-undone',
    entity: 'body-member',
    entityId: `${member.electionId}:${member.voterId}`,
    regionCode: vr.villageCode,
    before: member,
    after,
  });
  return request;
}
