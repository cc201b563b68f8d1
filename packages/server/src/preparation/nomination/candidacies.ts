/**
 * Who stands in the village's committee election, as the proxy checks need it (proxy.trusteeBar: a candidate or,
 * where the rule set says so, a self-nominee may not hold another voter's proxy): every nominee still
 * standing (nominated or on the slate, `isStanding`), by source.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { nominees } from '../../db/schema.js';
import type { Candidacies } from '../../registration/proxies/facts.js';
import type { VillageCtx } from '../../registration/village.js';
import { isStanding } from '../committee-election.js';

export async function candidaciesOf(db: Tx, vr: VillageCtx): Promise<Required<Candidacies>> {
  const rows = await db
    .select({ voterId: nominees.voterId, source: nominees.source, status: nominees.status })
    .from(nominees)
    .where(
      and(
        eq(nominees.countyCode, vr.countyCode),
        eq(nominees.roundId, vr.round.id),
        eq(nominees.villageCode, vr.villageCode),
      ),
    );
  const standing = rows.filter(isStanding);
  return {
    candidateVoterIds: [...new Set(standing.filter((n) => n.source === 'nomination').map((n) => n.voterId))],
    selfNomineeVoterIds: [
      ...new Set(standing.filter((n) => n.source === 'self-nomination').map((n) => n.voterId)),
    ],
  };
}
