// Kinship recusal (任职回避): who may not serve together, and who must withdraw (C1-5, C2-2, C2-6, J2-1, J2-3, E-9).
import type { RuleSet } from '../ruleset/rule-set.js';
import type { CommitteeParams } from '../ruleset/sections/committee.js';
import type { PollingParams, PollingRole } from '../ruleset/sections/polling.js';
import type { SupervisionParams, VillagePost } from '../ruleset/sections/supervision.js';
import { kinBarRelationOf } from '../ruleset/tally-params.js';
import { describeRelation, type KinGraph, type PersonRef, relationOf } from './kin-graph.js';

export interface Withdrawal {
  readonly person: PersonRef;
  readonly rule: string;
  readonly reason: string;
}

export interface KinConflict {
  readonly people: readonly [PersonRef, PersonRef];
  readonly rule: string;
  readonly reason: string;
  /** Who stays and who goes, when the rule decides it; both null when it takes a revote or a choice. */
  readonly keeps: PersonRef | null;
  readonly withdraws: PersonRef | null;
}

export interface Nominee {
  readonly person: PersonRef;
  readonly kind: 'candidate' | 'self-nominee';
}

const NOMINEE_TITLES: Record<Nominee['kind'], string> = { candidate: '候选人', 'self-nominee': '自荐人' };

function pairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}

export interface CommitteeMember {
  readonly person: PersonRef;
  /** 1 chair, 2 vice-chair, 3 member (tally-spec §5). */
  readonly rank: number;
  /** Votes won, once known. */
  readonly votes?: number;
}

/**
 * C1-5: pairs of villagers' committee members related by a relation in the rule set's `tally.kinBar`
 * (the same bar the counting engine applies). The member in the higher office stays; at equal office
 * the one with more votes; otherwise neither is decided (a further vote).
 */
export function memberKinConflicts(
  ruleSet: Pick<RuleSet, 'tally'>,
  members: readonly CommitteeMember[],
  graph: KinGraph,
): KinConflict[] {
  const kinBar = ruleSet.tally.kinBar;
  const conflicts: KinConflict[] = [];
  for (const [a, b] of pairs(members)) {
    const relation = relationOf(graph, a.person.id, b.person.id);
    if (relation === null || !kinBar.value.includes(kinBarRelationOf(relation))) continue;
    let keeps: CommitteeMember | null = null;
    if (a.rank !== b.rank) keeps = a.rank < b.rank ? a : b;
    else if (a.votes !== undefined && b.votes !== undefined && a.votes !== b.votes)
      keeps = a.votes > b.votes ? a : b;
    const goes = keeps === null ? null : keeps === a ? b : a;
    const outcome =
      keeps === null || goes === null
        ? '职务相同且票数相同（或尚无票数），须继续组织投票决定留任人员'
        : `留任${keeps.person.name}，${goes.person.name}应当回避`;
    conflicts.push({
      people: [a.person, b.person],
      rule: kinBar.rule,
      reason: `村民委员会成员之间不得有此亲属关系：${describeRelation(a.person, b.person, relation)}；${outcome}`,
      keeps: keeps?.person ?? null,
      withdraws: goes?.person ?? null,
    });
  }
  return conflicts;
}

export interface BodyHolder {
  readonly person: PersonRef;
  /** Holds the Party secretary, committee chair and co-operative head posts at once (一肩挑). */
  readonly oneShoulder: boolean;
}

/**
 * Seed 003: members of the Party organization, villagers' committee and co-operative may not be related
 * as the rule set's `crossBodyKinBar` says; a 一肩挑 person by the wider set. The seed does not say who
 * gives way, so each pair is reported for the township to settle.
 */
export function crossBodyKinConflicts(
  params: CommitteeParams,
  holders: readonly BodyHolder[],
  graph: KinGraph,
): KinConflict[] {
  const bar = params.crossBodyKinBar.value;
  if (bar === null) return [];
  const conflicts: KinConflict[] = [];
  for (const [a, b] of pairs(holders)) {
    const relation = relationOf(graph, a.person.id, b.person.id);
    if (relation === null) continue;
    const wide = (a.oneShoulder || b.oneShoulder) && bar.oneShoulderRelations.includes(relation);
    if (!bar.relations.includes(relation) && !wide) continue;
    const because = bar.relations.includes(relation) ? '村两委及经济合作社成员之间' : '“一肩挑”人员与其';
    conflicts.push({
      people: [a.person, b.person],
      rule: params.crossBodyKinBar.rule,
      reason: `${because}应当任职回避：${describeRelation(a.person, b.person, relation)}`,
      keeps: null,
      withdraws: null,
    });
  }
  return conflicts;
}

export interface ElectionCommitteeReview {
  readonly withdrawals: readonly Withdrawal[];
  /** Near relatives serving together: 不宜 (C2-4), a warning rather than a bar. */
  readonly advisories: readonly KinConflict[];
}

