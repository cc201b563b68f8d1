/**
 * The votes of a village's committee election (issue 6): listing them, reading one, and opening the
 * first vote on polling day from what the committee prepared: the approved seat plan's offices, the
 * people on the current numbered ballot run (in its print order), and the published voter list.
 * Follow-up votes (tie revote, runoff, by-election, recall) are opened from a result elsewhere and
 * share `insertVote`.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db, Tx } from '../db/connect.js';
import { type VoteCandidate, type VoteElectedBefore, type VoteOffice, voteRounds } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { ballotState } from '../preparation/ballots/state.js';
import { committeeElection, nomineesOf } from '../preparation/committee-election.js';
import { listedVoters } from '../preparation/polling/state.js';
import type { VillageCtx } from '../registration/village.js';
import type { Problem } from '../registration/violation-text.js';

export type VoteRow = typeof voteRounds.$inferSelect;
export type VoteKind = VoteRow['kind'];

export const VOTE_KIND_LABELS: Record<VoteKind, string> = {
  first: '第一次投票',
  'tie-revote': '票数相等再次投票',
  'kin-revote': '亲属回避再次投票',
  runoff: '另行选举',
  'by-election': '补选',
  recall: '罢免表决',
};

export async function votesOf(db: Tx, vr: VillageCtx, electionId: string): Promise<VoteRow[]> {
  return db
    .select()
    .from(voteRounds)
    .where(and(eq(voteRounds.countyCode, vr.countyCode), eq(voteRounds.electionId, electionId)))
    .orderBy(asc(voteRounds.seq));
}

/** One vote of this village, refused with 404 when it belongs elsewhere. */
export async function requireVote(db: Tx, vr: VillageCtx, voteId: string, lock = false): Promise<VoteRow> {
  const q = db
    .select()
    .from(voteRounds)
    .where(
      and(
        eq(voteRounds.countyCode, vr.countyCode),
        eq(voteRounds.id, voteId),
        eq(voteRounds.roundId, vr.round.id),
        eq(voteRounds.villageCode, vr.villageCode),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound(`本村没有编号为 ${voteId} 的投票`);
  return row;
}

/** Whether the vote's result is locked by the township (a change needs a reason: see results). */
export function isLocked(vote: Pick<VoteRow, 'status'>): boolean {
  return vote.status === 'confirmed';
}

export interface NewVote {
  electionId: string;
  kind: VoteKind;
  tallyRound: 'first' | 'runoff';
  parentId: string | null;
  recallRequestId?: string | null;
  /** by-elections: the meeting that holds it (H-6, H-7) */
  byElectionMeeting?: 'villagers-meeting' | 'representatives-meeting' | null;
  pollingDate: IsoDate;
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  electedBefore: VoteElectedBefore[];
  registered: number;
  countMode: 'ballots' | 'sheets';
}

/** Inserts a vote with the next seq of its election, and its audit entry, inside the caller's transaction. */
export async function insertVote(tx: Tx, actor: Actor, vr: VillageCtx, v: NewVote): Promise<VoteRow> {
  const [{ next } = { next: 1 }] = await tx
    .select({ next: sql<number>`coalesce(max(${voteRounds.seq}), 0)::int + 1` })
    .from(voteRounds)
    .where(and(eq(voteRounds.countyCode, vr.countyCode), eq(voteRounds.electionId, v.electionId)));
  const [row] = await tx
    .insert(voteRounds)
    .values({
      countyCode: vr.countyCode,
      id: randomUUID(),
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      seq: next,
      ...v,
      recallRequestId: v.recallRequestId ?? null,
      createdBy: actor.id,
    })
    .returning();
  await appendAudit(tx, {
    actor,
    action: 'vote.open',
    entity: 'vote',
    entityId: row!.id,
    regionCode: vr.villageCode,
    before: null,
    after: row,
  });
  return row!;
}

/** People on the published voter list now (登记参加选举的村民, the F-1 denominator). */
export async function registeredCount(db: Tx, vr: VillageCtx): Promise<number> {
  return (await listedVoters(db, vr)).length;
}

export interface FirstVotePlan {
  electionId: string;
  pollingDate: IsoDate | null;
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  registered: number;
  /** what bars opening the first vote, each with its rule */
  problems: Problem[];
}

/** What the first vote would be, and what still bars it. */
export async function firstVotePlan(db: Tx, vr: VillageCtx): Promise<FirstVotePlan> {
  const election = await committeeElection(db, vr);
  // one after another: inside a transaction a node-postgres client runs one query at a time
  const ballots = await ballotState(db, vr);
  const nominees = await nomineesOf(db, vr, election.id);
  const registered = await registeredCount(db, vr);
  const existing = await votesOf(db, vr, election.id);
  const problems: Problem[] = [];
  if (existing.some((v) => v.kind === 'first'))
    problems.push({ rule: '', field: '投票', reason: '本村第一次投票已经开始，不能重复开始' });
  if (!vr.electionDay)
    problems.push({ rule: '', field: '选举日', reason: '本村尚未确定选举日：请先在换届设置中确定选举日' });
  if (ballots.seatPlan?.status !== 'approved')
    problems.push({ rule: '', field: '职数方案', reason: '本村职数方案尚未经乡镇审核同意' });
  const run = ballots.run;
  if (!run) problems.push({ rule: 'E-3', field: '选票', reason: '本村尚未印制编号选票：请先在“选票”页印制' });
  else if (run.stale.length > 0)
    problems.push({
      rule: 'E-3',
      field: '选票',
      reason: `已印制的选票与现在的情况不符（${run.stale.join('；')}），请重新印制`,
    });

  const byNominee = new Map(nominees.map((n) => [n.id, n]));
  const candidates: VoteCandidate[] = [];
  const model = run?.model as
    | { sheets: { parts: { office: string; candidates: { id: string; name: string }[] }[] }[] }
    | undefined;
  for (const sheet of model?.sheets ?? [])
    for (const part of sheet.parts)
      for (const c of part.candidates) {
        const n = byNominee.get(c.id);
        if (n) candidates.push({ voterId: n.voterId, name: n.name, sex: n.sex, office: part.office });
      }
  const offices = ((ballots.seatPlan?.offices ?? []) as VoteOffice[]).map((o) => ({
    id: o.id,
    title: o.title,
    seats: o.seats,
    rank: o.rank,
    ...(o.womenOnly ? { womenOnly: true } : {}),
  }));
  if (registered === 0)
    problems.push({ rule: 'A-1', field: '选民名单', reason: '选民名单上没有人：请先登记并公布选民名单' });
  return {
    electionId: election.id,
    pollingDate: (vr.electionDay as IsoDate | null) ?? null,
    offices,
    candidates,
    registered,
    problems,
  };
}

/** Opens the first vote of polling day: check-in starts; the ballot's people and offices are fixed. */
export async function openFirstVote(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { countMode: 'ballots' | 'sheets' },
): Promise<VoteRow> {
  return db.transaction(async (tx) => {
    // one opening at a time per election: the committee row is the lock
    const election = await committeeElection(tx, vr);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`vote-open:${election.id}`}))`);
    const plan = await firstVotePlan(tx, vr);
    if (plan.problems.length > 0) {
      const first = plan.problems[0]!;
      if (first.field === '投票') throw conflict(first.reason);
      throw badRequest(`${first.field}：${first.reason}`);
    }
    return insertVote(tx, actor, vr, {
      electionId: plan.electionId,
      kind: 'first',
      tallyRound: 'first',
      parentId: null,
      pollingDate: plan.pollingDate!,
      offices: plan.offices,
      candidates: plan.candidates,
      electedBefore: [],
      registered: plan.registered,
      countMode: input.countMode,
    });
  });
}
