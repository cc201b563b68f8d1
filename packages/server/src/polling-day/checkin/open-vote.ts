/**
 * The vote a check-in act is about, read under a share lock and required to be `polling`: issuing and
 * cancelling hold it while they write, so 「结束投票」 (which takes the row for update) waits for them
 * and nothing is issued after it.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { voteRounds } from '../../db/schema.js';
import { conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { VOTE_KIND_LABELS, type VoteRow } from '../votes.js';

export const VOTE_STATUS_LABELS: Record<VoteRow['status'], string> = {
  polling: '投票中',
  counting: '计票中',
  counted: '已计票',
  reported: '已上报乡镇',
  confirmed: '乡镇已确认',
};

export function voteTitle(vote: Pick<VoteRow, 'seq' | 'kind'>): string {
  return `${VOTE_KIND_LABELS[vote.kind]}（第${vote.seq}次投票）`;
}

/** The vote, share-locked; 409 when check-in is closed. */
export async function pollingVote(tx: Tx, vr: VillageCtx, voteId: string, what: string): Promise<VoteRow> {
  const [vote] = await tx
    .select()
    .from(voteRounds)
    .where(
      and(
        eq(voteRounds.countyCode, vr.countyCode),
        eq(voteRounds.id, voteId),
        eq(voteRounds.roundId, vr.round.id),
        eq(voteRounds.villageCode, vr.villageCode),
      ),
    )
    .for('share');
  if (!vote) throw notFound(`本村没有编号为 ${voteId} 的投票`);
  if (vote.status !== 'polling')
    throw conflict(`${voteTitle(vote)}已结束投票（${VOTE_STATUS_LABELS[vote.status]}），不能再${what}`);
  return vote;
}

/** A warning when the desk works on another day than the vote's (check-in is not refused for it). */
export function dayWarning(vote: Pick<VoteRow, 'pollingDate'>, today: IsoDate): string | null {
  return vote.pollingDate === today
    ? null
    : `今天（${today}）不是本次投票的投票日（${vote.pollingDate}），请核实`;
}
