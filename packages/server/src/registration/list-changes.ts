/**
 * 除名 and 补登. Before the list is published they only change the person's status; after it,
 * each is also a list_changes entry (with reason and date) so the list can be reprinted with them.
 * A removal with a reason is also what clears a registered-twice flag.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, max, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { listChanges, listPublications, voters } from '../db/schema.js';
import { badRequest } from '../http/errors.js';
import { getVoter } from './person.js';
import type { VillageCtx } from './village.js';

export async function latestPublication(tx: Tx, ctx: VillageCtx) {
  const [row] = await tx
    .select()
    .from(listPublications)
    .where(
      and(
        eq(listPublications.countyCode, ctx.countyCode),
        eq(listPublications.roundId, ctx.round.id),
        eq(listPublications.villageCode, ctx.villageCode),
      ),
    )
    .orderBy(sql`${listPublications.version} desc`)
    .limit(1);
  return row ?? null;
}

export interface ChangeInput {
  reason: string;
  changedOn: string;
  objectionId?: string | null;
}

export async function changeListing(
  db: Db,
  actor: Actor,
  ctx: VillageCtx,
  voterId: string,
  kind: 'add' | 'remove',
  input: ChangeInput,
) {
  return db.transaction(async (tx) => {
    const old = await getVoter(tx, ctx, voterId);
    const published = await latestPublication(tx, ctx);
    if (kind === 'remove' && old.listStatus === 'removed') throw badRequest(`${old.name}已经除名`);
    if (kind === 'add') {
      if (old.listStatus === 'listed' || old.listStatus === 'added')
        throw badRequest(`${old.name}已在选民名单上`);
      if (old.eligibility !== 'eligible')
        throw badRequest(
          `${old.name}不符合登记条件，不能补登：${(old.ineligibleReasons as { reason: string }[]).map((r) => r.reason).join('；')}`,
        );
    }
    if (published && input.changedOn < published.publishedOn)
      throw badRequest(`变动日期${input.changedOn}早于名单公布日期${published.publishedOn}`);
    let voterNo = old.voterNo;
    if (kind === 'add' && published && voterNo === null) {
      // 补登 after publication: the next number, so numbers already on voter cards stay put
      const [m] = await tx
        .select({ n: max(voters.voterNo) })
        .from(voters)
        .where(
          and(
            eq(voters.countyCode, ctx.countyCode),
            eq(voters.roundId, ctx.round.id),
            eq(voters.villageCode, ctx.villageCode),
          ),
        );
      voterNo = (m?.n ?? 0) + 1;
    }
    const status = kind === 'remove' ? 'removed' : published ? 'added' : 'pending';
    const [row] = await tx
      .update(voters)
      .set({
        listStatus: status,
        voterNo,
        removedReason: kind === 'remove' ? input.reason : null,
        removedOn: kind === 'remove' ? input.changedOn : null,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.id, voterId)))
      .returning();
    let change = null;
    if (published) {
      [change] = await tx
        .insert(listChanges)
        .values({
          countyCode: ctx.countyCode,
          id: randomUUID(),
          roundId: ctx.round.id,
          villageCode: ctx.villageCode,
          voterId,
          kind,
          reason: input.reason,
          changedOn: input.changedOn,
          objectionId: input.objectionId ?? null,
          createdBy: actor.id,
        })
        .returning();
    }
    await appendAudit(tx, {
      actor,
      action: kind === 'remove' ? 'voter.remove' : 'voter.add',
      entity: 'voter',
      entityId: voterId,
      regionCode: ctx.villageCode,
      before: { listStatus: old.listStatus, voterNo: old.voterNo, removedReason: old.removedReason },
      after: {
        listStatus: row?.listStatus,
        voterNo,
        reason: input.reason,
        changedOn: input.changedOn,
        changeId: change?.id ?? null,
      },
    });
    return { voter: row!, change };
  });
}
