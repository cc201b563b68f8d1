/**
 * Where the village stands once the township confirms a result: every seat of the committee filled by
 * confirmed votes → the village's round is 已完成 (completed) and its election held; seats still open
 * (a runoff or revote to come) → 投票中 (voting). Reopening a confirmed result takes it back to voting.
 * Postponed, failed and re-run villages are the township's decision and are left as they are. The
 * progress page and the round's statistics read this status. Audited like the township's own changes.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { elections, roundVillages } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { votesOf } from '../votes.js';

const FOLLOWS_RESULTS = new Set(['preparing', 'scheduled', 'voting', 'completed']);

export async function followVillageProgress(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  electionId: string,
  seated: number,
): Promise<void> {
  const votes = await votesOf(tx, vr, electionId);
  const first = votes.find((v) => v.kind === 'first');
  if (!first) return;
  const seats = first.offices.reduce((n, o) => n + o.seats, 0);
  const filled = seated >= seats && votes.every((v) => v.status === 'confirmed');
  const where = and(
    eq(roundVillages.countyCode, vr.countyCode),
    eq(roundVillages.roundId, vr.round.id),
    eq(roundVillages.villageCode, vr.villageCode),
  );
  const [before] = await tx.select().from(roundVillages).where(where).for('update');
  if (!before || !FOLLOWS_RESULTS.has(before.status)) return;
  const status = filled ? 'completed' : 'voting';
  if (before.status !== status) {
    const [after] = await tx.update(roundVillages).set({ status }).where(where).returning();
    await appendAudit(tx, {
      actor,
      action: 'round-village.progress',
      entity: 'round-village',
      entityId: `${vr.round.id}/${vr.villageCode}`,
      regionCode: vr.villageCode,
      before: { status: before.status },
      after: { status: after!.status, seated, seats },
    });
  }
  await tx
    .update(elections)
    .set({ status: filled ? 'held' : 'scheduled' })
    .where(
      and(
        eq(elections.countyCode, vr.countyCode),
        eq(elections.id, electionId),
        // a failed or postponed election is the township's call
        ...(filled ? [] : [eq(elections.status, 'held')]),
      ),
    );
}
