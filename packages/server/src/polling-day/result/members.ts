/**
 * The committee's members as the township's confirmations make them: every confirmed vote of the
 * election in order seats its winners (office, rank, votes, since its polling date) and unseats the
 * people the kinship rule made give up their seat. Recomputed from all confirmed votes whenever one is
 * confirmed or reopened, so a reopened vote's winners leave again. Members who since left (recalled,
 * resigned, terminated) and members entered by hand are never touched.
 */
import type { ElectionResult } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { bodyMembers } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { votesOf } from '../votes.js';

export interface Seat {
  voterId: string;
  office: string;
  officeTitle: string;
  rank: number;
  votes: number;
  voteRoundId: string;
  since: string;
}

/** Who the confirmed votes seat, in the order they were elected. */
export async function confirmedSeats(tx: Tx, vr: VillageCtx, electionId: string): Promise<Seat[]> {
  const seats = new Map<string, Seat>();
  for (const v of await votesOf(tx, vr, electionId)) {
    if (v.status !== 'confirmed' || v.kind === 'recall' || !v.resultJson) continue;
    const r = JSON.parse(v.resultJson) as ElectionResult;
    for (const k of r.kinRemoved) seats.delete(k.person);
    for (const o of r.offices) {
      const office = v.offices.find((x) => x.id === o.id);
      for (const p of o.elected)
        seats.set(p, {
          voterId: p,
          office: o.id,
          officeTitle: office?.title ?? o.id,
          rank: office?.rank ?? 3,
          votes: o.votes[p] ?? 0,
          voteRoundId: v.id,
          since: v.pollingDate,
        });
    }
  }
  return [...seats.values()];
}

export async function reseatElection(tx: Tx, vr: VillageCtx, electionId: string): Promise<Seat[]> {
  const seats = await confirmedSeats(tx, vr, electionId);
  const where = and(eq(bodyMembers.countyCode, vr.countyCode), eq(bodyMembers.electionId, electionId));
  const existing = await tx.select().from(bodyMembers).where(where).for('update');
  const wanted = new Map(seats.map((s) => [s.voterId, s]));
  for (const row of existing)
    if (row.source === 'result' && row.status === 'serving' && !wanted.has(row.voterId))
      await tx.delete(bodyMembers).where(and(where, eq(bodyMembers.voterId, row.voterId)));
  // people who left office since, and members entered by hand, keep their rows as they are
  const left = new Set(
    existing.filter((r) => r.source !== 'result' || r.status !== 'serving').map((r) => r.voterId),
  );
  const seated: Seat[] = [];
  for (const s of seats) {
    if (left.has(s.voterId)) continue;
    const values = {
      office: s.office,
      officeTitle: s.officeTitle,
      rank: s.rank,
      voteRoundId: s.voteRoundId,
      votes: s.votes,
      since: s.since,
      source: 'result' as const,
      status: 'serving' as const,
      updatedAt: new Date().toISOString(),
    };
    await tx
      .insert(bodyMembers)
      .values({
        countyCode: vr.countyCode,
        electionId,
        voterId: s.voterId,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        ...values,
      })
      .onConflictDoUpdate({
        target: [bodyMembers.countyCode, bodyMembers.electionId, bodyMembers.voterId],
        set: values,
      });
    seated.push(s);
  }
  return seated;
}
