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
  // Only the listed fields: a row read back also carries its own hash, which must not feed in.
  const body = canonicalJson({
    countyCode: f.countyCode,
    seq: f.seq,
    at: new Date(f.at).toISOString(),
    actorId: f.actorId,
    actorName: f.actorName,
    action: f.action,
    entity: f.entity,
    entityId: f.entityId,
    regionCode: f.regionCode,
    before: f.before ?? null,
    after: f.after ?? null,
    prevHash: f.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}
