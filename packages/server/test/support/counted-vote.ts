/**
 * Writes a counted result straight into a vote, as the count (parts A–C of issue 6) would leave it:
 * ballot_issues rows for the people who voted (in person, by proxy, at the mobile box), and the
 * engine's huanjie-result/1 and reasons for ballots the test gives, tallied with core `tally` under
 * the round's rule set. Lets the result documents and recall tests run without the count's screens.
 */
import {
  type BallotGroup,
  getRuleSet,
  type Person,
  type RecallBallotGroup,
  SCENARIO_FORMAT,
  type Scenario,
  tally,
} from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../src/db/connect.js';
import { ballotIssues, rounds, voteRounds, voters } from '../../src/db/schema.js';

export interface Issued {
  voterId: string;
  placeId: string;
  via?: 'in-person' | 'proxy' | 'mobile';
  trusteeVoterId?: string;
}

export async function writeCountedResult(
  database: Database,
  countyCode: string,
  voteId: string,
  issued: readonly Issued[],
  ballots: readonly BallotGroup[] | readonly RecallBallotGroup[],
  status: 'counted' | 'reported' | 'confirmed' = 'counted',
): Promise<unknown> {
  const { db } = database;
  const [vote] = await db
    .select()
    .from(voteRounds)
    .where(and(eq(voteRounds.countyCode, countyCode), eq(voteRounds.id, voteId)));
  if (!vote) throw new Error(`no vote ${voteId}`);
  const [round] = await db.select().from(rounds).where(eq(rounds.id, vote.roundId));
  const ruleSet = getRuleSet(round!.rulesetId)!;
  if (issued.length > 0)
    await db.insert(ballotIssues).values(
      issued.map((i) => ({
        countyCode,
        voteRoundId: voteId,
        voterId: i.voterId,
        electionId: vote.electionId,
        roundId: vote.roundId,
        villageCode: vote.villageCode,
        placeId: i.placeId,
        via: i.via ?? ('in-person' as const),
        trusteeVoterId: i.trusteeVoterId ?? null,
        foundBy: 'search' as const,
        issuedBy: 'test',
        issuedByName: '测试',
      })),
    );
  const totals = { registered: vote.registered, voted: issued.length, issued: issued.length };
  let scenario: Scenario;
  if (vote.kind === 'recall') {
    scenario = {
      format: SCENARIO_FORMAT,
      name: 'test',
      ruleset: ruleSet.id,
      body: 'recall',
      round: 'first',
      ...totals,
      ballots: ballots as RecallBallotGroup[],
    };
  } else {
    const marked = new Set<string>(vote.candidates.map((c) => c.voterId));
    for (const b of ballots as BallotGroup[])
      for (const ids of Object.values(b.marks ?? {})) for (const id of ids) marked.add(id);
    for (const e of vote.electedBefore) marked.add(e.voterId);
    const people = await db
      .select({ id: voters.id, name: voters.name, sex: voters.sex })
      .from(voters)
      .where(and(eq(voters.countyCode, countyCode), inArray(voters.id, [...marked])));
    scenario = {
      format: SCENARIO_FORMAT,
      name: 'test',
      ruleset: ruleSet.id,
      body: 'village-committee',
      round: vote.tallyRound,
      ...totals,
      offices: vote.offices.map((o) => ({ ...o, womenOnly: o.womenOnly === true })),
      people: people.map((p): Person => ({ ...p, relations: [] })),
      electedBefore: vote.electedBefore.map((e) => ({ person: e.voterId, office: e.office, rank: e.rank })),
      ballots: ballots as BallotGroup[],
    };
  }
  const out = tally(scenario, ruleSet);
  if (!out.ok) throw new Error(`tally: ${out.error.path} ${out.error.message}`);
  const now = new Date().toISOString();
  await db
    .update(voteRounds)
    .set({
      status,
      result: out.value.result,
      reasons: out.value.reasons,
      countedAt: now,
      countedBy: 'test',
      ...(status === 'confirmed' ? { confirmedAt: now, confirmedBy: 'test', confirmedByName: '测试' } : {}),
    })
    .where(and(eq(voteRounds.countyCode, countyCode), eq(voteRounds.id, voteId)));
  return out.value.result;
}
