/**
 * Signatures on a recall request (联名, H-1), while it collects them: a voter on the published list (or,
 * for a request signed by representatives, a village representative), once each; one at a time or many
 * voter ids at once. A batch naming anyone who may not sign is refused whole, naming them; people who
 * already signed are skipped. A signature entered by mistake can be struck off. Audited.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { recallSignatures } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { isOnList, votersByIds } from '../../registration/village-voters.js';
import { progressOf, signerPool } from './progress.js';
import { statusWord } from './requests.js';
import { requireRequest, signaturesOf } from './rows.js';

function nameList(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join('、')}等 ${names.length} 人` : names.join('、');
}

export async function addSignatures(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  requestId: string,
  input: { voterIds: string[]; signedOn: IsoDate },
) {
  return db.transaction(async (tx) => {
    const req = await requireRequest(tx, vr, requestId, true);
    if (req.status !== 'collecting') throw conflict(`罢免要求${statusWord(req.status)}，不能再增加联名`);
    const ids = [...new Set(input.voterIds)];
    const people = await votersByIds(tx, vr, ids);
    const found = new Set(people.map((p) => p.id));
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length > 0) throw badRequest(`联名人：本村登记册中没有编号为 ${unknown.join('、')} 的人员`);
    const pool = await signerPool(tx, vr);
    if (req.signedBy === 'voters') {
      const off = people.filter((p) => !isOnList(p) || p.eligibility !== 'eligible');
      if (off.length > 0)
        throw badRequest(
          `联名人：${nameList(off.map((p) => p.name))}不在已公布的选民名单上，不能联名（H-1）`,
        );
    } else {
      const reps = new Set(pool.representatives);
      const off = people.filter((p) => !reps.has(p.id));
      if (off.length > 0)
        throw badRequest(
          `联名人：${nameList(off.map((p) => p.name))}不是本村村民代表，不能以村民代表身份联名（H-1）`,
        );
    }
    const had = new Set((await signaturesOf(tx, vr, [req.id])).map((s) => s.voterId));
    const fresh = ids.filter((id) => !had.has(id));
    if (fresh.length > 0)
      await tx
        .insert(recallSignatures)
        .values(
          fresh.map((voterId) => ({
            countyCode: vr.countyCode,
            requestId: req.id,
            voterId,
            signedOn: input.signedOn,
          })),
        )
        .onConflictDoNothing();
    const total = had.size + fresh.length;
    const progress = progressOf(vr, pool, req.signedBy, total);
    if (fresh.length > 0)
      await appendAudit(tx, {
        actor,
        action: 'recall.sign',
        entity: 'recall-request',
        entityId: req.id,
        regionCode: vr.villageCode,
        before: { signatures: had.size },
        after: { added: fresh, signedOn: input.signedOn, signatures: total },
      });
    return {
      added: fresh.length,
      skipped: ids.length - fresh.length,
      skippedNames: people.filter((p) => had.has(p.id)).map((p) => p.name),
      progress,
    };
  });
}

export async function removeSignature(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  requestId: string,
  voterId: string,
) {
  return db.transaction(async (tx) => {
    const req = await requireRequest(tx, vr, requestId, true);
    if (req.status !== 'collecting') throw conflict(`罢免要求${statusWord(req.status)}，不能再删除联名`);
    const [gone] = await tx
      .delete(recallSignatures)
      .where(
        and(
          eq(recallSignatures.countyCode, vr.countyCode),
          eq(recallSignatures.requestId, req.id),
          eq(recallSignatures.voterId, voterId),
        ),
      )
      .returning();
    if (!gone) throw notFound('该人员没有在这份罢免要求上联名');
    const total = (await signaturesOf(tx, vr, [req.id])).length;
    await appendAudit(tx, {
      actor,
      action: 'recall.unsign',
      entity: 'recall-request',
      entityId: req.id,
      regionCode: vr.villageCode,
      before: gone,
      after: { signatures: total },
    });
    return { progress: progressOf(vr, await signerPool(tx, vr), req.signedBy, total) };
  });
}