/** C2-2, C2-6: election committee members who must withdraw once the nominees are known; C2-4 warnings. */
export function electionCommitteeRecusals(
  params: CommitteeParams,
  members: readonly PersonRef[],
  nominees: readonly Nominee[],
  graph: KinGraph,
): ElectionCommitteeReview {
  const recusal = params.electionCommitteeRecusal.value;
  const rule = params.electionCommitteeRecusal.rule;
  const withdrawals: Withdrawal[] = [];
  for (const member of members) {
    const own = nominees.find((n) => n.person.id === member.id);
    if (own && (own.kind === 'candidate' || recusal.selfNominees)) {
      withdrawals.push({
        person: member,
        rule: own.kind === 'candidate' ? 'C2-2' : rule,
        reason: `${member.name}已成为村民委员会成员${NOMINEE_TITLES[own.kind]}，应当退出村民选举委员会`,
      });
      continue;
    }
    for (const nominee of nominees) {
      if (nominee.kind === 'self-nominee' && !recusal.selfNominees) continue;
      const relation = relationOf(graph, nominee.person.id, member.id);
      if (relation === null || !recusal.relativesOfNominees.includes(relation)) continue;
      withdrawals.push({
        person: member,
        rule,
        reason: `${describeRelation(nominee.person, member, relation)}，${nominee.person.name}是${NOMINEE_TITLES[nominee.kind]}，${member.name}应当退出村民选举委员会`,
      });
      break;
    }
  }
  const advisory = params.electionCommitteeKinAdvisory.value;
  const advisories: KinConflict[] = [];
  for (const [a, b] of pairs(members)) {
    const relation = relationOf(graph, a.id, b.id);
    if (relation === null || !advisory.includes(relation)) continue;
    advisories.push({
      people: [a, b],
      rule: params.electionCommitteeKinAdvisory.rule,
      reason: `近亲属不宜同时担任村民选举委员会成员：${describeRelation(a, b, relation)}`,
      keeps: null,
      withdraws: null,
    });
  }
  return { withdrawals, advisories };
}

export interface PostHolder {
  readonly person: PersonRef;
  readonly post: VillagePost;
}

const POST_TITLES: Record<VillagePost, string> = {
  'committee-member': '村民委员会成员',
  clerk: '村文书',
  bookkeeper: '村报账员',
  'finance-staff': '财务人员',
  'collective-economy-manager': '集体经济组织负责人',
};

/** J2-1, J2-3: supervision committee members who may not serve, by their own post or a relative's. */
export function supervisionRecusals(
  params: SupervisionParams,
  members: readonly PersonRef[],
  postHolders: readonly PostHolder[],
  graph: KinGraph,
): Withdrawal[] {
  const withdrawals: Withdrawal[] = [];
  for (const member of members) {
    const own = postHolders.find(
      (h) => h.person.id === member.id && params.barredPosts.value.includes(h.post),
    );
    if (own) {
      withdrawals.push({
        person: member,
        rule: params.barredPosts.rule,
        reason: `${member.name}担任${POST_TITLES[own.post]}，不得担任村务监督委员会成员`,
      });
      continue;
    }
    for (const holder of postHolders) {
      if (!params.relativesOfPostsBarred.value.includes(holder.post)) continue;
      const relation = relationOf(graph, holder.person.id, member.id);
      if (relation === null || !params.barredRelations.value.includes(relation)) continue;
      withdrawals.push({
        person: member,
        rule: `${params.relativesOfPostsBarred.rule};${params.barredRelations.rule}`,
        reason: `${describeRelation(holder.person, member, relation)}，${holder.person.name}担任${POST_TITLES[holder.post]}，${member.name}不得担任村务监督委员会成员`,
      });
      break;
    }
  }
  return withdrawals;
}

export interface StaffAssignment {
  readonly person: PersonRef;
  readonly role: PollingRole;
}

const ROLE_TITLES: Record<PollingRole, string> = {
  caller: '唱票人',
  counter: '计票人',
  scrutineer: '监票人',
  issuer: '发票员',
  scribe: '代写人',
};

/** E-9: polling staff who are candidates (or self-nominees) or close relatives of one, in the barred roles. */
export function pollingStaffRecusals(
  params: PollingParams,
  staff: readonly StaffAssignment[],
  nominees: readonly Nominee[],
  graph: KinGraph,
): Withdrawal[] {
  const recusal = params.staffRecusal.value;
  if (recusal === null) return [];
  const rule = params.staffRecusal.rule;
  const counted = nominees.filter((n) => n.kind === 'candidate' || recusal.selfNominees);
  const withdrawals: Withdrawal[] = [];
  for (const s of staff) {
    if (!recusal.roles.includes(s.role)) continue;
    const role = ROLE_TITLES[s.role];
    const own = counted.find((n) => n.person.id === s.person.id);
    if (own) {
      withdrawals.push({
        person: s.person,
        rule,
        reason: `${s.person.name}是${NOMINEE_TITLES[own.kind]}，不得担任${role}`,
      });
      continue;
    }
    for (const nominee of counted) {
      const relation = relationOf(graph, nominee.person.id, s.person.id);
      if (relation === null || !recusal.relations.includes(relation)) continue;
      withdrawals.push({
        person: s.person,
        rule,
        reason: `${describeRelation(nominee.person, s.person, relation)}，${nominee.person.name}是${NOMINEE_TITLES[nominee.kind]}，${s.person.name}不得担任${role}`,
      });
      break;
    }
  }
  return withdrawals;
}
