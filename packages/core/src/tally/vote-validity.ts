import type { TallyParams } from '../ruleset/tally-params.js';
import { checkThreshold, type ElectionReasons, type ThresholdCheck } from './reasons.js';
import type { InvalidReason } from './result-types.js';

export interface Validity {
  readonly reason: InvalidReason | null;
  readonly turnout: ThresholdCheck | null;
  readonly overcollection: ElectionReasons['overcollection'];
}

interface Totals {
  readonly registered: number;
  readonly voted: number;
  readonly issued: number;
  readonly collected: number;
}

/**
 * tally-spec §4: the turnout test (F-1) in a first round, or in a runoff where the rule
 * set asks for it (F-7), and in every round the over-collection test (E-4).
 */
export function voteValidity(totals: Totals, params: TallyParams, turnoutApplies: boolean): Validity {
  const turnout = turnoutApplies
    ? checkThreshold(params.turnoutQuorum, totals.voted, totals.registered, 'voted', 'registered')
    : null;
  const base = params.overcollectionBase.value;
  const limit = base === 'voted' ? totals.voted : totals.issued;
  const overcollection = {
    rule: params.overcollectionBase.rule,
    formula: `collected <= ${base}`,
    collected: totals.collected,
    limit,
    met: totals.collected <= limit,
  };
  const reason: InvalidReason | null =
    turnout && !turnout.met ? 'turnout' : overcollection.met ? null : 'overcollected';
  return { reason, turnout, overcollection };
}
