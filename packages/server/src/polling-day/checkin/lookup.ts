/** The desk's look-up: a scanned card or a search, answered with each person's verdict at this place. */
import type { Tx } from '../../db/connect.js';
import type { VillageCtx } from '../../registration/village.js';
import { requireVote } from '../votes.js';
import { findByCard, findBySearch, looksLikeCard } from './find.js';
import { meetingOf } from './meeting.js';
import { VOTE_STATUS_LABELS } from './open-vote.js';
import { type CheckinPerson, checkinPeople, refuseAll } from './person.js';
import { placeMap, requirePlace } from './places.js';

export interface LookupAnswer {
  foundBy: 'card' | 'search';
  people: CheckinPerson[];
  /** a search matched more people than shown */
  more: boolean;
  /** set when check-in is closed: nothing may be issued */
  closed: string | null;
}

export async function lookup(
  db: Tx,
  vr: VillageCtx,
  voteId: string,
  q: { text: string; placeId?: string | undefined; showIdNumber: boolean },
): Promise<LookupAnswer> {
  const vote = await requireVote(db, vr, voteId);
  const places = await placeMap(db, vr, vote.electionId);
  if (q.placeId) requirePlace(places, q.placeId);
  const card = looksLikeCard(q.text);
  const found = card
    ? { people: [await findByCard(db, vr, q.text)], more: false }
    : await findBySearch(db, vr, q.text);
  const people = await checkinPeople(db, vr, found.people, {
    voteId,
    places,
    atPlaceId: q.placeId,
    showIdNumber: q.showIdNumber,
    ruleSet: vr.ruleSet,
    meeting: await meetingOf(db, vr, vote),
  });
  const closed =
    vote.status === 'polling' ? null : `本次投票已结束投票（${VOTE_STATUS_LABELS[vote.status]}），不能再发票`;
  return {
    foundBy: card ? 'card' : 'search',
    people: closed ? people.map((p) => refuseAll(p, closed)) : people,
    more: found.more,
    closed,
  };
}
