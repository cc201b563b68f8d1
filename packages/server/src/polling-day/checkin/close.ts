/**
 * 「结束投票」: the election committee closes check-in for a vote (polling → counting); the boxes are
 * then opened and counted together (E-8, G-9). Taking the vote row for update waits for any issuance
 * still writing (they hold it shared) and refuses every one after.
 */
import { and, count, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { ballotIssues, voteRounds } from '../../db/schema.js';
import { conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { requireVote, type VoteRow } from '../votes.js';
import { notifyCheckin } from './notify.js';
import { VOTE_STATUS_LABELS, voteTitle } from './open-vote.js';

export async function closePolling(db: Db, actor: Actor, vr: VillageCtx, voteId: string): Promise<VoteRow> {
  const vote = await db.transaction(async (tx) => {
    const before = await requireVote(tx, vr, voteId, true);
    if (before.status !== 'polling')
      throw conflict(
        `${voteTitle(before)}已经结束投票（${VOTE_STATUS_LABELS[before.status]}），不能重复结束`,
      );
    const [{ issued } = { issued: 0 }] = await tx
      .select({ issued: count() })
      .from(ballotIssues)
      .where(and(eq(ballotIssues.countyCode, vr.countyCode), eq(ballotIssues.voteRoundId, voteId)));
    const [after] = await tx
      .update(voteRounds)
      .set({ status: 'counting', updatedAt: new Date().toISOString() })
      .where(and(eq(voteRounds.countyCode, vr.countyCode), eq(voteRounds.id, voteId)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'vote.close-polling',
      entity: 'vote',
      entityId: voteId,
      regionCode: vr.villageCode,
      before: { status: before.status },
      after: { status: after!.status, issued: Number(issued), registered: before.registered },
    });
    return after!;
  });
  notifyCheckin(voteId, { type: 'status', status: vote.status });
  return vote;
}
