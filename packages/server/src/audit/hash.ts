import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers: everything but the hash itself. */
export interface HashedAuditFields {
  countyCode: string;
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  regionCode: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
}

export function auditHash(f: HashedAuditFields): string {
  // `at` is normalised to an ISO instant: the database hands timestamps back in its own format.
  const body = canonicalJson({ ...f, at: new Date(f.at).toISOString(), before: f.before ?? null, after: f.after ?? null });
  return createHash('sha256').update(body).digest('hex');
}
