/**
 * Live check-in figures per polling place and for the village: ballots issued (in person, by proxy,
 * at a mobile box), ballots printed for the place (its range in the current numbered run), remaining,
 * and turnout so far (issued ÷ registered; the percentage is for display, in whole tenths, integer
 * arithmetic). The sum over the places is the village's total.
 */
import type { IsoDate } from '@huanjie/core';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { ballotIssues, pollingBoxVoters, voters } from '../../db/schema.js';
import { rangesOf, runsOf } from '../../preparation/ballots/state.js';
import type { VillageCtx } from '../../registration/village.js';
import { ON_LIST_STATUSES } from '../../registration/village-voters.js';
import { requireVote, type VoteRow } from '../votes.js';
import { type IssueVia, type IssueView, issueView } from './issue-view.js';
import { dayWarning, VOTE_STATUS_LABELS } from './open-vote.js';
import { type PlaceMap, type PlaceRef, placeMap } from './places.js';

export interface Tally {
  registered: number;
  inPerson: number;
  proxy: number;
  mobile: number;
  issued: number;
  printed: number;
  /** printed − issued (negative when more were issued than printed for the place) */
  remaining: number;
  /** issued × 1000 ÷ registered, rounded down; null when nobody is registered */
  turnoutPermille: number | null;
  /** 「45.3%」 */
  turnoutText: string;
}

export interface CheckinCounts {
  vote: {
    id: string;
    status: VoteRow['status'];
    statusLabel: string;
    registered: number;
    pollingDate: string;
  };
  places: (PlaceRef & Tally)[];
  village: Tally;
  /** the latest issues (at the place asked for, else anywhere), newest first */
  recent: IssueView[];
  /** set when today is not the vote's polling day (check-in goes on; the desk is told) */
  dayWarning: string | null;
}

export const RECENT = 8;

export function turnout(issued: number, registered: number): Pick<Tally, 'turnoutPermille' | 'turnoutText'> {
  if (registered <= 0) return { turnoutPermille: null, turnoutText: '—' };
  const p = Math.floor((issued * 1000) / registered);
  return { turnoutPermille: p, turnoutText: `${Math.floor(p / 10)}.${p % 10}%` };
}

function tally(registered: number, by: Partial<Record<IssueVia, number>>, printed: number): Tally {
  const inPerson = by['in-person'] ?? 0;
  const proxy = by.proxy ?? 0;
  const mobile = by.mobile ?? 0;
  const issued = inPerson + proxy + mobile;
  return {
    registered,
    inPerson,
    proxy,
    mobile,
    issued,
    printed,
    remaining: printed - issued,
    ...turnout(issued, registered),
  };
}

/** Voters on the list per place (a mobile-box voter at the box, the rest by 村民小组). */
async function registeredPerPlace(db: Tx, vr: VillageCtx, electionId: string, places: PlaceMap) {
  const onList = and(
    eq(voters.countyCode, vr.countyCode),
    eq(voters.roundId, vr.round.id),
    eq(voters.villageCode, vr.villageCode),
    eq(voters.eligibility, 'eligible'),
    inArray(voters.listStatus, [...ON_LIST_STATUSES]),
  );
  const [groups, boxes] = await Promise.all([
    db.select({ group: voters.groupName, n: count() }).from(voters).where(onList).groupBy(voters.groupName),
    db
      .select({ group: voters.groupName, placeId: pollingBoxVoters.placeId, n: count() })
      .from(pollingBoxVoters)
      .innerJoin(
        voters,
        and(eq(voters.countyCode, pollingBoxVoters.countyCode), eq(voters.id, pollingBoxVoters.voterId)),
      )
      .where(and(onList, eq(pollingBoxVoters.electionId, electionId)))
      .groupBy(voters.groupName, pollingBoxVoters.placeId),
  ]);
  const per = new Map<string, number>();
  const add = (id: string | undefined, n: number) => {
    if (id) per.set(id, (per.get(id) ?? 0) + n);
  };
  const inBoxes = new Map<string, number>();
  for (const b of boxes) {
    if (!places.byId.has(b.placeId)) continue;
    add(b.placeId, Number(b.n));
    inBoxes.set(b.group, (inBoxes.get(b.group) ?? 0) + Number(b.n));
  }
  for (const g of groups)
    add(places.homeOf({ id: '', groupName: g.group })?.id, Number(g.n) - (inBoxes.get(g.group) ?? 0));
  return per;
}

export async function checkinCounts(
  db: Tx,
  vr: VillageCtx,
  voteId: string,
  today: IsoDate,
  atPlaceId?: string,
): Promise<CheckinCounts> {
  const vote = await requireVote(db, vr, voteId);
  const places = await placeMap(db, vr, vote.electionId);
  const forVote = and(eq(ballotIssues.countyCode, vr.countyCode), eq(ballotIssues.voteRoundId, voteId));
  const current = (await runsOf(db, vr, vote.electionId)).find((r) => r.status === 'current');
  const [issued, registered, ranges, recentRows] = await Promise.all([
    db
      .select({ placeId: ballotIssues.placeId, via: ballotIssues.via, n: count() })
      .from(ballotIssues)
      .where(forVote)
      .groupBy(ballotIssues.placeId, ballotIssues.via),
    registeredPerPlace(db, vr, vote.electionId, places),
    current ? rangesOf(db, vr, current.id) : Promise.resolve([]),
    db
      .select()
      .from(ballotIssues)
      .where(atPlaceId ? and(forVote, eq(ballotIssues.placeId, atPlaceId)) : forVote)
      .orderBy(desc(ballotIssues.issuedAt), desc(sql`${ballotIssues.voterId}`))
      .limit(RECENT),
  ]);
  const byPlace = new Map<string, Partial<Record<IssueVia, number>>>();
  for (const r of issued) {
    const m = byPlace.get(r.placeId) ?? {};
    m[r.via] = Number(r.n);
    byPlace.set(r.placeId, m);
  }
  const printed = new Map(ranges.map((r) => [r.placeId, Math.max(0, r.toNo - r.fromNo + 1)]));
  const rows: (PlaceRef & Tally)[] = places.places.map((p) => ({
    ...p,
    ...tally(registered.get(p.id) ?? 0, byPlace.get(p.id) ?? {}, printed.get(p.id) ?? 0),
  }));
  // ballots issued at a place since removed from the plan still count for the village
  for (const [id, by] of byPlace)
    if (!places.byId.has(id))
      rows.push({ id, kind: 'station', name: '（已撤销的投票地点）', ...tally(0, by, 0) });
  const sum = (k: 'inPerson' | 'proxy' | 'mobile' | 'printed') => rows.reduce((n, r) => n + r[k], 0);
  const village = tally(
    vote.registered,
    { 'in-person': sum('inPerson'), proxy: sum('proxy'), mobile: sum('mobile') },
    sum('printed'),
  );

  const ids = recentRows.flatMap((r) => (r.trusteeVoterId ? [r.voterId, r.trusteeVoterId] : [r.voterId]));
  const people =
    ids.length === 0
      ? []
      : await db
          .select({ id: voters.id, name: voters.name })
          .from(voters)
          .where(and(eq(voters.countyCode, vr.countyCode), inArray(voters.id, [...new Set(ids)])));
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    vote: {
      id: vote.id,
      status: vote.status,
      statusLabel: VOTE_STATUS_LABELS[vote.status],
      registered: vote.registered,
      pollingDate: vote.pollingDate,
    },
    places: rows,
    village,
    recent: recentRows.map((r) => issueView(r, names, places)),
    dayWarning: dayWarning(vote, today),
  };
}
