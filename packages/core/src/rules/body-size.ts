// Sizes of the village bodies against the rule set (C1-1, C1-2, C2-4, C2-5, J2-3).
import type { Cited } from '../ruleset/cited.js';
import type { CommitteeParams } from '../ruleset/sections/committee.js';
import type { IntRange } from '../ruleset/sections/common.js';
import type { SupervisionParams } from '../ruleset/sections/supervision.js';
import { collect, type Outcome, type Violation } from './outcome.js';

function sizeViolation(range: Cited<IntRange | null>, count: number, body: string): Violation | null {
  const r = range.value;
  if (r === null) return null;
  if (count >= r.min && (r.max === null || count <= r.max)) return null;
  const wanted = r.max === null ? `不少于${r.min}人` : `为${r.min}至${r.max}人`;
  return { rule: range.rule, field: `${body}人数`, reason: `${body}应${wanted}，现为${count}人` };
}

/** The seat plan of the villagers' committee: 3–7 seats in all, with a woman's place (C1-1, C1-2). */
export function checkCommitteeSeatPlan(
  params: CommitteeParams,
  plan: { readonly seats: number; readonly womenSeatPlanned: boolean },
): Outcome<true> {
  const v: Violation[] = [];
  const size = sizeViolation(params.size, plan.seats, '村民委员会成员');
  if (size) v.push(size);
  if (params.womanMemberRequired.value && !plan.womenSeatPlanned) {
    v.push({
      rule: params.womanMemberRequired.rule,
      field: '妇女成员',
      reason: '村民委员会成员中应当有妇女成员，职数方案未安排',
    });
  }
  return collect(v, true);
}

export interface SizeReview {
  readonly violations: readonly Violation[];
  /** Advice that is not a bar (以奇数为宜). */
  readonly advisories: readonly Violation[];
}

export function checkElectionCommitteeSize(params: CommitteeParams, count: number): SizeReview {
  const size = sizeViolation(params.electionCommitteeSize, count, '村民选举委员会成员');
  const advisories: Violation[] = [];
  if (params.electionCommitteeOddPreferred.value && count % 2 === 0) {
    advisories.push({
      rule: params.electionCommitteeOddPreferred.rule,
      field: '村民选举委员会成员人数',
      reason: `村民选举委员会人数以奇数为宜，现为${count}人`,
    });
  }
  return { violations: size ? [size] : [], advisories };
}

export function checkSupervisionSize(params: SupervisionParams, count: number): Outcome<true> {
  const size = sizeViolation(params.size, count, '村务监督委员会成员');
  return collect(size ? [size] : [], true);
}
