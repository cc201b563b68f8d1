/**
 * The result documents' input from the database: a counted vote's stored result (huanjie-result/1) and
 * reasons, the names of everyone in it (the vote's ballot people, the register for written-in voters),
 * how people voted (ballot_issues.via), the scrutineers and counters of the polling plan (polling_staff),
 * the village and township names, and, for a recall, the member voted on. A vote not yet counted is
 * refused with 409; certificates wait for the township's confirmation.
 */
import {
  type ElectionReasons,
  type ElectionResult,
  type RecallReasons,
  type RecallResult,
  sortByStrokes,
} from '@huanjie/core';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { ballotIssues, bodyMembers, recallRequests, voters } from '../db/schema.js';
import { conflict } from '../http/errors.js';
import { requireVote, VOTE_KIND_LABELS, type VoteRow } from '../polling-day/votes.js';
import { committeeNameOf } from '../preparation/ballots/state.js';
import { committeeElection } from '../preparation/committee-election.js';
import { placeRows, staffRows } from '../preparation/polling/state.js';
import { getRegion } from '../regions/queries.js';
import { chinaToday } from '../registration/today.js';
import type { VillageCtx } from '../registration/village.js';
import type { CertificateDoc, ResultDoc, ResultTotals } from './result-model.js';
import { electionPart, electionValidity, recallApproval, recallValidity } from './result-text.js';

const COUNTED: readonly VoteRow['status'][] = ['counted', 'reported', 'confirmed'];

function isRecall(r: ElectionResult | RecallResult): r is RecallResult {
  return 'passed' in r;
}

/** The vote, refused with 409 while it has no result. */
export async function countedVote(db: Tx, vr: VillageCtx, voteId: string): Promise<VoteRow> {
  const vote = await requireVote(db, vr, voteId);
  if (!COUNTED.includes(vote.status) || !vote.result || !vote.reasons)
    throw conflict(`${VOTE_KIND_LABELS[vote.kind]}尚未计票完毕，还没有选举结果：计票结束后才能打印结果文书`);
  return vote;
}

