/**
 * The votes a counted result calls for (core follow-up: a repeat of a vote that is not valid, a
 * revote among tied people, a kinship revote, a runoff 另行选举) and opening one of them. A follow-up
 * vote counts as a runoff (F-4, F-5: most votes with at least a third), carries the registered count
 * over, lists the members elected so far as `electedBefore`, and goes through the same check-in and
 * count. It is held the same day or later; a later date must fall within the rule set's
 * `calendar.runoffWithinDays` after election day (B-10) when the rule set sets one (national-2018 and
 * henan-2011 set none: no limit then).
 */
import {
  addDays,
  type ElectionResult,
  type FollowUpKind,
  followUps,
  type IsoDate,
  type Office,
} from '@huanjie/core';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import type { Db, Tx } from '../../db/connect.js';
import type { VoteCandidate, VoteElectedBefore, VoteOffice } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { publish } from '../live/hub.js';
import { insertVote, requireVote, VOTE_KIND_LABELS, type VoteKind, type VoteRow, votesOf } from '../votes.js';
import { voteLabel } from './scenario.js';

export interface FollowUpView {
  kind: FollowUpKind;
  /** the kind of vote it opens */
  voteKind: VoteKind;
  label: string;
  rule: string;
  optional: boolean;
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  electedBefore: VoteElectedBefore[];
  /** the vote already opened for it */
  openedVoteId: string | null;
}

export interface FollowUpPlan {
  votes: FollowUpView[];
  electedSoFar: (VoteElectedBefore & { name: string })[];
  vacancyMayRemain: boolean | null;
}

const officeOf = (o: VoteOffice): Office => ({ ...o, womenOnly: o.womenOnly === true });
const voteOffice = (o: Office): VoteOffice => ({
  id: o.id,
  title: o.title,
  seats: o.seats,
  rank: o.rank,
  ...(o.womenOnly ? { womenOnly: true } : {}),
});

/** The election's first vote whose result stands (a repeated first vote: the latest valid one). */
function firstVoteOf(votes: readonly VoteRow[], vote: VoteRow): VoteRow {
  const valid = votes.filter(
    (v) =>
      v.kind === 'first' &&
      v.seq <= vote.seq &&
      v.resultJson !== null &&
      (JSON.parse(v.resultJson) as ElectionResult).valid,
  );
  return valid[valid.length - 1] ?? vote;
}

export async function followUpPlan(db: Tx, vr: VillageCtx, vote: VoteRow): Promise<FollowUpPlan | null> {
  if (vote.kind === 'recall' || vote.resultJson === null) return null;
  const result = JSON.parse(vote.resultJson) as ElectionResult;
  const votes = await votesOf(db, vr, vote.electionId);
  const first = firstVoteOf(votes, vote);
  const firstResult = first.resultJson ? (JSON.parse(first.resultJson) as ElectionResult) : result;
  const ids = new Set<string>([
    ...result.offices.flatMap((o) => Object.keys(o.votes)),
    ...firstResult.offices.flatMap((o) => Object.keys(o.votes)),
    ...vote.electedBefore.map((e) => e.voterId),
    ...vote.candidates.map((c) => c.voterId),
  ]);
  const people = new Map((await votersByIds(db, vr, [...ids])).map((p) => [p.id, p]));
  const plan = followUps({
    result,
    offices: vote.offices.map(officeOf),
    candidates: vote.candidates.map((c) => ({ person: c.voterId, office: c.office })),
    electedBefore: vote.electedBefore.map((e) => ({ person: e.voterId, office: e.office, rank: e.rank })),
    firstOffices: first.offices.map(officeOf),
    firstResult,
    isFemale: (id) => people.get(id)?.sex === 'F',
    tally: vr.ruleSet.tally,
  });
  const person = (id: string) => ({
    name: people.get(id)?.name ?? id,
    sex: people.get(id)?.sex ?? ('M' as const),
  });
  const elected = (list: readonly { person: string; office: string; rank: number }[]) =>
    list.map((e) => ({ voterId: e.person, office: e.office, rank: e.rank }));
  const children = votes.filter((v) => v.parentId === vote.id);
  return {
    vacancyMayRemain: plan.vacancyMayRemain,
    electedSoFar: elected(plan.electedSoFar).map((e) => ({ ...e, name: person(e.voterId).name })),
    votes: plan.votes.map((f) => {
      const voteKind: VoteKind = f.kind === 'repeat' ? vote.kind : f.kind;
      return {
        kind: f.kind,
        voteKind,
        label: f.kind === 'repeat' ? `重新${VOTE_KIND_LABELS[vote.kind]}` : VOTE_KIND_LABELS[voteKind],
        rule: f.rule,
        optional: f.optional,
        offices: f.offices.map(voteOffice),
        candidates: f.candidates.map((c) => ({ voterId: c.person, office: c.office, ...person(c.person) })),
        electedBefore: elected(f.electedBefore),
        openedVoteId: children.find((c) => c.kind === voteKind)?.id ?? null,
      };
    }),
  };
}

