/**
 * A computed result on its way to the township: 报送乡镇 (counted → reported, the committee), the
 * township's 确认 (reported → confirmed: the result is locked and its winners seated in body_members),
 * and 退回修改 (reported or confirmed → counted, the township, with a reason; a confirmed vote's
 * winners leave their seats again). Each step audited with the status before and after.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { voteRounds } from '../../db/schema.js';
import { conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { publish } from '../live/hub.js';
import { applyRecallResult } from '../recall/apply-result.js';
import { requireVote, type VoteRow } from '../votes.js';
import { reseatElection } from './members.js';
import { voteLabel } from './scenario.js';
import { STATUS_LABELS } from './status.js';
import { followVillageProgress } from './village-progress.js';

type Step = 'report' | 'confirm' | 'reopen';

const FROM: Record<Step, readonly VoteRow['status'][]> = {
  report: ['counted'],
  confirm: ['reported'],
  reopen: ['reported', 'confirmed'],
};

const STEP_TITLES: Record<Step, string> = { report: '报送乡镇', confirm: '确认', reopen: '退回修改' };

export async function moveResult(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  voteId: string,
  step: Step,
  reason: string | null = null,
): Promise<VoteRow> {
  const vote = await db.transaction(async (tx) => {
    const before = await requireVote(tx, vr, voteId, true);
    if (!FROM[step].includes(before.status))
      throw conflict(
        `${voteLabel(before)}现在${STATUS_LABELS[before.status]}，不能${STEP_TITLES[step]}` +
          (step === 'report' && before.status === 'counting' ? '：请先计算结果' : ''),
      );
    const now = new Date().toISOString();
    const set: Partial<typeof voteRounds.$inferInsert> =
      step === 'report'
        ? { status: 'reported', reportedAt: now, reportedBy: actor.id }
        : step === 'confirm'
          ? { status: 'confirmed', confirmedAt: now, confirmedBy: actor.id, confirmedByName: actor.name }
          : { status: 'counted', confirmedAt: null, confirmedBy: null, confirmedByName: null };
    const [after] = await tx
      .update(voteRounds)
      .set({ ...set, updatedAt: now })
      .where(and(eq(voteRounds.countyCode, vr.countyCode), eq(voteRounds.id, voteId)))
      .returning();
    const seats =
      step === 'confirm' || before.status === 'confirmed'
        ? await reseatElection(tx, vr, before.electionId)
        : null;
    await appendAudit(tx, {
      actor,
      action: `result.${step}`,
      entity: 'vote',
      entityId: voteId,
      regionCode: vr.villageCode,
      before: { status: before.status, confirmedAt: before.confirmedAt, confirmedBy: before.confirmedByName },
      after: {
        status: after!.status,
        ...(reason ? { reason } : {}),
        ...(seats
          ? { members: seats.map((s) => ({ voterId: s.voterId, office: s.office, votes: s.votes })) }
          : {}),
      },
    });
    // the village's round follows its confirmed results (已完成 when every seat is filled)
    // (a recall or by-election changes who serves, not where the round stands)
    if (seats && before.kind !== 'recall' && before.kind !== 'by-election')
      await followVillageProgress(tx, actor, vr, before.electionId, seats.length);
    // a recall vote's request and member follow its result (H-2)
    await applyRecallResult(tx, vr, after!, actor);
    return after!;
  });
  publish(voteId, { type: 'status', status: vote.status });
  return vote;
}