async function namesOf(db: Tx, vr: VillageCtx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: voters.id, name: voters.name })
    .from(voters)
    .where(and(eq(voters.countyCode, vr.countyCode), inArray(voters.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function turnoutBy(db: Tx, vr: VillageCtx, voteId: string) {
  const rows = await db
    .select({ via: ballotIssues.via, n: count() })
    .from(ballotIssues)
    .where(and(eq(ballotIssues.countyCode, vr.countyCode), eq(ballotIssues.voteRoundId, voteId)))
    .groupBy(ballotIssues.via);
  const by = (via: string) => Number(rows.find((r) => r.via === via)?.n ?? 0);
  return { inPerson: by('in-person'), proxy: by('proxy'), mobile: by('mobile') };
}

/** 总监票人, 监票人, 计票人 of the polling plan: the central venue's first, then each place in order. */
async function signingStaff(db: Tx, vr: VillageCtx, electionId: string) {
  const [places, staff] = await Promise.all([placeRows(db, vr, electionId), staffRows(db, vr, electionId)]);
  const names = await namesOf(
    db,
    vr,
    staff.map((s) => s.voterId),
  );
  const order = new Map(places.map((p, i) => [p.id, i]));
  const of = (role: string) => {
    const rows = staff
      .filter((s) => s.role === role)
      .map((s) => ({ ...s, name: names.get(s.voterId) ?? '' }));
    const byPlace = [...new Set(rows.map((r) => r.placeId))].sort(
      (a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99),
    );
    const out = byPlace.flatMap((p) =>
      sortByStrokes(
        rows.filter((r) => r.placeId === p),
        (r) => r.name,
      ).map((r) => r.name),
    );
    return [...new Set(out)];
  };
  return { chief: of('chief-scrutineer'), scrutineers: of('scrutineer'), counters: of('counter') };
}

async function recallMember(db: Tx, vr: VillageCtx, vote: VoteRow) {
  const [req] = vote.recallRequestId
    ? await db
        .select()
        .from(recallRequests)
        .where(and(eq(recallRequests.countyCode, vr.countyCode), eq(recallRequests.id, vote.recallRequestId)))
    : [];
  if (!req) return { member: '（不详）', office: '' };
  const [m] = await db
    .select({ officeTitle: bodyMembers.officeTitle })
    .from(bodyMembers)
    .where(
      and(
        eq(bodyMembers.countyCode, vr.countyCode),
        eq(bodyMembers.electionId, req.electionId),
        eq(bodyMembers.voterId, req.memberVoterId),
      ),
    );
  const names = await namesOf(db, vr, [req.memberVoterId]);
  return { member: names.get(req.memberVoterId) ?? '（不详）', office: m?.officeTitle ?? req.memberOffice };
}

/** Everything the report and the announcement print, for a counted vote. */
export async function resultDoc(db: Tx, vr: VillageCtx, voteId: string): Promise<ResultDoc> {
  const vote = await countedVote(db, vr, voteId);
  const election = await committeeElection(db, vr);
  const result = vote.result as ElectionResult | RecallResult;
  const [village, township, via, staff] = await Promise.all([
    getRegion(db, vr.villageCode),
    getRegion(db, vr.villageCode.slice(0, 9)),
    turnoutBy(db, vr, vote.id),
    signingStaff(db, vr, vote.electionId),
  ]);
  const totals: ResultTotals = {
    registered: result.registered,
    voted: result.voted,
    ...via,
    issued: result.issued,
    collected: result.collected,
    voidBallots: result.voidBallots,
  };
  const base = {
    village: village.name,
    township: township.name,
    committeeName: committeeNameOf(election),
    roundName: vr.round.name,
    laws: vr.ruleSet.sources.map((s) => s.title),
    voteKind: VOTE_KIND_LABELS[vote.kind],
    voteKindCode: vote.kind,
    pollingDate: vote.pollingDate,
    reportDate: vote.countedAt ? chinaToday(new Date(vote.countedAt)) : vote.pollingDate,
    totals,
    valid: result.valid,
    staff,
  };
  if (isRecall(result)) {
    const why = vote.reasons as RecallReasons;
    const who = await recallMember(db, vr, vote);
    return {
      ...base,
      validity: recallValidity(why),
      part: {
        kind: 'recall',
        ...who,
        yes: result.yes,
        no: result.no,
        passed: result.passed,
        approval: recallApproval(result, why),
      },
    };
  }
  const why = vote.reasons as ElectionReasons;
  const known = new Map(vote.candidates.map((c) => [c.voterId, c.name]));
  const mentioned = result.offices.flatMap((o) => Object.keys(o.votes)).filter((id) => !known.has(id));
  const registry = await namesOf(db, vr, [...new Set(mentioned)]);
  const name = (id: string) => known.get(id) ?? registry.get(id) ?? id;
  return {
    ...base,
    validity: electionValidity(result, why),
    part: electionPart(result, why, vote.offices, name, (office) =>
      vote.candidates.filter((c) => c.office === office).map((c) => c.voterId),
    ),
  };
}

/** The certificates of a confirmed vote: everyone it elected, in office order, most votes first. */
export async function certificateDoc(db: Tx, vr: VillageCtx, voteId: string): Promise<CertificateDoc> {
  const vote = await countedVote(db, vr, voteId);
  if (vote.kind === 'recall') throw conflict('罢免表决没有当选证书');
  if (vote.status !== 'confirmed' || !vote.confirmedAt)
    throw conflict('选举结果经乡镇确认后才能打印当选证书：请先上报乡镇并等待确认');
  const election = await committeeElection(db, vr);
  const result = vote.result as ElectionResult;
  const [village, township] = await Promise.all([
    getRegion(db, vr.villageCode),
    getRegion(db, vr.villageCode.slice(0, 9)),
  ]);
  const committee = committeeNameOf(election);
  const known = new Map(vote.candidates.map((c) => [c.voterId, c.name]));
  const elected = result.offices.flatMap((o) => o.elected.map((id) => ({ office: o.id, id })));
  const registry = await namesOf(
    db,
    vr,
    elected.map((e) => e.id).filter((id) => !known.has(id)),
  );
  const title = (id: string) => vote.offices.find((o) => o.id === id)?.title ?? id;
  const years = vr.ruleSet.committee.termYears.value;
  return {
    village: village.name,
    township: township.name,
    committeeName: committee,
    pollingDate: vote.pollingDate,
    issuedOn: chinaToday(new Date(vote.confirmedAt)),
    term: vote.kind === 'by-election' ? `任期至本届${committee}任期届满时止` : `任期 ${years} 年`,
    numberPrefix: `${vr.villageCode}-${vote.seq}`,
    people: elected.map((e) => ({
      name: known.get(e.id) ?? registry.get(e.id) ?? e.id,
      office: title(e.office),
    })),
  };
}