export interface FollowUpWindow {
  /** the vote's own polling date: a follow-up is held the same day or later */
  earliest: IsoDate;
  /** the last day allowed (election day + runoffWithinDays), or null when the rule set sets none */
  last: IsoDate | null;
  rule: string;
  days: number | null;
  electionDay: IsoDate;
}

/** When a follow-up of `vote` may be held; election day is the election's first vote's polling date. */
export function followUpWindow(vr: VillageCtx, votes: readonly VoteRow[], vote: VoteRow): FollowUpWindow {
  const electionDay = (votes[0]?.pollingDate ?? vote.pollingDate) as IsoDate;
  const limit = vr.ruleSet.calendar.runoffWithinDays;
  // null: the rule set sets no limit (national-2018, henan-2011), so any later day is allowed
  return {
    earliest: vote.pollingDate as IsoDate,
    last: limit.value === null ? null : addDays(electionDay, limit.value),
    rule: limit.rule,
    days: limit.value,
    electionDay,
  };
}

export async function openFollowUp(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  voteId: string,
  input: { kind: FollowUpKind; pollingDate: IsoDate },
): Promise<VoteRow> {
  const opened = await db.transaction(async (tx) => {
    const vote = await requireVote(tx, vr, voteId, true);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`vote-open:${vote.electionId}`}))`);
    if (!['counted', 'reported', 'confirmed'].includes(vote.status))
      throw conflict(`${voteLabel(vote)}还没有计算结果，不能据此另行安排投票`);
    const plan = await followUpPlan(tx, vr, vote);
    const proposal = plan?.votes.find((v) => v.kind === input.kind);
    if (!plan || !proposal) throw conflict(`${voteLabel(vote)}的结果不需要${labelOf(input.kind, vote)}`);
    if (proposal.openedVoteId) throw conflict(`已经根据本次结果开始了${proposal.label}，不能重复开始`);
    if (input.pollingDate < vote.pollingDate)
      throw badRequest(`投票日期：${proposal.label}不能早于${voteLabel(vote)}的投票日 ${vote.pollingDate}`);
    const window = followUpWindow(vr, await votesOf(tx, vr, vote.electionId), vote);
    if (window.last && input.pollingDate > window.last)
      throw badRequest(
        `投票日期：${proposal.label}应在选举日（${window.electionDay}）后 ${window.days} 日内举行，最晚 ${window.last}（${window.rule}）`,
      );
    return insertVote(tx, actor, vr, {
      electionId: vote.electionId,
      kind: proposal.voteKind,
      tallyRound: input.kind === 'repeat' ? vote.tallyRound : 'runoff',
      parentId: vote.id,
      pollingDate: input.pollingDate,
      offices: proposal.offices,
      candidates: proposal.candidates,
      electedBefore: proposal.electedBefore,
      registered: vote.registered,
      countMode: vote.countMode,
    });
  });
  publish(voteId, { type: 'status', status: 'follow-up' });
  return opened;
}

function labelOf(kind: FollowUpKind, vote: VoteRow): string {
  return kind === 'repeat' ? `重新${VOTE_KIND_LABELS[vote.kind]}` : VOTE_KIND_LABELS[kind];
}
