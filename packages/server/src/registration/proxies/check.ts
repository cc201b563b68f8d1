/**
 * Every reason a proxy application (委托投票) cannot be approved: core's `checkProxyApplication`
 * with the rule set (C-5, G-1..G-6, B-8), plus the checks that need the other applications —
 * a principal who already gave a proxy, a trustee who gave one, and review after the deadline.
 * Pure: the caller reads the facts from the database.
 */
import {
  checkProxyApplication,
  type ElectionDayBoundary,
  type IsoDate,
  type KinRelation,
  lastDayFor,
  type ProxyParams,
  type ProxyReason,
} from '@huanjie/core';
import { type Problem, toProblem, uniqueRules } from '../violation-text.js';

export interface ProxyPerson {
  id: string;
  name: string;
  /** on this village's published list (listed or 补登) */
  onList: boolean;
}

export interface ProxyFacts {
  principal: ProxyPerson;
  trustee: ProxyPerson;
  relation: KinRelation | null;
  reason: ProxyReason;
  appliedOn: IsoDate;
  atPollingPlace: boolean;
  electionDay: IsoDate;
  /** approved proxies the trustee holds, this one excluded */
  trusteeApproved: number;
  /** approved proxies the principal holds for others */
  principalHeld: number;
  /** the principal's other live (pending or approved) proxy, by trustee name */
  principalOtherProxyTo: string | null;
  /** the trustee's own approved proxy to someone else, by trustee name */
  trusteeGaveProxyTo: string | null;
  trusteeIsCandidate: boolean;
  trusteeIsSelfNominee: boolean;
  /** the review day, when checking an approval */
  reviewedOn?: IsoDate;
}

export function proxyProblems(params: ProxyParams, boundary: ElectionDayBoundary, f: ProxyFacts): Problem[] {
  const outcome = checkProxyApplication(
    params,
    {
      principalName: f.principal.name,
      trusteeName: f.trustee.name,
      relation: f.relation,
      reason: f.reason,
      filedOn: f.appliedOn,
      atPollingPlace: f.atPollingPlace,
    },
    {
      electionDay: f.electionDay,
      boundary,
      samePerson: f.principal.id === f.trustee.id,
      principalRegistered: f.principal.onList,
      trusteeRegisteredInVillage: f.trustee.onList,
      trusteeIsCandidate: f.trusteeIsCandidate,
      trusteeIsSelfNominee: f.trusteeIsSelfNominee,
      trusteeApprovedProxies: f.trusteeApproved,
      principalHeldProxies: f.principalHeld,
    },
  );
  const problems = outcome.ok ? [] : outcome.error.map((v) => toProblem(v, '委托投票'));
  // One written authorization per principal (G-1): a second one would give two people the vote.
  if (f.principalOtherProxyTo !== null) {
    problems.push({
      rule: 'G-1',
      field: '委托人',
      reason: `${f.principal.name}已委托${f.principalOtherProxyTo}代为投票，不能重复委托`,
    });
  }
  // A trustee who is away and has delegated their own vote cannot cast others' votes either.
  if (params.redelegationForbidden.value && f.trusteeGaveProxyTo !== null) {
    problems.push({
      rule: uniqueRules(params.redelegationForbidden.rule),
      field: '受委托人',
      reason: `${f.trustee.name}本人已委托${f.trusteeGaveProxyTo}代为投票，不能再接受委托`,
    });
  }
  const publish = params.listPublishDeadline.value;
  if (f.reviewedOn !== undefined && publish !== null) {
    const last = lastDayFor(publish, f.electionDay, boundary);
    if (f.reviewedOn > last) {
      const when = publish.kind === 'days-before' ? `选举日前${publish.days}日` : '选举日前';
      problems.push({
        rule: uniqueRules(`${params.listPublishDeadline.rule};C-4`),
        field: '审核日期',
        reason: `委托投票应在${when}（${last}前）审核并公布，${f.reviewedOn}已超过期限`,
      });
    }
  }
  return problems;
}
