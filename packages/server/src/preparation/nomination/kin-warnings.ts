/**
 * Kinship warnings at nomination (issue 5 item 6): nominees who, elected together, could not serve
 * together — villagers' committee members related as the rule set's `tally.kinBar` says (C1-5), and,
 * where the rule set bars it across the Party organization, committee and co-operative (seed 003,
 * `committee.crossBodyKinBar`), the same pairs and, when the seat plan means the chair to be the Party
 * secretary too (一肩挑), the chair nominees' wider relations. Warnings only: the rules bite at the
 * result (issue 6).
 */
import {
  type BodyHolder,
  type CommitteeMember,
  crossBodyKinConflicts,
  type KinGraph,
  memberKinConflicts,
  type RuleSet,
} from '@huanjie/core';
import type { NomineeRow, SeatPlanRow } from '../committee-election.js';

export interface KinWarning {
  people: [{ id: string; name: string; offices: string[] }, { id: string; name: string; offices: string[] }];
  rule: string;
  reason: string;
  /** 'member': among committee members (C1-5); 'cross-body': across the village bodies (seed 003) */
  bar: 'member' | 'cross-body';
}

/** Nominees still in the running, one entry per person with every office they stand for. */
export function kinWarnings(
  ruleSet: Pick<RuleSet, 'tally' | 'committee'>,
  plan: Pick<SeatPlanRow, 'offices' | 'oneShoulderIntent'>,
  rows: readonly NomineeRow[],
  graph: KinGraph,
): KinWarning[] {
  const people = new Map<
    string,
    { id: string; name: string; rank: number; offices: string[]; chair: boolean }
  >();
  for (const n of rows) {
    if (n.status !== 'nominated' && n.status !== 'selected') continue;
    if (n.reviewStatus === 'failed' || n.source === 'elected-write-in') continue;
    const office = plan.offices.find((o) => o.id === n.office);
    const rank = office?.rank ?? 3;
    const p = people.get(n.voterId) ?? { id: n.voterId, name: n.name, rank, offices: [], chair: false };
    p.rank = Math.min(p.rank, rank);
    p.offices.push(office?.title ?? n.office);
    if (n.office === 'chair') p.chair = true;
    people.set(n.voterId, p);
  }
  const list = [...people.values()];
  const offices = (id: string) => people.get(id)?.offices ?? [];
  const out: KinWarning[] = [];
  const seen = new Set<string>();
  const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

  const members: CommitteeMember[] = list.map((p) => ({ person: { id: p.id, name: p.name }, rank: p.rank }));
  for (const c of memberKinConflicts(ruleSet, members, graph)) {
    const [a, b] = c.people;
    seen.add(pair(a.id, b.id));
    out.push({
      people: [
        { ...a, offices: offices(a.id) },
        { ...b, offices: offices(b.id) },
      ],
      rule: c.rule,
      reason: `如同时当选：${c.reason}`,
      bar: 'member',
    });
  }
  const holders: BodyHolder[] = list.map((p) => ({
    person: { id: p.id, name: p.name },
    oneShoulder: plan.oneShoulderIntent && p.chair,
  }));
  for (const c of crossBodyKinConflicts(ruleSet.committee, holders, graph)) {
    const [a, b] = c.people;
    if (seen.has(pair(a.id, b.id))) continue;
    seen.add(pair(a.id, b.id));
    out.push({
      people: [
        { ...a, offices: offices(a.id) },
        { ...b, offices: offices(b.id) },
      ],
      rule: c.rule,
      reason: `如同时当选：${c.reason}`,
      bar: 'cross-body',
    });
  }
  return out;
}
