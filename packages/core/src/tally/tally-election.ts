import { err, ok, type Result } from '../ruleset/result.js';
import type { RuleSet } from '../ruleset/rule-set.js';
import { meets } from '../ruleset/threshold.js';
import type { ElectionScenario, ScenarioError } from '../scenario/types.js';
import { type BallotCounts, countBallots } from './count-ballots.js';
import { electOffices, type OfficeOutcome } from './elect-offices.js';
import { type Interned, intern } from './interned.js';
import { applyKinBar, barredPairs, type Holder, type KinOutcome } from './kin-bar.js';
import { rankByVotes } from './rank-by-votes.js';
import { checkThreshold, type ElectionReasons } from './reasons.js';
import { type ElectionResult, type OfficeResult, RESULT_FORMAT } from './result-types.js';
import { runoffCandidates } from './runoff-candidates.js';
import { voteValidity } from './vote-validity.js';

/** scenario-format.md: rank 1 is the chair (主任), the top-ranked office */
const CHAIR_RANK = 1;

export interface ElectionOutcome {
  readonly result: ElectionResult;
  readonly reasons: ElectionReasons;
}

/** tally-spec §3–§6 for a villagers' or residents' committee round. */
export function tallyElection(
  scenario: ElectionScenario,
  ruleSet: RuleSet,
): Result<ElectionOutcome, ScenarioError> {
  const params = ruleSet.tally;
  const ids = intern(scenario);
  const counted = countBallots(scenario.ballots, ids, {
    overvoteScope: params.overvoteScope.value,
    crossOffice: params.crossOffice.value,
  });
  if (!counted.ok) return err(counted.error);
  const counts = counted.value;
  const { registered, voted, issued } = scenario;
  const firstRound = scenario.round === 'first';
  const turnoutApplies = firstRound || params.runoffTurnoutRequired.value;
  const validity = voteValidity(
    { registered, voted, issued, collected: counts.collected },
    params,
    turnoutApplies,
  );
  const quotaRule = firstRound ? params.firstRoundQuota : params.runoffQuota;
  const quotaWhole = firstRound ? voted : counts.collected;
  const quotaCheck = checkThreshold(quotaRule, 0, quotaWhole, 'votes', firstRound ? 'voted' : 'collected');
  const reasons: ElectionReasons = {
    turnout: validity.turnout,
    overcollection: validity.overcollection,
    quota: {
      rule: quotaCheck.rule,
      formula: quotaCheck.formula,
      whole: quotaWhole,
      minimumVotes: quotaCheck.minimum,
    },
    voidBallots: {
      committee: counts.voidByCommittee,
      crossOffice: counts.voidByCrossOffice,
      overvote: counts.voidByOvervote,
    },
    officePartsVoided: perOffice(ids, counts.officePartsVoided),
    marksCreditingNoOne: perOffice(ids, counts.marksCreditingNoOne),
  };
  const common = {
    format: RESULT_FORMAT,
    ruleset: scenario.ruleset,
    round: scenario.round,
    valid: validity.reason === null,
    invalidReason: validity.reason,
    registered,
    voted,
    issued,
    collected: counts.collected,
    voidBallots: counts.voidBallots,
  } as const;

  if (validity.reason !== null) {
    const offices = ids.officeIds.map((_, o) => officeResult(ids, counts, o, [], ids.seats[o]!, null));
    const result: ElectionResult = {
      ...common,
      offices,
      kinRemoved: [],
      kinRevote: [],
      noWomanElected: null,
      runoffCandidates: firstRound ? {} : null,
      womenOfficeKept: null,
      vacancyMayRemain: null,
    };
    return ok({ result, reasons });
  }

  const personIndex = ids.personIndex;
  const before = scenario.electedBefore.map((e) => ({ ...e, index: personIndex.get(e.person)! }));
  const outcomes = electOffices(
    ids,
    counts.votes,
    (v) => meets(quotaRule.value, v, quotaWhole),
    new Set(before.map((e) => e.index)),
  );
  const holders: Holder[] = [
    ...before.map((e) => ({ person: e.index, office: e.office, rank: e.rank, votes: 0, before: true })),
    ...outcomes.flatMap((out, o) =>
      out.elected.map((p) => ({
        person: p,
        office: ids.officeIds[o]!,
        rank: ids.ranks[o]!,
        votes: counts.votes[o * ids.personIds.length + p]!,
        before: false,
      })),
    ),
  ];
  const kin = applyKinBar(holders, barredPairs(scenario.people, personIndex, params.kinBar.value));
  const leaving = new Set<number>([
    ...kin.removed.map((r) => r.holder.person),
    ...kin.revote.flatMap(([a, b]) => [a.person, b.person]),
  ]);
  const finalOutcomes = outcomes.map((out, o) => afterKinBar(out, kin, ids.officeIds[o]!, leaving));
  const seated = [
    ...before.filter((e) => !leaving.has(e.index)).map((e) => ({ person: e.index, rank: e.rank })),
    ...finalOutcomes.flatMap((out, o) => out.elected.map((p) => ({ person: p, rank: ids.ranks[o]! }))),
  ];
  const womanSeated = seated.some((s) => ids.female[s.person] === 1);
  const unfilled = finalOutcomes.map((out) => out.unfilled);
  const pendingOrOut = new Set<number>([
    ...seated.map((s) => s.person),
    ...leaving,
    ...finalOutcomes.flatMap((out) => out.tie?.people ?? []),
  ]);
  const womenOfficeOpen = ids.officeIds.some((_, o) => ids.womenOnly[o] === 1 && unfilled[o]! > 0);
  const vacancyFrom = params.vacancyAllowedFrom.value;
  const result: ElectionResult = {
    ...common,
    offices: finalOutcomes.map((out, o) => officeResult(ids, counts, o, out.elected, out.unfilled, out.tie)),
    kinRemoved: kin.removed.map((r) => ({
      person: ids.personIds[r.holder.person]!,
      office: r.holder.office,
      keeps: ids.personIds[r.keeps.person]!,
    })),
    kinRevote: kin.revote.map(([a, b]) => ({
      people: (a.person < b.person ? [a, b] : [b, a]).map((h) => ids.personIds[h.person]!) as [
        string,
        string,
      ],
    })),
    noWomanElected: params.womenRule.value === 'flag' ? !womanSeated : null,
    runoffCandidates: firstRound
      ? runoffCandidates(ids, counts.votes, unfilled, params.runoffExtraCandidates.value, pendingOrOut)
      : null,
    womenOfficeKept: params.womenRule.value === 'reserved-office' && womenOfficeOpen ? !womanSeated : null,
    vacancyMayRemain: firstRound
      ? null
      : vacancyFrom !== null &&
        seated.length >= vacancyFrom &&
        (!params.vacancyNeedsChair.value || seated.some((s) => s.rank === CHAIR_RANK)),
  };
  return ok({ result, reasons });
}

