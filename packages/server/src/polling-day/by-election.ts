/**
 * By-election (补选, H-6..H-8) of the committee's vacant seats: the approved seat plan's seats minus the
 * members serving, per office; the quorum each meeting needs (H-7) and whether it may leave the seats
 * empty (H-8), shown as information; and opening the vote: kind 'by-election', counted as a runoff
 * (most votes with the rule set's share, F-5), its offices the vacant seats the committee fills, its
 * candidates people of the published list the committee names (姓氏笔画 per office), the serving
 * members as `electedBefore` (kinship and the women rule count them), and the meeting recorded.
 */
import {
  BY_ELECTION_MEETING_TITLES,
  type ByElectionMeeting,
  byElectionQuorum,
  byElectionWaiver,
  type IsoDate,
  sortByStrokes,
  vacancies,
} from '@huanjie/core';
import { sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import type { Db, Tx } from '../db/connect.js';
import type { VoteCandidate, VoteOffice } from '../db/schema.js';
import { badRequest, conflict } from '../http/errors.js';
import { committeeElection, seatPlanOf } from '../preparation/committee-election.js';
import type { VillageCtx } from '../registration/village.js';
import { isOnList, votersByIds } from '../registration/village-voters.js';
import type { Problem } from '../registration/violation-text.js';
import { membersOf, representativeIds } from './recall/rows.js';
import { insertVote, registeredCount, VOTE_KIND_LABELS, type VoteRow, votesOf } from './votes.js';

const UNFINISHED: readonly VoteRow['status'][] = ['polling', 'counting', 'counted', 'reported'];

/** Members of each meeting: the published list (村民会议), or the representatives and the serving members (代表会议, C3-1). */
async function meetingMembers(db: Tx, vr: VillageCtx, serving: readonly string[]) {
  const [voters, reps] = await Promise.all([registeredCount(db, vr), representativeIds(db, vr)]);
  return {
    'villagers-meeting': voters,
    'representatives-meeting': new Set([...reps, ...serving]).size,
    representatives: reps.length,
  };
}

export async function byElectionPlan(db: Tx, vr: VillageCtx) {
  const election = await committeeElection(db, vr);
  const [plan, members, votes] = await Promise.all([
    seatPlanOf(db, vr, election.id),
    membersOf(db, vr, election.id),
    votesOf(db, vr, election.id),
  ]);
  const serving = members.filter((m) => m.status === 'serving');
  const offices = (plan?.offices ?? []) as VoteOffice[];
  const vacant = vacancies(offices, serving);
  const sizes = await meetingMembers(
    db,
    vr,
    serving.map((m) => m.voterId),
  );
  const problems: Problem[] = [];
  if (plan?.status !== 'approved')
    problems.push({ rule: '', field: '职数方案', reason: '本村职数方案尚未经乡镇审核同意' });
  if (members.length === 0)
    problems.push({
      rule: 'H-6',
      field: '村民委员会成员',
      reason: '本届村民委员会成员尚未产生：选举结果经乡镇确认后才有成员，才能补选出缺的职位',
    });
  else if (vacant.every((v) => v.vacant === 0))
    problems.push({ rule: 'H-6', field: '职位', reason: '各职位都有成员在任，没有出缺的职位' });
  const open = votes.find((v) => v.kind === 'by-election' && UNFINISHED.includes(v.status));
  if (open) problems.push({ rule: '', field: '补选', reason: `第 ${open.seq} 次投票（补选）尚未办结` });
  const params = vr.ruleSet.recall;
  return {
    electionId: election.id,
    vacancies: vacant,
    serving: serving.length,
    waiver: byElectionWaiver(params, serving.length),
    quorum: {
      'villagers-meeting': byElectionQuorum(params, 'villagers-meeting', sizes['villagers-meeting']),
      'representatives-meeting': byElectionQuorum(
        params,
        'representatives-meeting',
        sizes['representatives-meeting'],
      ),
    },
    representatives: sizes.representatives,
    problems,
    votes: votes
      .filter((v) => v.kind === 'by-election')
      .map((v) => ({
        id: v.id,
        seq: v.seq,
        kindLabel: VOTE_KIND_LABELS[v.kind],
        status: v.status,
        pollingDate: v.pollingDate,
        meeting: v.byElectionMeeting,
        offices: v.offices,
        candidates: v.candidates,
      })),
  };
}

export interface ByElectionInput {
  meeting: ByElectionMeeting;
  pollingDate: IsoDate;
  countMode: 'ballots' | 'sheets';
  /** the vacant seats filled now (all vacant seats of an office, or fewer) */
  offices: { id: string; seats: number }[];
  candidates: { voterId: string; office: string }[];
}

export async function openByElection(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: ByElectionInput,
): Promise<VoteRow> {
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`vote-open:${election.id}`}))`);
    const plan = await byElectionPlan(tx, vr);
    const first = plan.problems[0];
    if (first) {
      if (first.field === '补选') throw conflict(`${first.reason}，不能再开始补选`);
      throw badRequest(`${first.field}：${first.reason}`);
    }
    const offices: VoteOffice[] = [];
    for (const o of input.offices) {
      const v = plan.vacancies.find((x) => x.office === o.id);
      if (!v) throw badRequest(`补选职位：职数方案中没有职位 ${o.id}`);
      if (o.seats < 1 || o.seats > v.vacant)
        throw badRequest(`补选职位：${v.title}出缺 ${v.vacant} 名，补选名额应为 1 至 ${v.vacant} 名`);
      offices.push({
        id: v.office,
        title: v.title,
        seats: o.seats,
        rank: v.rank,
        ...(v.womenOnly ? { womenOnly: true } : {}),
      });
    }
    if (offices.length === 0) throw badRequest('补选职位：请至少选择一个出缺的职位');
    const people = new Map(
      (
        await votersByIds(
          tx,
          vr,
          input.candidates.map((c) => c.voterId),
        )
      ).map((p) => [p.id, p]),
    );
    const members = await membersOf(tx, vr, election.id);
    const serving = members.filter((m) => m.status === 'serving');
    const seen = new Set<string>();
    const candidates: VoteCandidate[] = [];
    for (const c of input.candidates) {
      const p = people.get(c.voterId);
      const office = offices.find((o) => o.id === c.office);
      if (!p || !isOnList(p) || p.eligibility !== 'eligible')
        throw badRequest(`补选候选人：${p?.name ?? c.voterId}不在已公布的选民名单上`);
      if (!office) throw badRequest(`补选候选人：${p.name}的职位 ${c.office} 不在本次补选的职位中`);
      if (seen.has(p.id)) throw badRequest(`补选候选人：${p.name}只能作为一个职位的候选人`);
      if (serving.some((m) => m.voterId === p.id))
        throw badRequest(`补选候选人：${p.name}是在任的村民委员会成员`);
      if (office.womenOnly && p.sex !== 'F')
        throw badRequest(`补选候选人：${office.title}的候选人须为女性（F-9）`);
      seen.add(p.id);
      candidates.push({ voterId: p.id, name: p.name, sex: p.sex, office: office.id });
    }
    const printed = offices.flatMap((o) =>
      sortByStrokes(
        candidates.filter((c) => c.office === o.id),
        (c) => c.name,
      ),
    );
    const registered =
      input.meeting === 'villagers-meeting'
        ? plan.quorum['villagers-meeting'].members
        : plan.quorum['representatives-meeting'].members;
    if (input.meeting === 'representatives-meeting' && plan.representatives === 0)
      throw badRequest(
        `补选会议：本村没有登记村民代表，不能由${BY_ELECTION_MEETING_TITLES[input.meeting]}补选`,
      );
    return insertVote(tx, actor, vr, {
      electionId: election.id,
      kind: 'by-election',
      tallyRound: 'runoff',
      parentId: null,
      byElectionMeeting: input.meeting,
      pollingDate: input.pollingDate,
      offices,
      candidates: printed,
      electedBefore: serving.map((m) => ({ voterId: m.voterId, office: m.office, rank: m.rank })),
      registered,
      countMode: input.countMode,
    });
  });
}
