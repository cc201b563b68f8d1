// Checks on one proxy application (委托投票): C-5, G-1..G-6, B-8. Every failure is reported, not just the first.

import type { ElectionDayBoundary } from '../ruleset/sections/calendar.js';
import type { KinRelation } from '../ruleset/sections/kinship.js';
import type { ProxyParams } from '../ruleset/sections/proxy.js';
import type { IsoDate } from './civil-date.js';
import { lastDayFor } from './day-count.js';
import { KIN_TITLES } from './kin-graph.js';
import { collect, type Outcome, type Violation } from './outcome.js';

/** `away`: 外出; `special`: other special reasons (Shanghai); `other`: any other reason (Henan 因故). */
export type ProxyReason = 'away' | 'special' | 'other';

export interface ProxyApplication {
  readonly principalName: string;
  readonly trusteeName: string;
  /** What the trustee is to the principal, from the kinship records; `null`: not related. */
  readonly relation: KinRelation | null;
  readonly reason: ProxyReason;
  readonly filedOn: IsoDate;
  /** Made at the polling place on election day (Shanghai forbids it). */
  readonly atPollingPlace: boolean;
}

/** What the register and the nomination records say about the two people. */
export interface ProxyContext {
  readonly electionDay: IsoDate;
  readonly boundary: ElectionDayBoundary;
  readonly samePerson: boolean;
  readonly principalRegistered: boolean;
  readonly trusteeRegisteredInVillage: boolean;
  readonly trusteeIsCandidate: boolean;
  readonly trusteeIsSelfNominee: boolean;
  /** Approved proxies the trustee already holds, this one not included. */
  readonly trusteeApprovedProxies: number;
  /** Approved proxies the principal holds for others: delegating now would pass them on. */
  readonly principalHeldProxies: number;
}

const REASON_ALLOWED: Record<ProxyParams['reasons']['value'], readonly ProxyReason[]> = {
  away: ['away'],
  'away-or-special': ['away', 'special'],
  any: ['away', 'special', 'other'],
};

export function checkProxyApplication(
  params: ProxyParams,
  app: ProxyApplication,
  ctx: ProxyContext,
): Outcome<{ readonly trusteeProxiesAfter: number }> {
  const v: Violation[] = [];
  const who = `${app.principalName}委托${app.trusteeName}`;
  if (ctx.samePerson) v.push({ rule: 'G-1', field: '受委托人', reason: '委托人和受委托人不能是同一人' });
  if (!ctx.principalRegistered) {
    v.push({
      rule: 'G-1',
      field: '委托人',
      reason: `${app.principalName}不是登记参加选举的村民，不能委托投票`,
    });
  }
  if (!REASON_ALLOWED[params.reasons.value].includes(app.reason)) {
    const allowed = params.reasons.value === 'away' ? '选举期间外出不能参加投票' : '外出或者其他特殊原因';
    v.push({ rule: params.reasons.rule, field: '委托事由', reason: `委托投票的事由只能是${allowed}` });
  }
  if (app.relation === null || !params.trusteeRelations.value.includes(app.relation)) {
    const stated = app.relation === null ? '无亲属关系' : `是委托人的${KIN_TITLES[app.relation]}`;
    const allowed = params.trusteeRelations.value.map((r) => KIN_TITLES[r]).join('、');
    v.push({
      rule: params.trusteeRelations.rule,
      field: '与委托人关系',
      reason: `${who}：受委托人${stated}，只能委托${allowed}`,
    });
  }
  if (params.trusteeMustBeVillageVoter.value && !ctx.trusteeRegisteredInVillage) {
    v.push({
      rule: params.trusteeMustBeVillageVoter.rule,
      field: '受委托人',
      reason: `${app.trusteeName}不是本村登记参加选举的村民，不能接受委托`,
    });
  }
  const bar = params.trusteeBar.value;
  if (bar !== null && ctx.trusteeIsCandidate) {
    v.push({
      rule: params.trusteeBar.rule,
      field: '受委托人',
      reason: `${app.trusteeName}是候选人，不得接受委托投票`,
    });
  }
  if (bar === 'candidates-and-self-nominees' && ctx.trusteeIsSelfNominee) {
    v.push({
      rule: params.trusteeBar.rule,
      field: '受委托人',
      reason: `${app.trusteeName}是自荐人，不得接受委托投票`,
    });
  }
  const cap = params.maxPerTrustee.value;
  const after = ctx.trusteeApprovedProxies + 1;
  if (cap !== null && after > cap) {
    v.push({
      rule: params.maxPerTrustee.rule,
      field: '受委托人',
      reason: `${app.trusteeName}已接受${ctx.trusteeApprovedProxies}人委托，每位受委托人接受委托不得超过${cap}人`,
    });
  }
  if (params.redelegationForbidden.value && ctx.principalHeldProxies > 0) {
    v.push({
      rule: params.redelegationForbidden.rule,
      field: '委托人',
      reason: `${app.principalName}本人是${ctx.principalHeldProxies}位选民的受委托人，受委托人不得再委托他人代为投票`,
    });
  }
  if (params.onSiteProxyForbidden.value && app.atPollingPlace) {
    v.push({ rule: params.onSiteProxyForbidden.rule, field: '办理地点', reason: '禁止在投票现场临时委托' });
  }
  const deadline = params.applicationDeadline.value;
  if (deadline !== null) {
    const last = lastDayFor(deadline, ctx.electionDay, ctx.boundary);
    if (app.filedOn > last) {
      const when = deadline.kind === 'days-before' ? `选举日前${deadline.days}日` : '选举日前';
      v.push({
        rule: `${params.applicationDeadline.rule};C-4`,
        field: '申请日期',
        reason: `委托投票应在${when}（${last}前）办理，${app.filedOn}已超过期限`,
      });
    }
  } else if (app.filedOn > ctx.electionDay) {
    v.push({ rule: 'G-1', field: '申请日期', reason: `申请日期（${app.filedOn}）晚于选举日` });
  }
  return collect(v, { trusteeProxiesAfter: after });
}