/** A seat given up under the kinship rule becomes unfilled; a seat waiting for a kin revote does not. */
function afterKinBar(
  out: OfficeOutcome,
  kin: KinOutcome,
  officeId: string,
  leaving: ReadonlySet<number>,
): OfficeOutcome {
  const givenUp = kin.removed.filter((r) => !r.holder.before && r.holder.office === officeId).length;
  return {
    elected: out.elected.filter((p) => !leaving.has(p)),
    unfilled: out.unfilled + givenUp,
    tie: out.tie,
  };
}

function officeResult(
  ids: Interned,
  counts: BallotCounts,
  office: number,
  elected: readonly number[],
  unfilled: number,
  tie: OfficeOutcome['tie'],
): OfficeResult {
  const peopleCount = ids.personIds.length;
  const votes: Record<string, number> = {};
  for (const p of rankByVotes(counts.votes, office, peopleCount)) {
    votes[ids.personIds[p]!] = counts.votes[office * peopleCount + p]!;
  }
  return {
    id: ids.officeIds[office]!,
    votes,
    elected: elected.map((p) => ids.personIds[p]!),
    unfilled,
    tieRevote: tie ? { people: tie.people.map((p) => ids.personIds[p]!), seats: tie.seats } : null,
  };
}

function perOffice(ids: Interned, values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  ids.officeIds.forEach((id, o) => {
    if (values[o]! > 0) out[id] = values[o]!;
  });
  return out;
}
