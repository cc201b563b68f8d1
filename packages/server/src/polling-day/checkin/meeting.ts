/**
 * Who may take a ballot when a by-election is held by the 村民代表会议 (H-6, H-7): its members only,
 * the village representatives and the committee members serving when the vote opened (C3-1). They
 * vote in person: the voters' proxies (G-2..G-5) are for votes of the whole electorate.
 */
import { BY_ELECTION_MEETING_TITLES } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import type { VillageCtx } from '../../registration/village.js';
import { representativeIds } from '../recall/rows.js';
import type { VoteRow } from '../votes.js';

export interface MeetingMembers {
  title: string;
  members: ReadonlySet<string>;
}

/** The 代表会议's members for this vote, or null when the vote is by the electorate. */
export async function meetingOf(db: Tx, vr: VillageCtx, vote: VoteRow): Promise<MeetingMembers | null> {
  if (vote.kind !== 'by-election' || vote.byElectionMeeting !== 'representatives-meeting') return null;
  const reps = await representativeIds(db, vr);
  return {
    title: BY_ELECTION_MEETING_TITLES['representatives-meeting'],
    members: new Set([...reps, ...vote.electedBefore.map((m) => m.voterId)]),
  };
}

/** Why a person not in the meeting gets no ballot. */
export function notMemberReason(name: string, meeting: MeetingMembers): string {
  return `本次补选由${meeting.title}进行，${name}不是${meeting.title}组成人员（村民代表和在任村民委员会成员，C3-1、H-6），不能领取选票`;
}
