/**
 * 计算结果: once every box that issued ballots counts, the engine counts the vote's scenario and the
 * result is stored with its reasons (counting → counted), the exact `huanjie-result/1` text and the
 * scenario it came from. Withdrawing a computed result before it is reported (counted → counting)
 * lets the committee correct a box; it needs a reason. Both audited.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { voteRounds } from '../../db/schema.js';
import { conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { loadCountState } from '../entry/ledger.js';
import { publish } from '../live/hub.js';
import { applyRecallResult } from '../recall/apply-result.js';
import { requireVote, type VoteRow, votesOf } from '../votes.js';
import { type BoxReadiness, blockingBoxes, countReadiness } from './boxes.js';
import { buildScenario, countScenario, voteLabel } from './scenario.js';
import { STATUS_LABELS } from './status.js';

/** The counted vote, and its boxes' readiness as read for the count (the result page shows them). */
export async function computeResult(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  voteId: string,
): Promise<{ vote: VoteRow; boxes: BoxReadiness[] }> {
  const counted = await db.transaction(async (tx) => {
    const before = await requireVote(tx, vr, voteId, true);
    if (before.status !== 'counting')
      throw conflict(
        before.status === 'polling'
          ? `${voteLabel(before)}尚未结束投票，不能计算结果`
          : `${voteLabel(before)}的结果已经计算（${STATUS_LABELS[before.status]}）`,
      );
    // the count is read once, for the readiness check and the scenario both
    const state = before.countMode === 'sheets' ? undefined : await loadCountState(tx, vr, before);
    const boxes = await countReadiness(tx, vr, before, state);
    const blocking = blockingBoxes(boxes);
    if (blocking.length > 0) throw conflict(`以下票箱尚未完成计票，不能计算结果：${blocking.join('；')}`);
    const counted = countScenario(vr, await buildScenario(tx, vr, before, state));
    const now = new Date().toISOString();
    const [after] = await tx
      .update(voteRounds)
      .set({
        status: 'counted',
        result: counted.outcome.result,
        reasons: counted.outcome.reasons,
        resultJson: counted.resultJson,
        scenarioJson: counted.scenarioJson,
        countedAt: now,
        countedBy: actor.id,
        updatedAt: now,
      })
      .where(and(eq(voteRounds.countyCode, vr.countyCode), eq(voteRounds.id, voteId)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'result.compute',
      entity: 'vote',
      entityId: voteId,
      regionCode: vr.villageCode,
      before: { status: before.status },
      after: { status: 'counted', result: counted.outcome.result },
    });
    // a recall vote's request and member follow its result (H-2)
    await applyRecallResult(tx, vr, after!, actor);
    return { vote: after!, boxes };
  });
  publish(voteId, { type: 'status', status: counted.vote.status });
  return counted;
}

export async function withdrawResult(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  voteId: string,
  reason: string,
): Promise<VoteRow> {
  const vote = await db.transaction(async (tx) => {
    const before = await requireVote(tx, vr, voteId, true);
    if (before.status !== 'counted')
      throw conflict(
        before.status === 'counting' || before.status === 'polling'
          ? `${voteLabel(before)}还没有计算结果`
          : `${voteLabel(before)}的结果已${STATUS_LABELS[before.status]}，须由乡镇退回后才能撤回`,
      );
    const children = (await votesOf(tx, vr, before.electionId)).filter((v) => v.parentId === voteId);
    if (children.length > 0)
      throw conflict(`已根据本次结果开始了${children.map(voteLabel).join('、')}，不能撤回本次结果`);
    const [after] = await tx
      .update(voteRounds)
      .set({
        status: 'counting',
        result: null,
        reasons: null,
        resultJson: null,
        scenarioJson: null,
        countedAt: null,
        countedBy: null,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(voteRounds.countyCode, vr.countyCode), eq(voteRounds.id, voteId)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'result.withdraw',
      entity: 'vote',
      entityId: voteId,
      regionCode: vr.villageCode,
      before: { status: before.status, result: before.result },
      after: { status: 'counting', reason },
    });
    // a recall vote's request and member follow its result (H-2)
    await applyRecallResult(tx, vr, after!, actor);
    return after!;
  });
  publish(voteId, { type: 'status', status: vote.status });
  return vote;
}
