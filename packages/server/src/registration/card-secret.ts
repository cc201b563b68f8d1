/**
 * The installation's key for the QR codes on 选民证 and 委托投票证 (documents/card-code.ts): made
 * once, at random, and kept in `meta`. It is deliberately not audited: the audit log is readable
 * by observers, and a key written there would let anyone forge cards.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { meta } from '../db/schema.js';

const KEY = 'card-secret';

export async function cardSecret(db: Tx): Promise<string> {
  // Insert-if-absent then read: two first requests at once still agree on one key.
  await db
    .insert(meta)
    .values({ key: KEY, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select().from(meta).where(eq(meta.key, KEY));
  return row!.value as string;
}
