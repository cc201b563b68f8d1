// Shapes of the ballot entry API (issue 6: …/votes/:voteId/count, …/live), the keys of the entry
// screen, and a ballot in words.
import type { EnteredBallot, RunningTotals } from '@huanjie/core';
import { villageApi } from '../../registration/model.js';

export type VoteStatus = 'polling' | 'counting' | 'counted' | 'reported' | 'confirmed';

export interface VoteOffice {
  id: string;
  title: string;
  seats: number;
  rank: number;
  womenOnly?: boolean;
}

export interface VoteCandidate {
  voterId: string;
  name: string;
  sex?: 'M' | 'F';
  office: string;
}

export interface VoteSummary {
  id: string;
  seq: number;
  kind: string;
  kindLabel: string;
  status: VoteStatus;
  countMode: 'ballots' | 'sheets';
}

export interface VotesList {
  items: VoteSummary[];
}

export interface Clerk {
  id: string;
  name: string;
}

export interface BoxStatus {
  placeId: string;
  name: string;
  kind: 'central' | 'station' | 'mobile';
  issued: number;
  entered: [number, number];
  clerks: [Clerk | null, Clerk | null];
  closedAt: [string | null, string | null];
  doubleEntry: boolean;
  comparison: 'pending' | 'agree' | 'differ';
  difference: string | null;
  acceptedSet: 1 | 2 | null;
  resolvedNote: string | null;
  counts: boolean;
  countedSet: 1 | 2 | null;
}

export interface CountAnswer {
  vote: VoteSummary & { offices: VoteOffice[]; candidates: VoteCandidate[] };
  boxes: BoxStatus[];
  clerks: (Clerk & { role: string })[];
  me: { id: string };
}

export interface SetView {
  placeId: string;
  entrySet: 1 | 2;
  ballots: { seq: number; ballot: EnteredBallot }[];
  rows: number;
  nextSeq: number;
  clerk: Clerk | null;
  closedAt: string | null;
  doubleEntry: boolean;
  names: Record<string, string>;
}

export interface WriteInMatch {
  id: string;
  name: string;
  sex: 'M' | 'F';
  groupName: string;
  voterNo: number | null;
}

export interface BoxProgress {
  placeId: string;
  name: string;
  entered: [number, number];
  closed: [boolean, boolean];
  counted: 1 | 2;
  issued: number;
}

export interface LiveSnapshot {
  type: 'snapshot';
  vote: { id: string; kind: string; kindLabel: string; status: VoteStatus; countMode: string };
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  names: Record<string, string>;
  totals: RunningTotals;
  issued: number;
  boxes: BoxProgress[];
  secondEntry: boolean;
}

export interface LiveDelta {
  type: 'delta';
  ballots: number;
  void: number;
  blank: number;
  recall: { yes: number; no: number };
  votes: [string, string, number][];
  names: Record<string, string>;
  boxes: BoxProgress[];
  secondEntry: boolean;
}

export const votesApi = (roundId: string, code: string) => `${villageApi(roundId, code)}/votes`;
export const voteApi = (roundId: string, code: string, voteId: string) =>
  `${votesApi(roundId, code)}/${voteId}`;
export const setApi = (vote: string, placeId: string, entrySet: 1 | 2) =>
  `${vote}/count/boxes/${placeId}/sets/${entrySet}`;
export const projectorPath = (roundId: string, code: string, voteId: string) =>
  `/screen/rounds/${roundId}/villages/${code}/votes/${voteId}`;

export const COUNT_KEY = 'count';

/** 1–9, then letters: the keys printed on the candidates, in ballot order. */
export const CANDIDATE_KEYS = '123456789abcdefghijklmnopqrstuvwxyz'.split('');
/** Command keys (the number pad's own keys where it has them). */
export const KEYS = {
  void: '0',
  blank: '.',
  writeIn: '+',
  save: 'Enter',
  undo: 'Backspace',
} as const;

export interface KeyedCandidate extends VoteCandidate {
  key: string;
}

/** Each candidate's key, office by office in the vote's order, candidates in print order. */
export function keyedCandidates(offices: VoteOffice[], candidates: VoteCandidate[]): KeyedCandidate[] {
  const out: KeyedCandidate[] = [];
  for (const o of offices)
    for (const c of candidates.filter((x) => x.office === o.id))
      out.push({ ...c, key: CANDIDATE_KEYS[out.length] ?? '' });
  return out;
}

/** A ballot in words: 「主任 李明；委员 钟强、吴军」, 废票, 空白票. */
export function ballotWords(b: EnteredBallot, offices: VoteOffice[], names: (id: string) => string): string {
  if (b.void) return '废票';
  if ('recall' in b) return b.recall === 'yes' ? '同意罢免' : '不同意罢免';
  const parts = offices
    .filter((o) => (b.marks[o.id] ?? []).length > 0)
    .map((o) => `${o.title} ${(b.marks[o.id] ?? []).map(names).join('、')}`);
  return parts.length === 0 ? '空白票' : parts.join('；');
}

export const COMPARISON_LABELS: Record<BoxStatus['comparison'], string> = {
  pending: '待核对',
  agree: '一致',
  differ: '不一致',
};
