/**
 * Who enters a box's entry set: the first clerk to enter a ballot into set 1 (or 2) holds it; nobody
 * else may enter there until the committee names another clerk. The second entry must be someone
 * other than the first (an independent check); starting it marks the box as double-entered.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { countBoxes, users } from '../../db/schema.js';
import { conflict, forbidden } from '../../http/errors.js';
import type { BoxKey } from './rows.js';
import type { VoteMeta } from './vote-meta.js';

/** A signed-in user entering ballots (never the system). */
export type Clerk = Actor & { id: string };

export type CountBoxRow = typeof countBoxes.$inferSelect;

export const boxWhere = (box: BoxKey) =>
  and(
    eq(countBoxes.countyCode, box.countyCode),
    eq(countBoxes.voteRoundId, box.voteId),
    eq(countBoxes.placeId, box.placeId),
  );

export const boxEntity = (box: BoxKey) => `${box.voteId}/${box.placeId}`;

/** The box's row, created empty if the box has none yet, locked for the rest of the transaction. */
export async function lockBox(tx: Tx, box: BoxKey): Promise<CountBoxRow> {
  await tx
    .insert(countBoxes)
    .values({ countyCode: box.countyCode, voteRoundId: box.voteId, placeId: box.placeId })
    .onConflictDoNothing();
  const [row] = await tx.select().from(countBoxes).where(boxWhere(box)).for('update');
  return row!;
}

export async function userName(db: Tx, id: string | null): Promise<string> {
  if (!id) return '';
  const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return u?.name ?? id;
}

export const clerkOf = (b: CountBoxRow, entrySet: 1 | 2) => (entrySet === 1 ? b.clerk1 : b.clerk2);
export const closedAt = (b: CountBoxRow, entrySet: 1 | 2) => (entrySet === 1 ? b.closed1At : b.closed2At);

/** Makes the caller the set's clerk if nobody holds it; refuses someone else's set or a closed one. */
export async function claimSet(
  db: Db,
  actor: Clerk,
  meta: VoteMeta,
  box: BoxKey,
  entrySet: 1 | 2,
): Promise<void> {
  await db.transaction(async (tx) => {
    const b = await lockBox(tx, box);
    const clerk = clerkOf(b, entrySet);
    if (clerk && clerk !== actor.id)
      throw forbidden(
        `本票箱的第${entrySet}次录入由 ${await userName(tx, clerk)} 负责；如需换人，请选委会在计票页重新指定`,
      );
    if (closedAt(b, entrySet))
      throw conflict(`本票箱的第${entrySet}次录入已经关闭；如需更正，请选委会重新打开`);
    if (clerk === actor.id) return;
    if (clerkOf(b, entrySet === 1 ? 2 : 1) === actor.id)
      throw conflict('同一票箱的两次录入须由两名不同的计票人分别进行：您已负责本票箱的另一次录入');
    const set = entrySet === 1 ? { clerk1: actor.id } : { clerk2: actor.id, doubleEntry: true };
    await tx.update(countBoxes).set(set).where(boxWhere(box));
    const place = meta.places.find((p) => p.id === box.placeId);
    await appendAudit(tx, {
      actor,
      action: 'count.claim-set',
      entity: 'count-box',
      entityId: boxEntity(box),
      regionCode: meta.villageCode,
      before: { clerk: null },
      after: { voteId: box.voteId, placeId: box.placeId, place: place?.name, entrySet, clerk: actor.id },
    });
  });
}
