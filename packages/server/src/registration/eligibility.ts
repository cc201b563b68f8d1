/**
 * A person's eligibility and category on the village's election day, from core's rules and
 * the round's rule set; the reasons are stored so the list can show why someone is not on it.
 */
import {
  type ApplicationBasis,
  dateFromParts,
  dateParts,
  EXTRA_CATEGORY_KINDS,
  type IsoDate,
  type RecordedDecision,
  type RegistrationParams,
  voterEligibility,
} from '@huanjie/core';
import type { decisions, voters } from '../db/schema.js';

type VoterFields = Pick<
  typeof voters.$inferSelect,
  | 'birthDate'
  | 'hukouInVillage'
  | 'livesInVillage'
  | 'yearsInVillage'
  | 'villageWorkYears'
  | 'declaredOn'
  | 'appliedOn'
  | 'approvalDecisionId'
  | 'deprivedOfPoliticalRights'
  | 'lostCapacity'
  | 'unreachable'
  | 'extraCategory'
>;

export type DecisionRow = typeof decisions.$inferSelect;

export interface EligibilityColumns {
  eligibility: 'eligible' | 'ineligible';
  category: string | null;
  ineligibleReasons: { rule: string; reason: string }[];
}

/** The day `years` whole years before `day` (the register keeps years, the rules want a start date). */
function yearsBefore(day: IsoDate, years: number | null): IsoDate | null {
  if (years === null) return null;
  const { year, month, day: d } = dateParts(day);
  return dateFromParts(year - years, month, d) ?? dateFromParts(year - years, month, d - 1);
}

function basisOf(extra: string | null): ApplicationBasis {
  return (EXTRA_CATEGORY_KINDS as readonly string[]).includes(extra ?? '')
    ? (extra as ApplicationBasis)
    : 'residence';
}

/**
 * `electionDay` null (not yet set for the village): nobody can be judged yet, so everyone is
 * held as ineligible with that reason rather than guessed at.
 */
export function computeEligibility(
  params: RegistrationParams,
  v: VoterFields,
  electionDay: string | null,
  decision: DecisionRow | null,
): EligibilityColumns {
  if (electionDay === null) {
    return {
      eligibility: 'ineligible',
      category: null,
      ineligibleReasons: [{ rule: params.minAge.rule, reason: '本村尚未确定选举日，无法计算年龄和类别' }],
    };
  }
  const day = electionDay as IsoDate;
  const recorded: RecordedDecision | null = decision
    ? {
        outcome: 'approved',
        body: decision.body,
        decidedOn: decision.decidedOn as IsoDate,
        reference: decision.minutesRef ?? decision.subject,
      }
    : null;
  const result = voterEligibility(
    params,
    {
      birthDate: v.birthDate as IsoDate,
      hukouInVillage: v.hukouInVillage,
      livesInVillage: v.livesInVillage,
      residentSince: v.livesInVillage ? yearsBefore(day, v.yearsInVillage) : null,
      villageWorkSince: yearsBefore(day, v.villageWorkYears),
      declaredOn: v.declaredOn as IsoDate | null,
      application:
        v.appliedOn === null
          ? null
          : { basis: basisOf(v.extraCategory), filedOn: v.appliedOn as IsoDate, decision: recorded },
      deprivedOfPoliticalRights: v.deprivedOfPoliticalRights,
      lostLegalCapacity: v.lostCapacity,
      unreachable: v.unreachable,
    },
    day,
  );
  if (result.eligible)
    return { eligibility: 'eligible', category: String(result.category), ineligibleReasons: [] };
  return {
    eligibility: 'ineligible',
    category: null,
    ineligibleReasons: result.exclusions.map((x) => ({ rule: x.rule, reason: x.reason })),
  };
}
