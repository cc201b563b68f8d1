/**
 * The township's (or county's) results board for a round: each village with its committee election's
 * votes, the latest one's status, whether a result waits for confirmation, and the people elected so
 * far (from every vote with a result, in order; the kinship rule's removals taken out), so a result
 * shows as soon as the village reports it.
 */
import type { ElectionResult } from '@huanjie/core';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { elections, roundVillages, voteRounds, voters } from '../../db/schema.js';
import { regionsByCodes } from '../../regions/queries.js';
import type { RoundRow } from '../../rounds/service.js';
import { VOTE_KIND_LABELS, type VoteRow } from '../votes.js';
import { STATUS_LABELS } from './status.js';

export interface AreaWinner {
  voterId: string;
  name: string;
  office: string;
  officeTitle: string;
  votes: number;
  voteSeq: number;
  confirmed: boolean;
}

export async function areaResults(db: Tx, round: RoundRow, code: string) {
  const under = `${code}%`;
  const [villages, electionRows, votes] = await Promise.all([
    db
      .select()
      .from(roundVillages)
      .where(
        and(
          eq(roundVillages.countyCode, round.countyCode),
          eq(roundVillages.roundId, round.id),
          eq(roundVillages.included, true),
          like(roundVillages.villageCode, under),
        ),
      ),
    db
      .select()
      .from(elections)
      .where(
        and(
          eq(elections.countyCode, round.countyCode),
          eq(elections.roundId, round.id),
          like(elections.villageCode, under),
          inArray(elections.kind, ['village-committee', 'residents-committee']),
        ),
      ),
    db
      .select()
      .from(voteRounds)
      .where(
        and(
          eq(voteRounds.countyCode, round.countyCode),
          eq(voteRounds.roundId, round.id),
          like(voteRounds.villageCode, under),
        ),
      )
      .orderBy(asc(voteRounds.seq)),
  ]);
  const election = new Map<string, (typeof electionRows)[number]>();
  for (const e of electionRows) {
    const seen = election.get(e.villageCode);
    if (!seen || seen.attempt < e.attempt) election.set(e.villageCode, e);
  }
  const names = new Map(
    (
      await regionsByCodes(
        db,
        villages.map((v) => v.villageCode),
      )
    ).map((r) => [r.code, r.name]),
  );
  const winnersOf = new Map<string, Omit<AreaWinner, 'name'>[]>();
  const items = villages.map((v) => {
    const e = election.get(v.villageCode);
    const own = votes.filter((x) => x.electionId === e?.id && x.kind !== 'recall');
    const latest = own[own.length - 1] ?? null;
    const winners = electedSoFar(own);
    winnersOf.set(v.villageCode, winners);
    return {
      villageCode: v.villageCode,
      name: names.get(v.villageCode) ?? v.villageCode,
      electionDay: v.electionDay,
      votes: own.length,
      latest: latest && {
        id: latest.id,
        seq: latest.seq,
        kind: latest.kind,
        kindLabel: VOTE_KIND_LABELS[latest.kind],
        status: latest.status,
        statusLabel: STATUS_LABELS[latest.status],
        pollingDate: latest.pollingDate,
      },
      awaitingConfirmation: own.filter((x) => x.status === 'reported').map((x) => x.id),
      winners: [] as AreaWinner[],
    };
  });
  const ids = [...new Set([...winnersOf.values()].flat().map((w) => w.voterId))];
  const people =
    ids.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db
              .select({ id: voters.id, name: voters.name })
              .from(voters)
              .where(and(eq(voters.countyCode, round.countyCode), inArray(voters.id, ids)))
          ).map((p) => [p.id, p.name]),
        );
  for (const item of items)
    item.winners = (winnersOf.get(item.villageCode) ?? []).map((w) => ({
      ...w,
      name: people.get(w.voterId) ?? w.voterId,
    }));
  // villages waiting for the township first, then by code
  items.sort(
    (a, b) =>
      Number(b.awaitingConfirmation.length > 0) - Number(a.awaitingConfirmation.length > 0) ||
      a.villageCode.localeCompare(b.villageCode),
  );
  return { items };
}

/** People elected in the votes with a result so far (reported, confirmed or only counted). */
function electedSoFar(votes: readonly VoteRow[]): Omit<AreaWinner, 'name'>[] {
  const seats = new Map<string, Omit<AreaWinner, 'name'>>();
  for (const v of votes) {
    if (!v.resultJson) continue;
    const r = JSON.parse(v.resultJson) as ElectionResult;
    for (const k of r.kinRemoved) seats.delete(k.person);
    for (const o of r.offices)
      for (const p of o.elected)
        seats.set(p, {
          voterId: p,
          office: o.id,
          officeTitle: v.offices.find((x) => x.id === o.id)?.title ?? o.id,
          votes: o.votes[p] ?? 0,
          voteSeq: v.seq,
          confirmed: v.status === 'confirmed',
        });
  }
  return [...seats.values()];
}
