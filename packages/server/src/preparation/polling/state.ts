/**
 * The polling plan of a village's committee election as one value: the central venue, stations and
 * mobile boxes with the voters each one takes (from the register: voters on the list in its groups,
 * mobile-box voters at their box and nowhere else), the staff with their E-9 recusals, and every
 * problem that bars publication (core's pollingPlanProblems). Read by the page, the notice PDF, the
 * publication and the ballots' print counts, so they can never disagree.
 */
import {
  allocateVoters,
  compareByStrokes,
  type IsoDate,
  kinGraph,
  lastDayBeforeElection,
  type Nominee,
  POLLING_PLACE_KINDS,
  type PollingPlaceKind,
  pollingPlanProblems,
  RECUSAL_ROLE_OF,
  STAFF_ROLES,
  type StaffRole,
  scrutineersAt,
  staffRecusals,
} from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import {
  pollingBoxVoters,
  pollingPlaces,
  pollingPlans,
  pollingStaff,
  voterRelations,
  voters,
} from '../../db/schema.js';
// 村民小组 order as on the printed list (第二组 before 第十组)
import { compareGroups as compareGroupNames } from '../../documents/layout.js';
import type { VillageCtx } from '../../registration/village.js';
import { ON_LIST_STATUSES } from '../../registration/village-voters.js';
import { type Problem, uniqueRules } from '../../registration/violation-text.js';
import { committeeElection, type ElectionRow, isStanding, nomineesOf } from '../committee-election.js';

export type PollingPlanRow = typeof pollingPlans.$inferSelect;
export type PollingPlaceRow = typeof pollingPlaces.$inferSelect;
export type PollingStaffRow = typeof pollingStaff.$inferSelect;

export interface ListedVoter {
  id: string;
  name: string;
  sex: 'M' | 'F';
  groupName: string;
  voterNo: number | null;
}

export interface BoxVoterView {
  voterId: string;
  name: string;
  groupName: string;
  voterNo: number | null;
}

export interface PlaceView {
  id: string;
  kind: PollingPlaceKind;
  name: string;
  place: string;
  groups: string[];
  route: string | null;
  opensAt: string | null;
  closesAt: string | null;
  approvalStatus: 'proposed' | 'approved' | 'returned' | null;
  approvalNote: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  /** voters who vote here, from the register */
  voters: number;
  scrutineers: number;
  boxVoters: BoxVoterView[];
}

export interface StaffView {
  id: string;
  placeId: string;
  role: StaffRole;
  voterId: string;
  name: string;
  groupName: string;
  voterNo: number | null;
  /** E-9: why this person may not hold this role, when a candidate or relative */
  recusal: { rule: string; reason: string } | null;
}

export interface PollingState {
  election: ElectionRow;
  plan: PollingPlanRow | null;
  electionDay: IsoDate | null;
  /** E − calendar.pollingPlanDaysBefore; null when the rule set sets no such deadline or no election day */
  due: { dueOn: IsoDate; rule: string; basis: string } | null;
  places: PlaceView[];
  staff: StaffView[];
  /** every 村民小组 of the list, with its voters and the place they vote at (mobile-box voters left out) */
  groups: { name: string; voters: number; placeId: string | null }[];
  totalVoters: number;
  /** voters with nowhere to vote (no central venue yet) */
  unplaced: number;
  /** what bars publication, each with its rule */
  problems: Problem[];
  /** people standing (candidates, self-nominees) the recusal check used */
  standing: number;
  /**
   * People on the list E-9 bars from some roles (candidates, self-nominees where the rule set counts
   * them, and their relatives in its relations), with the reason: the page warns as soon as one is picked.
   */
  barred: { voterId: string; name: string; roles: StaffRole[]; rule: string; reason: string }[];
  listed: ListedVoter[];
}

