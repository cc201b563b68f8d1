// Candidate numbers per office (D-2, D-6) and each voter's nomination ballot (D-4), self-nomination (D-8, B-6).

import type { Cited } from '../ruleset/cited.js';
import type { ElectionDayBoundary } from '../ruleset/sections/calendar.js';
import type { MarginOffice, NominationParams } from '../ruleset/sections/nomination.js';
import type { IsoDate } from './civil-date.js';
import { lastDayBeforeElection } from './day-count.js';
import { collect, type Outcome, type Violation } from './outcome.js';

const RANK_OFFICES: Record<1 | 2 | 3, MarginOffice> = { 1: 'chair', 2: 'vice-chair', 3: 'member' };

export interface OfficeSlate {
  /** Shown in messages, e.g. 主任. */
  readonly title: string;
  /** tally-spec §5: 1 chair, 2 vice-chair, 3 member (the women member included). */
  readonly rank: 1 | 2 | 3;
  readonly seats: number;
  readonly candidates: number;
}

/** The allowed number of formal candidates for an office: `max: null` means no upper limit. */
export function allowedCandidates(
  params: NominationParams,
  office: Pick<OfficeSlate, 'rank' | 'seats'>,
): { min: number; max: number | null; rule: string } {
  const margin = params.candidateMargin.value[RANK_OFFICES[office.rank]];
  return {
    min: office.seats + margin.min,
    max: margin.max === null ? null : office.seats + margin.max,
    rule: params.candidateMargin.rule,
  };
}

/** D-2/D-6: each office's formal candidates must exceed its seats by the rule set's margin. */
export function checkCandidateMargins(
  params: NominationParams,
  offices: readonly OfficeSlate[],
): Outcome<true> {
  const violations: Violation[] = [];
  for (const office of offices) {
    const { min, max, rule } = allowedCandidates(params, office);
    const tooFew = office.candidates < min;
    const tooMany = max !== null && office.candidates > max;
    if (tooFew || tooMany) {
      const wanted = max === null ? `至少${min}人` : min === max ? `${min}人` : `${min}至${max}人`;
      violations.push({
        rule,
        field: office.title,
        reason: `${office.title}应选${office.seats}人，正式候选人应为${wanted}，现为${office.candidates}人`,
      });
    }
  }
  return collect(violations, true);
}

export interface NominationEntry {
  /** Office id as in the seat plan. */
  readonly office: string;
  readonly nominee: string;
}

export interface NominationBallotResult {
  readonly counted: readonly NominationEntry[];
  readonly rejected: readonly {
    readonly entry: NominationEntry;
    readonly rule: string;
    readonly reason: string;
  }[];
}

/**
 * One voter's nomination ballot (D-4). Over the cap (more names than seats in all) the whole ballot
 * counts for no one: the text does not say which names to keep, so none is preferred. Under
 * `sameNomineeTwoOfficesVoid`, naming one person for two offices voids the nominations of that person only.
 */
export function checkNominationBallot(
  params: NominationParams,
  totalSeats: number,
  entries: readonly NominationEntry[],
  byProxy = false,
): Outcome<NominationBallotResult> {
  const violations: Violation[] = [];
  if (byProxy && params.proxyNominationForbidden.value) {
    violations.push({
      rule: params.proxyNominationForbidden.rule,
      field: '提名方式',
      reason: '选民不得委托他人提名',
    });
  }
  if (params.nominationsPerVoterMax.value === 'seats' && entries.length > totalSeats) {
    violations.push({
      rule: params.nominationsPerVoterMax.rule,
      field: '提名人数',
      reason: `每一选民提名的候选人人数不得超过应选职数${totalSeats}人，本票提名${entries.length}人`,
    });
  }
  if (violations.length > 0) return collect(violations, { counted: [], rejected: [] });

  const officesByNominee = new Map<string, Set<string>>();
  for (const e of entries) {
    const set = officesByNominee.get(e.nominee) ?? new Set<string>();
    set.add(e.office);
    officesByNominee.set(e.nominee, set);
  }
  const counted: NominationEntry[] = [];
  const rejected: NominationBallotResult['rejected'][number][] = [];
  for (const entry of entries) {
    if (params.sameNomineeTwoOfficesVoid.value && (officesByNominee.get(entry.nominee)?.size ?? 0) > 1) {
      rejected.push({
        entry,
        rule: params.sameNomineeTwoOfficesVoid.rule,
        reason: '同一选民提名同一人为两项以上职务的候选人，该提名无效',
      });
    } else {
      counted.push(entry);
    }
  }
  return collect([], { counted, rejected });
}

export interface SelfNomination {
  readonly filedOn: IsoDate;
  /** Offices applied for; the rule sets that allow 自荐 take exactly one. */
  readonly offices: readonly string[];
  readonly byProxy: boolean;
}

/** A self-nomination for the 自荐直选 mode (D-8, B-6): allowed mode, one office, in person, by the deadline. */
export function checkSelfNomination(
  params: NominationParams,
  deadline: { readonly daysBefore: Cited<number | null>; readonly boundary: ElectionDayBoundary },
  electionDay: IsoDate,
  application: SelfNomination,
): Outcome<true> {
  const violations: Violation[] = [];
  if (!params.modes.value.includes('self-nomination')) {
    return collect(
      [{ rule: params.modes.rule, field: '选举方式', reason: '本规则集不实行无候选人自荐直选' }],
      true,
    );
  }
  if (params.selfNomineeOneOfficeOnly.value && application.offices.length !== 1) {
    violations.push({
      rule: params.selfNomineeOneOfficeOnly.rule,
      field: '自荐职位',
      reason: `自荐人只能报名参选一个职位，现报名${application.offices.length}个`,
    });
  }
  if (application.byProxy) {
    violations.push({ rule: 'B-6', field: '报名方式', reason: '不得委托他人代为自荐报名' });
  }
  const days = deadline.daysBefore.value;
  if (days !== null) {
    const last = lastDayBeforeElection(electionDay, days, deadline.boundary);
    if (application.filedOn > last) {
      violations.push({
        rule: `${deadline.daysBefore.rule};C-4`,
        field: '报名日期',
        reason: `自荐报名应在选举日前${days}日（${last}）前提出，${application.filedOn}已超过期限`,
      });
    }
  }
  return collect(violations, true);
}
