// Shapes of the tally sheet and result API (issue 6: …/votes/:voteId/sheets, …/result, …/follow-ups,
// …/scenario.json, /rounds/:id/areas/:code/results) and their Chinese labels.
import type { Cited, CrossOffice, OvercollectionBase, SheetDifference, Violation } from '@huanjie/core';
import { villageApi } from '../../registration/model.js';
import type { VoteCandidate, VoteOffice, VoteStatus } from '../count/model.js';

export type { VoteCandidate, VoteOffice, VoteStatus };

/** Every query here starts with this key, so a write invalidates them all. */
export const RESULT_KEY = 'results';

export const voteApi = (roundId: string, code: string, voteId: string) =>
  `${villageApi(roundId, code)}/votes/${voteId}`;
export const areaResultsApi = (roundId: string, code: string) => `/rounds/${roundId}/areas/${code}/results`;

export const STATUS_COLORS: Record<VoteStatus, string> = {
  polling: 'processing',
  counting: 'warning',
  counted: 'blue',
  reported: 'purple',
  confirmed: 'success',
};

export interface VoteInfo {
  id: string;
  seq: number;
  kind: string;
  kindLabel: string;
  status: VoteStatus;
  statusLabel?: string;
  tallyRound: 'first' | 'runoff';
  pollingDate: string;
  countMode: 'ballots' | 'sheets';
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  registered: number;
  parentId: string | null;
  confirmedAt: string | null;
  confirmedByName: string | null;
  reportedAt: string | null;
}

export interface BoxReadiness {
  placeId: string;
  name: string;
  issued: number;
  counts: boolean;
  required: boolean;
  waiting: string | null;
}

export interface OfficeRow {
  voterId: string;
  name: string;
  votes: number;
  elected: boolean;
  tied: boolean;
  onBallot: boolean;
}

export interface OfficeView {
  id: string;
  title: string;
  seats: number;
  rank: number;
  womenOnly: boolean;
  minimumVotes: number;
  unfilled: number;
  tieRevote: { people: string[]; seats: number } | null;
  rows: OfficeRow[];
}

export interface ReasonLine {
  rule: string;
  text: string;
  severity: 'info' | 'warning';
}

export type FollowUpKind = 'repeat' | 'tie-revote' | 'kin-revote' | 'runoff';

export interface FollowUpView {
  kind: FollowUpKind;
  voteKind: string;
  label: string;
  rule: string;
  optional: boolean;
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  openedVoteId: string | null;
}

export interface ResultTotals {
  valid: boolean;
  invalidReason: 'turnout' | 'overcollected' | null;
  registered: number;
  voted: number;
  issued: number;
  collected: number;
  voidBallots: number;
  yes?: number;
  no?: number;
  passed?: boolean;
}

export interface ResultAnswer {
  vote: VoteInfo;
  locked: boolean;
  voted: number;
  boxes: BoxReadiness[];
  blocking: string[];
  result: ResultTotals | null;
  reasonLines: ReasonLine[];
  offices: OfficeView[];
  followUps: {
    votes: FollowUpView[];
    electedSoFar: { voterId: string; office: string; rank: number; name: string }[];
    vacancyMayRemain: boolean | null;
  } | null;
  followUpWindow: {
    earliest: string;
    last: string | null;
    rule: string;
    days: number | null;
    electionDay: string;
  } | null;
}

export interface SheetEntry {
  set: 1 | 2;
  collected: number;
  voidBallots: number;
  votes: Record<string, Record<string, number>>;
  recallYes: number | null;
  recallNo: number | null;
  enteredBy: string;
  enteredByName: string;
  updatedAt: string;
  errors: Violation[];
  warnings: Violation[];
}

export interface SheetBox {
  placeId: string;
  name: string;
  kind: 'central' | 'station' | 'mobile';
  issued: number;
  sheets: [SheetEntry | null, SheetEntry | null];
  differences: SheetDifference[] | null;
  counts: boolean;
  waiting: string | null;
}

export interface SheetsAnswer {
  vote: VoteInfo;
  closedReason: string | null;
  tally: { crossOffice: Cited<CrossOffice>; overcollectionBase: Cited<OvercollectionBase> };
  boxes: SheetBox[];
  names: Record<string, string>;
}

export interface AreaVillage {
  villageCode: string;
  name: string;
  electionDay: string | null;
  votes: number;
  latest: {
    id: string;
    seq: number;
    kind: string;
    kindLabel: string;
    status: VoteStatus;
    statusLabel: string;
    pollingDate: string;
  } | null;
  awaitingConfirmation: string[];
  winners: {
    voterId: string;
    name: string;
    office: string;
    officeTitle: string;
    votes: number;
    voteSeq: number;
    confirmed: boolean;
  }[];
}
