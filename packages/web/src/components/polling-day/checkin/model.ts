// Shapes of the check-in API (issue 6 item 1: /api/rounds/:id/villages/:code/votes/:voteId/checkin)
// and of the votes list it starts from.
import type { PollingPlaceKind } from '@huanjie/core';
import { villageApi } from '../../registration/model.js';

export type VoteStatus = 'polling' | 'counting' | 'counted' | 'reported' | 'confirmed';

export interface Vote {
  id: string;
  seq: number;
  kind: string;
  kindLabel: string;
  status: VoteStatus;
  pollingDate: string;
  registered: number;
  countMode: 'ballots' | 'sheets';
}

export interface VotesAnswer {
  electionId: string;
  firstVote: { problems: { rule: string; field: string; reason: string }[]; registered: number };
  items: Vote[];
}

export interface PlaceRef {
  id: string;
  kind: PollingPlaceKind;
  name: string;
}

export type IssueVia = 'in-person' | 'proxy' | 'mobile';

export interface IssueView {
  voterId: string;
  name: string;
  placeId: string;
  placeName: string;
  via: IssueVia;
  viaLabel: string;
  trusteeVoterId: string | null;
  trusteeName: string | null;
  issuedAt: string;
  issuedByName: string;
}

export interface BallotLine {
  voterId: string;
  name: string;
  proxyId: string | null;
  status: 'due' | 'issued' | 'refused';
  reason: string | null;
  issue: IssueView | null;
}

export interface CheckinPerson {
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  groupName: string;
  voterNo: number | null;
  idNumber: string | null;
  home: PlaceRef | null;
  own: BallotLine;
  proxies: BallotLine[];
  delegatedTo: { trusteeName: string } | null;
  verdict: 'ok' | 'warn' | 'refused';
  warnings: string[];
  due: number;
}

export interface LookupAnswer {
  foundBy: 'card' | 'search';
  people: CheckinPerson[];
  more: boolean;
  closed: string | null;
}

export interface Tally {
  registered: number;
  inPerson: number;
  proxy: number;
  mobile: number;
  issued: number;
  printed: number;
  remaining: number;
  turnoutPermille: number | null;
  turnoutText: string;
}

export type PlaceTally = PlaceRef & Tally;

export interface CountsAnswer {
  vote: { id: string; status: VoteStatus; statusLabel: string; registered: number; pollingDate: string };
  places: PlaceTally[];
  village: Tally;
  recent: IssueView[];
  dayWarning: string | null;
}

export const votesApi = (roundId: string, code: string) => `${villageApi(roundId, code)}/votes`;
export const checkinApi = (roundId: string, code: string, voteId: string) =>
  `${votesApi(roundId, code)}/${voteId}/checkin`;

/** The ballots a person takes now: their own (if due) and each due principal's. */
export function dueBallots(p: CheckinPerson): string[] {
  return [p.own, ...p.proxies].filter((l) => l.status === 'due').map((l) => l.voterId);
}

/** 「09:05」 in China time. */
export function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** The desk's polling place is remembered per village on this device. */
const placeKey = (roundId: string, code: string) => `huanjie.checkin.place.${roundId}.${code}`;

export function rememberedPlace(roundId: string, code: string): string | null {
  try {
    return localStorage.getItem(placeKey(roundId, code));
  } catch {
    return null;
  }
}

export function rememberPlace(roundId: string, code: string, placeId: string): void {
  try {
    localStorage.setItem(placeKey(roundId, code), placeId);
  } catch {
    // private mode: the choice lasts until the page is left
  }
}
