/**
 * Cancelling an issuance (the clerk handed the ballot to the wrong person, who gave it back): only
 * while check-in is open, with a reason, and audited with the row before and the reason after. This is
 * the only way a ballot_issues row is ever deleted: the count's turnout reads these rows.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { ballotIssues } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { findVoter } from '../../registration/village-voters.js';
import { type IssueView, issueView } from './issue-view.js';
import { notifyCheckin } from './notify.js';
import { pollingVote } from './open-vote.js';
import { placeMap } from './places.js';

export async function cancelIssue(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  voteId: string,
  voterId: string,
  reason: string,
): Promise<{ cancelled: IssueView; reason: string }> {
  const why = reason.trim();
  if (why.length === 0) throw badRequest('撤销理由：请写明为什么撤销这次发票');
  const result = await db.transaction(async (tx) => {
    const vote = await pollingVote(tx, vr, voteId, '撤销发票');
    const where = and(
      eq(ballotIssues.countyCode, vr.countyCode),
      eq(ballotIssues.voteRoundId, voteId),
      eq(ballotIssues.voterId, voterId),
    );
    const [row] = await tx.select().from(ballotIssues).where(where).for('update');
    const voter = await findVoter(tx, vr, voterId);
    if (!row)
      throw notFound(`${voter?.name ?? `编号为 ${voterId} 的选民`}在本次投票中没有领票记录，无需撤销`);
    const trustee = row.trusteeVoterId ? await findVoter(tx, vr, row.trusteeVoterId) : null;
    const names = new Map<string, string>();
    if (voter) names.set(voter.id, voter.name);
    if (trustee) names.set(trustee.id, trustee.name);
    const view = issueView(row, names, await placeMap(tx, vr, vote.electionId));
    await tx.delete(ballotIssues).where(where);
    await appendAudit(tx, {
      actor,
      action: 'ballot.cancel',
      entity: 'ballot-issue',
      entityId: `${voteId}:${voterId}`,
      regionCode: vr.villageCode,
      before: { ...row, name: view.name, place: view.placeName },
      after: { cancelled: true, reason: why },
    });
    return view;
  });
  notifyCheckin(voteId, { type: 'turnout', placeId: result.placeId, change: -1 });
  return { cancelled: result, reason: why };
}
