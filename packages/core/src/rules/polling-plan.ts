// The polling plan (投票安排): where people vote, who works there, and what must hold before it is
// published (B-7, E-9, G-7, G-8, G-9).
import type { Cited } from '../ruleset/cited.js';
import type { PollingParams, PollingRole } from '../ruleset/sections/polling.js';
import type { KinGraph, PersonRef } from './kin-graph.js';
import { type Nominee, pollingStaffRecusals, type Withdrawal } from './kinship-recusal.js';
import type { Violation } from './outcome.js';

/** 中心会场 (one per election), 投票站, 流动票箱 (G-9). */
export const POLLING_PLACE_KINDS = ['central', 'station', 'mobile'] as const;
export type PollingPlaceKind = (typeof POLLING_PLACE_KINDS)[number];

export const POLLING_PLACE_TITLES: Readonly<Record<PollingPlaceKind, string>> = {
  central: '中心会场',
  station: '投票站',
  mobile: '流动票箱',
};

/** Polling-day staff as the plan names them: 主持人, 总监票人 and the roles of E-9. */
export const STAFF_ROLES = [
  'host',
  'chief-scrutineer',
  'scrutineer',
  'counter',
  'caller',
  'issuer',
  'scribe',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_TITLES: Readonly<Record<StaffRole, string>> = {
  host: '主持人',
  'chief-scrutineer': '总监票人',
  scrutineer: '监票人',
  counter: '计票人',
  caller: '唱票人',
  issuer: '发票员',
  scribe: '代写人',
};

/**
 * The E-9 role each staff role counts as: a 总监票人 is a scrutineer. The 主持人 is in none of the
 * texts' lists, so no staff recusal applies to that role.
 */
export const RECUSAL_ROLE_OF: Readonly<Record<StaffRole, PollingRole | null>> = {
  host: null,
  'chief-scrutineer': 'scrutineer',
  scrutineer: 'scrutineer',
  counter: 'counter',
  caller: 'caller',
  issuer: 'issuer',
  scribe: 'scribe',
};

/** Roles for the whole election, held at the central venue by one person each. */
export const ELECTION_WIDE_ROLES: readonly StaffRole[] = ['host', 'chief-scrutineer'];

/** Roles that count toward a place's scrutineers (G-7, G-8). */
export const SCRUTINEER_ROLES: readonly StaffRole[] = ['scrutineer', 'chief-scrutineer'];

export interface PlaceForCount {
  readonly id: string;
  readonly kind: PollingPlaceKind;
  /** 村民小组 a station serves; ignored for the central venue (it takes every group no station serves). */
  readonly groups: readonly string[];
}

export interface VoterForCount {
  readonly id: string;
  readonly group: string;
}

export interface VoterAllocation {
  /** voters per place id; every place of the input has an entry */
  readonly counts: ReadonlyMap<string, number>;
  /** the place each voter votes at */
  readonly placeOf: ReadonlyMap<string, string>;
  /** voters with nowhere to vote (no central venue and no station for their group) */
  readonly unplaced: readonly string[];
}

/**
 * Where each voter on the list votes: at the mobile box that names them, else at the station that
 * serves their group, else at the central venue. Each voter is counted exactly once.
 */
export function allocateVoters(
  places: readonly PlaceForCount[],
  voters: readonly VoterForCount[],
  mobileOf: ReadonlyMap<string, string>,
): VoterAllocation {
  const counts = new Map<string, number>(places.map((p) => [p.id, 0]));
  const stationOfGroup = new Map<string, string>();
  for (const p of places) {
    if (p.kind !== 'station') continue;
    for (const g of p.groups) if (!stationOfGroup.has(g)) stationOfGroup.set(g, p.id);
  }
  const central = places.find((p) => p.kind === 'central')?.id ?? null;
  const placeOf = new Map<string, string>();
  const unplaced: string[] = [];
  for (const v of voters) {
    const box = mobileOf.get(v.id);
    const at = (box !== undefined && counts.has(box) ? box : null) ?? stationOfGroup.get(v.group) ?? central;
    if (at === null) {
      unplaced.push(v.id);
      continue;
    }
    placeOf.set(v.id, at);
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return { counts, placeOf, unplaced };
}

export interface PlanPlace {
  readonly id: string;
  readonly kind: PollingPlaceKind;
  readonly name: string;
  /** the township's approval of a mobile box (G-7); ignored for other places */
  readonly approved: boolean;
  readonly voters: number;
}

export interface PlanStaff {
  readonly person: PersonRef;
  readonly role: StaffRole;
  readonly placeId: string;
}

export interface PollingPlanFacts {
  readonly places: readonly PlanPlace[];
  readonly staff: readonly PlanStaff[];
  /** candidates and self-nominees standing in the election (E-9) */
  readonly nominees: readonly Nominee[];
  readonly kin: KinGraph;
  /** the central venue's place, date and hours are set (B-7) */
  readonly venueComplete: boolean;
}

/** Scrutineers named at a place (监票人 and, at the central venue, the 总监票人). */
export function scrutineersAt(staff: readonly PlanStaff[], placeId: string): number {
  return new Set(
    staff.filter((s) => s.placeId === placeId && SCRUTINEER_ROLES.includes(s.role)).map((s) => s.person.id),
  ).size;
}

/** E-9 for the plan's staff: who may not hold the role they were given. */
export function staffRecusals(
  params: PollingParams,
  staff: readonly PlanStaff[],
  nominees: readonly Nominee[],
  kin: KinGraph,
): (Withdrawal & { role: StaffRole; placeId: string })[] {
  const out: (Withdrawal & { role: StaffRole; placeId: string })[] = [];
  for (const s of staff) {
    const role = RECUSAL_ROLE_OF[s.role];
    if (role === null) continue;
    const [hit] = pollingStaffRecusals(params, [{ person: s.person, role }], nominees, kin);
    if (!hit) continue;
    // core's message names the E-9 role; the plan's own title (总监票人) reads better.
    const reason =
      s.role === 'chief-scrutineer' ? hit.reason.replace(/担任监票人$/, '担任总监票人') : hit.reason;
    out.push({ ...hit, reason, role: s.role, placeId: s.placeId });
  }
  return out;
}

/**
 * The scrutineers a place needs: a mobile box by G-7/G-8; a station or the central venue only where
 * the rule set names them too (Beijing's G-8: 每个投票站或者流动票箱), not under Zhejiang's G-7.
 */
export function minScrutineersAt(params: PollingParams, kind: PlanPlace['kind']): Cited<number | null> {
  return kind === 'mobile' ? params.mobileBoxMinStaff : params.stationMinScrutineers;
}

/** A place's name as printed: 中心会场 / 第一投票站 / 流动票箱（东坑）. */
function placeLabel(p: PlanPlace): string {
  return p.kind === 'central' ? POLLING_PLACE_TITLES.central : p.name;
}

/**
 * Everything that bars publishing the plan, each with its rule: the venue's time and place and the
 * names of callers, counters and scrutineers (B-7); a mobile box without the township's approval
 * where the rule set asks for it, or without its voters (G-7); fewer scrutineers than the rule set's
 * number at a station or box (G-7, G-8); staff a candidate's recusal excludes (E-9).
 */
export function pollingPlanProblems(params: PollingParams, facts: PollingPlanFacts): Violation[] {
  const problems: Violation[] = [];
  if (!facts.venueComplete) {
    problems.push({
      rule: 'B-7',
      field: '中心会场',
      reason: '须写明投票选举的地点、日期和起止时间',
    });
  }
  for (const role of ['caller', 'counter'] as const) {
    if (!facts.staff.some((s) => s.role === role)) {
      problems.push({
        rule: 'B-7',
        field: STAFF_ROLE_TITLES[role],
        reason: `须确定并公布${STAFF_ROLE_TITLES[role]}名单，尚未安排`,
      });
    }
  }
  if (!facts.staff.some((s) => SCRUTINEER_ROLES.includes(s.role))) {
    problems.push({
      rule: 'B-7',
      field: STAFF_ROLE_TITLES.scrutineer,
      reason: '须确定并公布监票人名单，尚未安排',
    });
  }
  for (const p of facts.places) {
    const label = placeLabel(p);
    if (p.kind === 'mobile') {
      if (params.mobileBoxNeedsTownshipApproval.value && !p.approved) {
        problems.push({
          rule: params.mobileBoxNeedsTownshipApproval.rule,
          field: label,
          reason: '设立流动票箱须报乡镇人民政府村民委员会选举工作指导机构批准同意，尚未批准',
        });
      }
      if (p.voters === 0) {
        problems.push({
          rule: 'G-7;G-8',
          field: label,
          reason: '须公告使用流动票箱投票的选民名单，该票箱尚未确定选民',
        });
      }
    }
    const required = minScrutineersAt(params, p.kind);
    const min = required.value;
    if (min !== null) {
      const n = scrutineersAt(facts.staff, p.id);
      if (n < min) {
        problems.push({
          rule: required.rule,
          field: label,
          reason: `${p.kind === 'central' ? '中心会场' : `每个${POLLING_PLACE_TITLES[p.kind]}`}应当有${min}名以上监票人负责，现有${n}名`,
        });
      }
    }
  }
  for (const w of staffRecusals(params, facts.staff, facts.nominees, facts.kin)) {
    problems.push({ rule: w.rule, field: STAFF_ROLE_TITLES[w.role], reason: w.reason });
  }
  return problems;
}
