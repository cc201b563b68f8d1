/**
 * The `huanjie-scenario/1` document of a vote, built from what the database holds now: the vote's
 * offices, ballot people and earlier winners, the published list's count (carried on the vote), the
 * people who voted and the ballots issued (ballot_issues: one row each, so the two are equal), every
 * counting box's ballots, and the names, sexes and kinship of everyone it names. Counting it is
 * `countScenario`: the document goes through the same parser as `huanjie tally`, so the app and the
 * command line count the very same thing.
 */
import {
  electionVoteScenario,
  formatScenarioError,
  parseScenario,
  recallVoteScenario,
  type Scenario,
  type TallyOutcome,
  tally,
} from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { ballotIssues, elections } from '../../db/schema.js';
import { villageRelations } from '../../preparation/kinship/service.js';
import { regionsByCodes } from '../../regions/queries.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import type { CountState } from '../entry/ledger.js';
import { VOTE_KIND_LABELS, type VoteRow } from '../votes.js';
import { ballotGroupsByBox } from './boxes.js';

export async function votedCount(db: Tx, vr: VillageCtx, voteId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ballotIssues)
    .where(and(eq(ballotIssues.countyCode, vr.countyCode), eq(ballotIssues.voteRoundId, voteId)));
  return Number(row?.n ?? 0);
}

export function voteLabel(vote: Pick<VoteRow, 'kind' | 'seq'>): string {
  return `${VOTE_KIND_LABELS[vote.kind]}（第${vote.seq}次投票）`;
}

/** The scenario as a plain JSON document (ballots as an array). */
export async function buildScenario(
  db: Tx,
  vr: VillageCtx,
  vote: VoteRow,
  state?: CountState,
): Promise<Record<string, unknown>> {
  const [boxes, voted, [village], [election]] = await Promise.all([
    ballotGroupsByBox(db, vr, vote, state),
    votedCount(db, vr, vote.id),
    regionsByCodes(db, [vr.villageCode]),
    db
      .select({ kind: elections.kind })
      .from(elections)
      .where(and(eq(elections.countyCode, vr.countyCode), eq(elections.id, vote.electionId))),
  ]);
  const name = `${village?.name ?? vr.villageCode} ${vr.round.name} ${voteLabel(vote)}`;
  const totals = { name, ruleset: vr.ruleSet.id, registered: vote.registered, voted, issued: voted };
  if (vote.kind === 'recall') {
    const groups = [...boxes.values()] as Parameters<typeof recallVoteScenario>[0]['boxes'];
    return plain(recallVoteScenario({ ...totals, boxes: groups }));
  }
  const groups = [...boxes.values()] as Parameters<typeof electionVoteScenario>[0]['boxes'];
  const ids = new Set<string>([
    ...vote.candidates.map((c) => c.voterId),
    ...vote.electedBefore.map((e) => e.voterId),
    ...groups.flatMap((g) => g.flatMap((x) => Object.values(x.marks ?? {}).flat())),
  ]);
  const [people, relations] = await Promise.all([votersByIds(db, vr, [...ids]), villageRelations(db, vr)]);
  const built = electionVoteScenario({
    ...totals,
    body: election?.kind === 'residents-committee' ? 'residents-committee' : 'village-committee',
    round: vote.tallyRound,
    offices: vote.offices,
    candidates: vote.candidates,
    electedBefore: vote.electedBefore,
    people: new Map(people.map((p) => [p.id, { name: p.name, sex: p.sex }])),
    relations,
    boxes: groups,
  });
  if (!built.ok) throw new Error(`scenario: ${built.error.personId} is not a voter of ${vr.villageCode}`);
  return plain(built.value);
}

function plain(doc: Scenario): Record<string, unknown> {
  return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
}

export interface Counted {
  outcome: TallyOutcome;
  scenario: Scenario;
  /** exactly what `huanjie tally` prints for the scenario (without the final newline) */
  resultJson: string;
  scenarioJson: string;
}

/** Counts a scenario document as `huanjie tally` does. */
export function countScenario(vr: VillageCtx, doc: Record<string, unknown>): Counted {
  const parsed = parseScenario(doc, (id) => id === vr.ruleSet.id);
  if (!parsed.ok) throw new Error(`scenario: ${parsed.error.map(formatScenarioError).join('; ')}`);
  const out = tally(parsed.value, vr.ruleSet);
  if (!out.ok) throw new Error(`scenario: ${formatScenarioError(out.error)}`);
  return {
    outcome: out.value,
    scenario: parsed.value,
    resultJson: JSON.stringify(out.value.result, null, 2),
    scenarioJson: JSON.stringify(doc, null, 2),
  };
}
