/**
 * A box's acts, each in the audit log: closing an entry set (关闭录入: the ballot count and a SHA-256
 * digest of its rows; the second closing compares the two entries), reopening it (the committee, with
 * a reason), accepting one entry of a differing box after re-reading it, and the box's settings
 * (double entry required, the clerk of each set). The projector's totals follow each act.
 */
import { foldEntries } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import { can, inScope, type Role } from '../../auth/roles.js';
import type { Db, Tx } from '../../db/connect.js';
import { countBoxes, users, voteRounds } from '../../db/schema.js';
import { badRequest, conflict, forbidden } from '../../http/errors.js';
import { refreshLive } from '../live/state.js';
import { boxEntity, boxWhere, type CountBoxRow, clerkOf, closedAt, lockBox, userName } from './claim.js';
import { compareBox } from './compare.js';
import { type BoxKey, entryRowOf, rowsDigest, setRows } from './rows.js';
import { boxPlace, type VoteMeta } from './vote-meta.js';

export interface Caller {
  actor: Actor;
  /** holds count.decide (the election committee or an office above it) */
  decides: boolean;
}

async function requireCounting(tx: Tx, meta: VoteMeta): Promise<void> {
  const [v] = await tx
    .select({ status: voteRounds.status })
    .from(voteRounds)
    .where(and(eq(voteRounds.countyCode, meta.countyCode), eq(voteRounds.id, meta.id)))
    .for('share');
  if (v?.status !== 'counting')
    throw conflict('本次投票现在不在计票阶段：只有结束投票后、计算结果前可以操作票箱');
}

async function boxAct<T>(
  db: Db,
  meta: VoteMeta,
  placeId: string,
  act: (tx: Tx, box: BoxKey, row: CountBoxRow) => Promise<T>,
  counting = true,
): Promise<T> {
  await boxPlace(db, meta, placeId);
  const box: BoxKey = { countyCode: meta.countyCode, voteId: meta.id, placeId };
  const out = await db.transaction(async (tx) => {
    if (counting) await requireCounting(tx, meta);
    return act(tx, box, await lockBox(tx, box));
  });
  await refreshLive(db, meta);
  return out;
}

const audit = (
  tx: Tx,
  actor: Actor,
  meta: VoteMeta,
  box: BoxKey,
  action: string,
  before: unknown,
  after: unknown,
) =>
  appendAudit(tx, {
    actor,
    action,
    entity: 'count-box',
    entityId: boxEntity(box),
    regionCode: meta.villageCode,
    before,
    after: { voteId: box.voteId, placeId: box.placeId, ...(after as object) },
  });

/** 关闭录入: the set's clerk (or the committee) closes it; both closed on a double-entered box → compared. */
export function closeSet(db: Db, who: Caller, meta: VoteMeta, placeId: string, entrySet: 1 | 2) {
  return boxAct(db, meta, placeId, async (tx, box, b) => {
    const clerk = clerkOf(b, entrySet);
    if (clerk && clerk !== who.actor.id && !who.decides)
      throw forbidden(
        `本票箱的第${entrySet}次录入由 ${await userName(tx, clerk)} 负责，只有他本人或选委会可以关闭`,
      );
    if (closedAt(b, entrySet)) throw conflict(`本票箱的第${entrySet}次录入已经关闭`);
    if (entrySet === 2 && !b.doubleEntry) throw conflict('本票箱没有第二次录入');
    const rows = await setRows(tx, box, entrySet);
    const ballots = foldEntries(rows.map(entryRowOf)).length;
    const now = new Date().toISOString();
    await tx
      .update(countBoxes)
      .set(entrySet === 1 ? { closed1At: now } : { closed2At: now })
      .where(boxWhere(box));
    await audit(tx, who.actor, meta, box, 'count.close-set', null, {
      entrySet,
      ballots,
      rows: rows.length,
      digest: rowsDigest(rows),
    });
    const other = entrySet === 1 ? b.closed2At : b.closed1At;
    if (b.doubleEntry && other) await compareBox(tx, who.actor, meta, box);
    return { ballots };
  });
}

