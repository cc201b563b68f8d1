/**
 * The recall page's data: the committee's members (serving or not), every recall request with its
 * signatures, the live H-1 progress, the H-3 deadlines and the H-3 warning (earlier failed requests
 * against the same member whose one-year bar still runs), and the request's vote; the village's
 * representatives (who may sign a representatives' request) and the rule values with their citations.
 */
import {
  compareByStrokes,
  type IsoDate,
  type RecallResult,
  recallDeadlines,
  recallRepeatBar,
} from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import { committeeElection } from '../../preparation/committee-election.js';
import { countyHolidays } from '../../preparation/schedule/holidays.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { VOTE_KIND_LABELS } from '../votes.js';
import { progressOf, signerPool } from './progress.js';
import { statusWord } from './requests.js';
import { membersOf, recallVotes, requestsOf, signaturesOf } from './rows.js';

export async function recallState(db: Tx, vr: VillageCtx) {
  const election = await committeeElection(db, vr);
  const [members, requests, pool, holidays] = await Promise.all([
    membersOf(db, vr, election.id),
    requestsOf(db, vr, election.id),
    signerPool(db, vr),
    countyHolidays(db, vr.countyCode),
  ]);
  const ids = requests.map((r) => r.id);
  const [signatures, votes] = await Promise.all([signaturesOf(db, vr, ids), recallVotes(db, vr, ids)]);
  const people = await votersByIds(db, vr, [
    ...members.map((m) => m.voterId),
    ...signatures.map((s) => s.voterId),
    ...pool.representatives,
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const nameOf = (id: string) => person.get(id)?.name ?? id;
  const voteOf = (requestId: string) => votes.filter((v) => v.recallRequestId === requestId).at(-1) ?? null;
  const failedOn = (requestId: string) => voteOf(requestId)?.pollingDate ?? null;
  const params = vr.ruleSet.recall;

  return {
    electionId: election.id,
    registered: pool.voters,
    representatives: pool.representatives
      .map((id) => ({ voterId: id, name: nameOf(id), groupName: person.get(id)?.groupName ?? '' }))
      .sort((a, b) => compareByStrokes(a.name, b.name)),
    rules: {
      voterSignersShareMin: params.voterSignersShareMin,
      representativeSignersShareMin: params.representativeSignersShareMin,
      voteWithinDays: params.voteWithinDays,
      repeatBarYears: params.repeatBarYears,
      recallQuorum: vr.ruleSet.tally.recallQuorum,
      recallApproval: vr.ruleSet.tally.recallApproval,
    },
    members: members.map((m) => ({
      voterId: m.voterId,
      name: nameOf(m.voterId),
      sex: person.get(m.voterId)?.sex ?? null,
      office: m.office,
      officeTitle: m.officeTitle,
      rank: m.rank,
      votes: m.votes,
      since: m.since,
      status: m.status,
      endedOn: m.endedOn,
      endedReason: m.endedReason,
    })),
    requests: requests.map((r) => {
      const signed = signatures.filter((s) => s.requestId === r.id);
      const vote = voteOf(r.id);
      const result = vote?.result as RecallResult | null | undefined;
      const earlier = requests
        .filter((o) => o.id !== r.id && o.memberVoterId === r.memberVoterId && o.status === 'failed')
        .map((o) => ({ id: o.id, failedOn: failedOn(o.id) as IsoDate | null, reasons: o.reasons }))
        .filter((o): o is { id: string; failedOn: IsoDate; reasons: string } => o.failedOn !== null);
      return {
        id: r.id,
        member: {
          voterId: r.memberVoterId,
          name: nameOf(r.memberVoterId),
          officeTitle: members.find((m) => m.voterId === r.memberVoterId)?.officeTitle ?? r.memberOffice,
        },
        reasons: r.reasons,
        reply: r.reply,
        signedBy: r.signedBy,
        filedOn: r.filedOn,
        status: r.status,
        statusLabel: statusWord(r.status),
        statusNote: r.statusNote,
        signatures: signed.map((s) => ({
          voterId: s.voterId,
          name: nameOf(s.voterId),
          groupName: person.get(s.voterId)?.groupName ?? '',
          signedOn: s.signedOn,
        })),
        progress: progressOf(vr, pool, r.signedBy, signed.length),
        deadlines: recallDeadlines(params, r.filedOn as IsoDate, holidays.set),
        repeatBar: recallRepeatBar(params, r.filedOn as IsoDate, earlier),
        vote: vote
          ? {
              id: vote.id,
              seq: vote.seq,
              kindLabel: VOTE_KIND_LABELS[vote.kind],
              status: vote.status,
              pollingDate: vote.pollingDate,
              countMode: vote.countMode,
              result: result
                ? {
                    yes: result.yes,
                    no: result.no,
                    voted: result.voted,
                    valid: result.valid,
                    passed: result.passed,
                  }
                : null,
            }
          : null,
      };
    }),
  };
}

export type RecallState = Awaited<ReturnType<typeof recallState>>;
