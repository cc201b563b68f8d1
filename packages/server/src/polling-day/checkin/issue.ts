/**
 * Issuing ballots at the desk (发票, E-11): the person's own ballot and one per approved principal they
 * hold a proxy for (G-10), all or nothing. The primary key of ballot_issues (county, vote, voter) is the
 * rule 一证一票: when another desk issued the same voter first, even at the same instant, the insert
 * finds the row and the whole request is refused with 409 naming who has the ballot, where and when.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { ballotIssues } from '../../db/schema.js';
import { ApiError, badRequest } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { requireVoter } from '../../registration/village-voters.js';
import { type IssueRow, type IssueView, issuedText, issueView } from './issue-view.js';
import { meetingOf } from './meeting.js';
import { notifyCheckin } from './notify.js';
import { pollingVote } from './open-vote.js';
import { type BallotLine, type CheckinPerson, checkinPeople } from './person.js';
import { placeMap, requirePlace } from './places.js';

export interface IssueInput {
  /** the person at the desk (the trustee, for proxy ballots) */
  voterId: string;
  placeId: string;
  foundBy: 'card' | 'search';
  /** voters whose ballots to hand over: the person's own id and/or their principals' */
  ballots: string[];
  /** the clerk read the wrong-place warning and issues anyway */
  confirmPlace: boolean;
}

export interface IssueResult {
  issued: IssueView[];
  person: CheckinPerson;
}

const refused = (code: string, message: string) => new ApiError(409, code, message);

async function alreadyIssued(tx: Tx, vr: VillageCtx, voteId: string, ids: string[]): Promise<IssueRow[]> {
  return tx
    .select()
    .from(ballotIssues)
    .where(
      and(
        eq(ballotIssues.countyCode, vr.countyCode),
        eq(ballotIssues.voteRoundId, voteId),
        inArray(ballotIssues.voterId, ids),
      ),
    );
}

function lineFor(person: CheckinPerson, voterId: string): BallotLine {
  if (voterId === person.voterId) return person.own;
  const line = person.proxies.find((l) => l.voterId === voterId);
  if (!line)
    throw badRequest(
      `选票：编号为 ${voterId} 的选民不是${person.name}本人，也不是委托${person.name}代为投票的人`,
    );
  return line;
}

/** The clerk at the desk: the display name the desk and the refusals show, and whether they see whole ID numbers. */
export interface Issuer {
  name: string;
  showIdNumber: boolean;
}

export async function issueBallots(
  db: Db,
  actor: Actor,
  issuer: Issuer,
  vr: VillageCtx,
  voteId: string,
  input: IssueInput,
): Promise<IssueResult> {
  const ballots = [...new Set(input.ballots)];
  if (ballots.length === 0) throw badRequest('选票：请至少选择一张要发出的选票');
  const result = await db.transaction(async (tx) => {
    const vote = await pollingVote(tx, vr, voteId, '发票');
    const places = await placeMap(tx, vr, vote.electionId);
    const place = requirePlace(places, input.placeId);
    const voter = await requireVoter(tx, vr, input.voterId, '选民');
    const ctx = {
      voteId,
      places,
      atPlaceId: place.id,
      showIdNumber: issuer.showIdNumber,
      ruleSet: vr.ruleSet,
      meeting: await meetingOf(tx, vr, vote),
    };
    const [person] = await checkinPeople(tx, vr, [voter], ctx);
    const lines = ballots.map((id) => lineFor(person!, id));
    for (const l of lines) {
      if (l.status === 'issued') throw refused('ALREADY_ISSUED', l.reason!);
      if (l.status === 'refused') throw refused('CHECKIN_REFUSED', l.reason!);
    }
    if (person!.warnings.length > 0 && !input.confirmPlace)
      throw refused('CONFIRM_PLACE', `${person!.warnings.join('；')}。请确认后再发票`);

    const values = lines.map((l) => ({
      countyCode: vr.countyCode,
      voteRoundId: voteId,
      voterId: l.voterId,
      electionId: vote.electionId,
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      placeId: place.id,
      via: l.proxyId
        ? ('proxy' as const)
        : place.kind === 'mobile'
          ? ('mobile' as const)
          : ('in-person' as const),
      trusteeVoterId: l.proxyId ? voter.id : null,
      proxyId: l.proxyId,
      foundBy: input.foundBy,
      issuedBy: actor.id ?? '',
      issuedByName: issuer.name,
    }));
    // 一证一票: the primary key decides between desks; a row another desk holds is not inserted
    const inserted: IssueRow[] = await tx
      .insert(ballotIssues)
      .values(values)
      .onConflictDoNothing()
      .returning();
    if (inserted.length < values.length) {
      const mine = new Set(inserted.map((r) => r.voterId));
      const taken = await alreadyIssued(
        tx,
        vr,
        voteId,
        ballots.filter((id) => !mine.has(id)),
      );
      const names = new Map(lines.map((l) => [l.voterId, l.name]));
      names.set(voter.id, voter.name);
      const text = taken.map((r) => issuedText(issueView(r, names, places))).join('；');
      throw refused('ALREADY_ISSUED', text || '选票已由另一个发票点同时发出（一证一票，E-11）');
    }
    await appendAudit(tx, {
      actor,
      action: 'ballot.issue',
      entity: 'ballot-issue',
      entityId: `${voteId}:${voter.id}`,
      regionCode: vr.villageCode,
      before: null,
      after: { voterId: voter.id, name: voter.name, place: place.name, rows: inserted },
    });
    const names = new Map(lines.map((l) => [l.voterId, l.name]));
    names.set(voter.id, voter.name);
    const [after] = await checkinPeople(tx, vr, [voter], ctx);
    return { issued: inserted.map((r) => issueView(r, names, places)), person: after!, placeId: place.id };
  });
  notifyCheckin(voteId, { type: 'turnout', placeId: result.placeId, change: result.issued.length });
  return { issued: result.issued, person: result.person };
}