/** The committee reopens a closed set to correct it: the comparison and any acceptance are undone. */
export function reopenSet(
  db: Db,
  actor: Actor,
  meta: VoteMeta,
  placeId: string,
  entrySet: 1 | 2,
  reason: string,
) {
  return boxAct(db, meta, placeId, async (tx, box, b) => {
    if (!closedAt(b, entrySet)) throw conflict(`本票箱的第${entrySet}次录入没有关闭，不需要重新打开`);
    const after = {
      ...(entrySet === 1 ? { closed1At: null } : { closed2At: null }),
      comparison: 'pending' as const,
      difference: null,
      acceptedSet: null,
      resolvedNote: null,
    };
    await tx.update(countBoxes).set(after).where(boxWhere(box));
    await audit(tx, actor, meta, box, 'count.reopen-set', b, { entrySet, reason, ...after });
  });
}

/** After re-reading a differing box, the committee accepts one entry as the box's count. */
export function acceptSet(
  db: Db,
  actor: Actor,
  meta: VoteMeta,
  placeId: string,
  entrySet: 1 | 2,
  note: string,
) {
  return boxAct(db, meta, placeId, async (tx, box, b) => {
    if (!b.closed1At || !b.closed2At || b.comparison !== 'differ')
      throw conflict('只有两次录入都已关闭且核对不一致的票箱，才需要选委会认定采用哪一次录入');
    await tx.update(countBoxes).set({ acceptedSet: entrySet, resolvedNote: note }).where(boxWhere(box));
    await audit(tx, actor, meta, box, 'count.accept-set', b, {
      acceptedSet: entrySet,
      note,
      difference: b.difference,
    });
  });
}

export interface BoxSettings {
  doubleEntry?: boolean | undefined;
  clerk1?: string | null | undefined;
  clerk2?: string | null | undefined;
}

async function checkClerk(tx: Tx, meta: VoteMeta, id: string, field: string): Promise<void> {
  const [u] = await tx.select().from(users).where(eq(users.id, id));
  if (!u || u.disabled) throw badRequest(`${field}：没有这个用户或已停用`);
  if (!can(u.role as Role, 'count.enter') || !inScope(u.regionCode, meta.villageCode))
    throw badRequest(`${field}：${u.displayName} 不能录入本村的选票`);
}

/** The committee requires a second entry, or names the clerk of a set (换人). */
export function boxSettings(db: Db, actor: Actor, meta: VoteMeta, placeId: string, s: BoxSettings) {
  return boxAct(
    db,
    meta,
    placeId,
    async (tx, box, b) => {
      const next = {
        doubleEntry: s.doubleEntry ?? b.doubleEntry,
        clerk1: s.clerk1 === undefined ? b.clerk1 : s.clerk1,
        clerk2: s.clerk2 === undefined ? b.clerk2 : s.clerk2,
      };
      for (const [n, field] of [
        [1, '第一次录入的计票人'],
        [2, '第二次录入的计票人'],
      ] as const) {
        const id = n === 1 ? next.clerk1 : next.clerk2;
        if (id === clerkOf(b, n)) continue;
        if (closedAt(b, n)) throw conflict(`${field}：这次录入已经关闭，不能换人`);
        if (id) await checkClerk(tx, meta, id, field);
      }
      if (next.clerk1 && next.clerk1 === next.clerk2)
        throw badRequest('第二次录入的计票人：两次录入须由两名不同的计票人进行');
      if (!next.doubleEntry && b.doubleEntry && (b.clerk2 || b.closed2At))
        throw conflict('是否双人录入：第二次录入已经开始，不能取消');
      await tx.update(countBoxes).set(next).where(boxWhere(box));
      await audit(
        tx,
        actor,
        meta,
        box,
        'count.box-settings',
        { doubleEntry: b.doubleEntry, clerk1: b.clerk1, clerk2: b.clerk2 },
        next,
      );
    },
    false,
  );
}
