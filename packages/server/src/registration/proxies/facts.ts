/** Reads from the database what `proxyProblems` needs to judge one application. */
import { type IsoDate, KIN_RELATIONS, type KinRelation, type ProxyReason } from '@huanjie/core';
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { proxies } from '../../db/schema.js';
import type { VillageCtx } from '../village.js';
import { isOnList, type VoterRow, votersByIds } from '../village-voters.js';
import type { ProxyFacts } from './check.js';

export type ProxyRow = typeof proxies.$inferSelect;

/** Who stands in the elections; issue 5 (nomination) passes them, until then both lists are empty. */
export interface Candidacies {
  candidateVoterIds?: readonly string[];
  selfNomineeVoterIds?: readonly string[];
}

/** The stored relation: a kin relation, or 'none' when the applicant states there is none. */
export function relationOf(stored: string): KinRelation | null {
  return (KIN_RELATIONS as readonly string[]).includes(stored) ? (stored as KinRelation) : null;
}

export async function proxyFacts(
  tx: Tx,
  vr: VillageCtx,
  p: {
    id: string | null;
    principal: VoterRow;
    trustee: VoterRow;
    relation: string;
    reason: ProxyReason;
    appliedOn: IsoDate;
  },
  electionDay: IsoDate,
  candidacies: Candidacies,
): Promise<ProxyFacts> {
  const others = await tx
    .select()
    .from(proxies)
    .where(
      and(
        eq(proxies.countyCode, vr.countyCode),
        eq(proxies.roundId, vr.round.id),
        eq(proxies.villageCode, vr.villageCode),
        ne(proxies.status, 'refused'),
        or(
          inArray(proxies.trusteeVoterId, [p.trustee.id, p.principal.id]),
          inArray(proxies.principalVoterId, [p.trustee.id, p.principal.id]),
        ),
      ),
    );
  const live = others.filter((o) => o.id !== p.id);
  const approved = live.filter((o) => o.status === 'approved');
  const principalOther = live.find((o) => o.principalVoterId === p.principal.id);
  const trusteeGave = approved.find((o) => o.principalVoterId === p.trustee.id);
  const names = new Map(
    (
      await votersByIds(
        tx,
        vr,
        [principalOther, trusteeGave].flatMap((o) => (o ? [o.trusteeVoterId] : [])),
      )
    ).map((v) => [v.id, v.name]),
  );
  return {
    principal: { id: p.principal.id, name: p.principal.name, onList: isOnList(p.principal) },
    trustee: { id: p.trustee.id, name: p.trustee.name, onList: isOnList(p.trustee) },
    relation: relationOf(p.relation),
    reason: p.reason,
    appliedOn: p.appliedOn,
    // No column records where it was made: one dated election day can only be made on the spot (G-3).
    atPollingPlace: p.appliedOn >= electionDay,
    electionDay,
    trusteeApproved: approved.filter((o) => o.trusteeVoterId === p.trustee.id).length,
    principalHeld: approved.filter((o) => o.trusteeVoterId === p.principal.id).length,
    principalOtherProxyTo: principalOther ? (names.get(principalOther.trusteeVoterId) ?? '他人') : null,
    trusteeGaveProxyTo: trusteeGave ? (names.get(trusteeGave.trusteeVoterId) ?? '他人') : null,
    trusteeIsCandidate: candidacies.candidateVoterIds?.includes(p.trustee.id) ?? false,
    trusteeIsSelfNominee: candidacies.selfNomineeVoterIds?.includes(p.trustee.id) ?? false,
  };
}