const KIND_ORDER = Object.fromEntries(POLLING_PLACE_KINDS.map((k, i) => [k, i])) as Record<string, number>;
const ROLE_ORDER = Object.fromEntries(STAFF_ROLES.map((r, i) => [r, i])) as Record<string, number>;

export function byPlaceOrder(a: PollingPlaceRow, b: PollingPlaceRow): number {
  return (
    KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]! ||
    a.sortOrder - b.sortOrder ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTime(s: string | null | undefined): s is string {
  return typeof s === 'string' && HHMM.test(s);
}

export function pollingDue(vr: VillageCtx): PollingState['due'] {
  const cal = vr.ruleSet.calendar;
  const days = cal.pollingPlanDaysBefore.value;
  if (days === null || vr.electionDay === null) return null;
  return {
    dueOn: lastDayBeforeElection(vr.electionDay as IsoDate, days, cal.beforeElectionBoundary.value),
    rule: uniqueRules(`${cal.pollingPlanDaysBefore.rule};${cal.beforeElectionBoundary.rule}`),
    basis: `选举日前${days}日`,
  };
}

function villageWhere(vr: VillageCtx) {
  return and(
    eq(voters.countyCode, vr.countyCode),
    eq(voters.roundId, vr.round.id),
    eq(voters.villageCode, vr.villageCode),
  );
}

/** Voters on the published list (listed, or 补登 since). */
export async function listedVoters(db: Tx, vr: VillageCtx): Promise<ListedVoter[]> {
  return db
    .select({
      id: voters.id,
      name: voters.name,
      sex: voters.sex,
      groupName: voters.groupName,
      voterNo: voters.voterNo,
    })
    .from(voters)
    .where(
      and(
        villageWhere(vr),
        eq(voters.eligibility, 'eligible'),
        inArray(voters.listStatus, [...ON_LIST_STATUSES]),
      ),
    );
}

/** Candidates and self-nominees standing in the election (E-9; isStanding), one per person. */
export async function standingNominees(db: Tx, vr: VillageCtx, electionId: string): Promise<Nominee[]> {
  const rows = (await nomineesOf(db, vr, electionId)).filter(isStanding);
  const byPerson = new Map<string, Nominee>();
  for (const n of rows) {
    const kind = n.source === 'self-nomination' ? 'self-nominee' : 'candidate';
    const had = byPerson.get(n.voterId);
    // a person both nominated and self-nominated is treated as a candidate (the stricter reading)
    if (!had || (had.kind === 'self-nominee' && kind === 'candidate')) {
      byPerson.set(n.voterId, { person: { id: n.voterId, name: n.name }, kind });
    }
  }
  return [...byPerson.values()];
}

/** The village's kinship (voter_relations): `relatedVoterId` is `voterId`'s `kind`. */
export async function villageKin(db: Tx, vr: VillageCtx) {
  const rows = await db
    .select({ from: voterRelations.voterId, to: voterRelations.relatedVoterId, kind: voterRelations.kind })
    .from(voterRelations)
    .where(
      and(
        eq(voterRelations.countyCode, vr.countyCode),
        eq(voterRelations.roundId, vr.round.id),
        eq(voterRelations.villageCode, vr.villageCode),
      ),
    );
  return kinGraph(rows);
}

export async function planRow(db: Tx, vr: VillageCtx, electionId: string, lock = false) {
  const q = db
    .select()
    .from(pollingPlans)
    .where(and(eq(pollingPlans.countyCode, vr.countyCode), eq(pollingPlans.electionId, electionId)));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function placeRows(db: Tx, vr: VillageCtx, electionId: string): Promise<PollingPlaceRow[]> {
  const rows = await db
    .select()
    .from(pollingPlaces)
    .where(and(eq(pollingPlaces.countyCode, vr.countyCode), eq(pollingPlaces.electionId, electionId)));
  return rows.sort(byPlaceOrder);
}

export async function staffRows(db: Tx, vr: VillageCtx, electionId: string): Promise<PollingStaffRow[]> {
  return db
    .select()
    .from(pollingStaff)
    .where(and(eq(pollingStaff.countyCode, vr.countyCode), eq(pollingStaff.electionId, electionId)));
}

export async function boxVoterRows(db: Tx, vr: VillageCtx, electionId: string) {
  return db
    .select({ voterId: pollingBoxVoters.voterId, placeId: pollingBoxVoters.placeId })
    .from(pollingBoxVoters)
    .where(and(eq(pollingBoxVoters.countyCode, vr.countyCode), eq(pollingBoxVoters.electionId, electionId)));
}

function byListOrder(a: { voterNo: number | null; name: string }, b: typeof a): number {
  if (a.voterNo !== null && b.voterNo !== null && a.voterNo !== b.voterNo) return a.voterNo - b.voterNo;
  if ((a.voterNo === null) !== (b.voterNo === null)) return a.voterNo === null ? 1 : -1;
  return compareByStrokes(a.name, b.name);
}

/** Everything about the plan, computed from the rows and the register. */
export async function pollingState(db: Tx, vr: VillageCtx, election?: ElectionRow): Promise<PollingState> {
  const el = election ?? (await committeeElection(db, vr));
  const [plan, places, staff, boxes, listed, nominees, kin] = await Promise.all([
    planRow(db, vr, el.id),
    placeRows(db, vr, el.id),
    staffRows(db, vr, el.id),
    boxVoterRows(db, vr, el.id),
    listedVoters(db, vr),
    standingNominees(db, vr, el.id),
    villageKin(db, vr),
  ]);
  const params = vr.ruleSet.polling;
  const people = new Map(listed.map((v) => [v.id, v]));
  const placeIds = new Set(places.map((p) => p.id));
  // a box voter taken off the list since is no longer counted anywhere
  const mobileOf = new Map(
    boxes.filter((b) => people.has(b.voterId) && placeIds.has(b.placeId)).map((b) => [b.voterId, b.placeId]),
  );
  const allocation = allocateVoters(
    places.map((p) => ({ id: p.id, kind: p.kind, groups: p.groups })),
    listed.map((v) => ({ id: v.id, group: v.groupName })),
    mobileOf,
  );

  const planStaff = staff
    .filter((s) => people.has(s.voterId))
    .map((s) => ({
      row: s,
      person: { id: s.voterId, name: people.get(s.voterId)!.name },
      role: s.role,
      placeId: s.placeId,
    }));
  // staff whose person left the list keep their row but show it
  const gone = staff.filter((s) => !people.has(s.voterId));
  const recusals = staffRecusals(params, planStaff, nominees, kin);
  const recusalOf = new Map(recusals.map((w) => [`${w.person.id}|${w.role}|${w.placeId}`, w]));

  const staffViews: StaffView[] = planStaff.map((s) => {
    const v = people.get(s.person.id)!;
    const w = recusalOf.get(`${s.person.id}|${s.role}|${s.placeId}`);
    return {
      id: s.row.id,
      placeId: s.placeId,
      role: s.role,
      voterId: s.person.id,
      name: v.name,
      groupName: v.groupName,
      voterNo: v.voterNo,
      recusal: w ? { rule: uniqueRules(w.rule), reason: w.reason } : null,
    };
  });
  staffViews.sort(
    (a, b) => ROLE_ORDER[a.role]! - ROLE_ORDER[b.role]! || byListOrder(a, b) || a.id.localeCompare(b.id),
  );

  const placeViews: PlaceView[] = places.map((p) => {
    const boxVoters = [...mobileOf]
      .filter(([, placeId]) => placeId === p.id)
      .map(([voterId]) => {
        const v = people.get(voterId)!;
        return { voterId, name: v.name, groupName: v.groupName, voterNo: v.voterNo };
      })
      .sort(byListOrder);
    return {
      id: p.id,
      kind: p.kind,
      name: p.name,
      place: p.place,
      groups: [...p.groups],
      route: p.route,
      opensAt: p.opensAt,
      closesAt: p.closesAt,
      approvalStatus: p.approvalStatus,
      approvalNote: p.approvalNote,
      decidedByName: p.decidedByName,
      decidedAt: p.decidedAt,
      voters: allocation.counts.get(p.id) ?? 0,
      scrutineers: scrutineersAt(planStaff, p.id),
      boxVoters,
    };
  });

  const central = places.find((p) => p.kind === 'central') ?? null;
  const stationOf = new Map<string, string>();
  for (const p of places) if (p.kind === 'station') for (const g of p.groups) stationOf.set(g, p.id);
  const groupCounts = new Map<string, number>();
  for (const v of listed) {
    if (mobileOf.has(v.id)) continue;
    groupCounts.set(v.groupName, (groupCounts.get(v.groupName) ?? 0) + 1);
  }
  for (const v of listed) if (!groupCounts.has(v.groupName)) groupCounts.set(v.groupName, 0);
  const groups = [...groupCounts]
    .map(([name, n]) => ({ name, voters: n, placeId: stationOf.get(name) ?? central?.id ?? null }))
    .sort((a, b) => compareGroupNames(a.name, b.name));

  const venueComplete =
    central !== null &&
    central.place.trim().length > 0 &&
    isTime(central.opensAt) &&
    isTime(central.closesAt) &&
    vr.electionDay !== null;
  const problems: Problem[] = pollingPlanProblems(params, {
    places: placeViews.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      approved: p.approvalStatus === 'approved',
      voters: p.voters,
    })),
    staff: planStaff,
    nominees,
    kin,
    venueComplete,
  }).map((v) => ({ rule: uniqueRules(v.rule), field: v.field ?? '投票安排', reason: v.reason }));
  if (vr.electionDay === null) {
    problems.unshift({ rule: 'B-7', field: '选举日', reason: '本村尚未确定选举日' });
  }
  for (const s of gone) {
    problems.push({
      rule: 'E-9',
      field: '工作人员',
      reason: `编号为 ${s.voterId} 的工作人员已不在选民名单上，请删除后重新安排`,
    });
  }
  if (allocation.unplaced.length > 0) {
    problems.push({
      rule: 'G-9',
      field: '中心会场',
      reason: `${allocation.unplaced.length}名选民没有投票地点：请先设置中心会场`,
    });
  }

  const barred: PollingState['barred'] = [];
  const recusal = params.staffRecusal.value;
  if (recusal !== null) {
    const ids = new Set<string>();
    for (const n of nominees) {
      if (n.kind === 'self-nominee' && !recusal.selfNominees) continue;
      ids.add(n.person.id);
      for (const [other, kind] of kin.get(n.person.id) ?? [])
        if (recusal.relations.includes(kind)) ids.add(other);
    }
    const roles = STAFF_ROLES.filter((r) => {
      const as = RECUSAL_ROLE_OF[r];
      return as !== null && recusal.roles.includes(as);
    });
    for (const id of roles.length > 0 ? ids : []) {
      const v = people.get(id);
      if (!v) continue;
      const probe = { person: { id, name: v.name }, role: roles[0]!, placeId: '' };
      const [w] = staffRecusals(params, [probe], nominees, kin);
      if (!w) continue;
      barred.push({
        voterId: id,
        name: v.name,
        roles,
        rule: uniqueRules(w.rule),
        reason: w.reason.replace(/，[^，]*不得担任[^，]*$/, ''),
      });
    }
    barred.sort((a, b) => compareByStrokes(a.name, b.name));
  }

  return {
    election: el,
    plan,
    electionDay: vr.electionDay as IsoDate | null,
    due: pollingDue(vr),
    places: placeViews,
    staff: staffViews,
    groups,
    totalVoters: listed.length,
    unplaced: allocation.unplaced.length,
    problems,
    standing: nominees.length,
    barred,
    listed,
  };
}
