/**
 * The one-page introduction of a candidate (候选人简历, seed 004 正式候选人简历简报): education,
 * political status, current post, experience and the plans the candidate will present at the meeting
 * with villagers (D-3). Kept in nominees.bio; entered by the election committee's staff.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { type NomineeBio, nominees } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { isReviewee } from '../review/status.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Drops empty fields and checks the experience lines' months (YYYY-MM, from no later than to). */
export function cleanBio(bio: NomineeBio): NomineeBio {
  const out: NomineeBio = {};
  for (const key of ['education', 'politicalStatus', 'currentPost', 'plans', 'photoNote'] as const) {
    const v = bio[key]?.trim();
    if (v) out[key] = v;
  }
  const experience = (bio.experience ?? [])
    .map((e) => ({ from: e.from.trim(), to: e.to?.trim() || null, what: e.what.trim() }))
    .filter((e) => e.from !== '' || e.what !== '');
  experience.forEach((e, i) => {
    if (!MONTH.test(e.from)) throw badRequest(`主要经历第${i + 1}行：起始年月应写作 YYYY-MM`);
    if (e.to !== null && !MONTH.test(e.to))
      throw badRequest(`主要经历第${i + 1}行：终止年月应写作 YYYY-MM，至今留空`);
    if (e.to !== null && e.to < e.from) throw badRequest(`主要经历第${i + 1}行：终止年月早于起始年月`);
    if (e.what === '') throw badRequest(`主要经历第${i + 1}行：请填写经历内容`);
  });
  if (experience.length > 0) out.experience = experience;
  return out;
}

export async function saveBio(db: Db, actor: Actor, vr: VillageCtx, nomineeId: string, bio: NomineeBio) {
  const clean = cleanBio(bio);
  return db.transaction(async (tx) => {
    const where = and(
      eq(nominees.countyCode, vr.countyCode),
      eq(nominees.id, nomineeId),
      eq(nominees.roundId, vr.round.id),
      eq(nominees.villageCode, vr.villageCode),
    );
    const [n] = await tx.select().from(nominees).where(where).for('update');
    if (!n) throw notFound(`本村没有编号为 ${nomineeId} 的候选人`);
    if (!isReviewee(n) || n.source === 'elected-write-in')
      throw badRequest(`${n.name}不在候选人（自荐人）名单上，无需填写简历`);
    const [after] = await tx
      .update(nominees)
      .set({ bio: clean, updatedAt: new Date().toISOString() })
      .where(where)
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'candidate.bio',
      entity: 'nominee',
      entityId: n.id,
      regionCode: vr.villageCode,
      before: { name: n.name, bio: n.bio },
      after: { name: n.name, bio: clean },
    });
    return { id: after!.id, name: after!.name, bio: after!.bio };
  });
}
