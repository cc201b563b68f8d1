/** Village posts J2-3 names (村文书, 报账员, 财务人员, 集体经济组织负责人): recorded and removed, audited. */
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db } from '../db/connect.js';
import { villagePosts } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import type { VillageCtx } from '../registration/village.js';
import { requireVoter } from '../registration/village-voters.js';
import { POST_LABELS, type RecordedPost } from './offices.js';

export async function addPost(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { voterId: string; post: RecordedPost; since?: IsoDate | undefined },
) {
  return db.transaction(async (tx) => {
    const voter = await requireVoter(tx, vr, input.voterId, '任职人员');
    const [row] = await tx
      .insert(villagePosts)
      .values({
        countyCode: vr.countyCode,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        voterId: voter.id,
        post: input.post,
        since: input.since ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`${voter.name}已登记为${POST_LABELS[input.post]}`);
    await appendAudit(tx, {
      actor,
      action: 'body.post-add',
      entity: 'village-post',
      entityId: `${voter.id}:${input.post}`,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row;
  });
}

export async function removePost(db: Db, actor: Actor, vr: VillageCtx, voterId: string, post: RecordedPost) {
  return db.transaction(async (tx) => {
    const where = and(
      eq(villagePosts.countyCode, vr.countyCode),
      eq(villagePosts.roundId, vr.round.id),
      eq(villagePosts.villageCode, vr.villageCode),
      eq(villagePosts.voterId, voterId),
      eq(villagePosts.post, post),
    );
    const [before] = await tx.delete(villagePosts).where(where).returning();
    if (!before) throw notFound(`该人员未登记为${POST_LABELS[post]}`);
    await appendAudit(tx, {
      actor,
      action: 'body.post-remove',
      entity: 'village-post',
      entityId: `${voterId}:${post}`,
      regionCode: vr.villageCode,
      before,
      after: null,
    });
  });
}
