/**
 * Appends one entry to a county's audit chain. Always called inside the transaction that
 * makes the change, so the change and its record commit or roll back together.
 */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { auditHeads, auditLog } from '../db/schema.js';
import type { Actor } from './actor.js';
import { auditHash, GENESIS_HASH } from './hash.js';

/** Chain for actions above county level (province, city, installation-wide users). */
export const NO_COUNTY = '000000';

export interface AuditChange {
  actor: Actor;
  /** e.g. 'region.rename', 'round.create', 'user.reset-password' */
  action: string;
  entity: string;
  entityId: string;
  regionCode: string | null;
  before: unknown;
  after: unknown;
}

export function countyOf(regionCode: string | null): string {
  return regionCode && regionCode.length >= 6 ? regionCode.slice(0, 6) : NO_COUNTY;
}

export async function appendAudit(tx: Tx, change: AuditChange, at: Date = new Date()): Promise<number> {
  const countyCode = countyOf(change.regionCode);
  // Take (or create) the chain head; its row lock serialises concurrent appends to this chain.
  const [head] = await tx
    .insert(auditHeads)
    .values({ countyCode, seq: 1, hash: GENESIS_HASH })
    .onConflictDoUpdate({ target: auditHeads.countyCode, set: { seq: sql`${auditHeads.seq} + 1` } })
    .returning({ seq: auditHeads.seq, prevHash: auditHeads.hash });
  if (!head) throw new Error('audit head missing');
  const row = {
    countyCode,
    seq: head.seq,
    at: at.toISOString(),
    actorId: change.actor.id,
    actorName: change.actor.name,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    regionCode: change.regionCode,
    before: change.before ?? null,
    after: change.after ?? null,
    prevHash: head.prevHash,
  };
  const hash = auditHash(row);
  await tx.insert(auditLog).values({ ...row, hash });
  await tx.update(auditHeads).set({ hash }).where(eq(auditHeads.countyCode, countyCode));
  return head.seq;
}
