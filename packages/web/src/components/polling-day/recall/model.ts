// Shapes of the recall and by-election API (issue 6 item 6: /api/rounds/:id/villages/:code/recall and
// …/by-elections) and their Chinese labels. Rule values arrive from the server with their citations.
import { villageApi } from '../../registration/model.js';

export interface Cited<T> {
  value: T;
  rule: string;
}

export interface Threshold {
  op: 'more-than' | 'at-least';
  num: number;
  den: number;
}

/** A threshold in words: 过半数, 三分之二以上… (C-2). */
export function shareText(t: Threshold): string {
  if (t.op === 'more-than' && t.num * 2 === t.den) return '过半数';
  return t.op === 'more-than' ? `超过${t.num}/${t.den}` : `${t.num}/${t.den}以上`;
}

export type VoteStatus = 'polling' | 'counting' | 'counted' | 'reported' | 'confirmed';
export type RequestStatus =
  | 'collecting'
  | 'accepted'
  | 'refused'
  | 'voting'
  | 'passed'
  | 'failed'
  | 'withdrawn';
export type SignedBy = 'voters' | 'representatives';
export type Meeting = 'villagers-meeting' | 'representatives-meeting';

export interface Member {
  voterId: string;
  name: string;
  sex: 'M' | 'F' | null;
  office: string;
  officeTitle: string;
  rank: number;
  votes: number | null;
  since: string;
  status: 'serving' | 'recalled' | 'resigned' | 'terminated';
  endedOn: string | null;
  endedReason: string | null;
}

export interface Progress {
  path: SignedBy;
  signers: number;
  whole: number;
  share: { num: number; den: number };
  minimum: number;
  met: boolean;
  rule: string;
  formula: string;
}

export interface RecallRequest {
  id: string;
  member: { voterId: string; name: string; officeTitle: string };
  reasons: string;
  reply: string | null;
  signedBy: SignedBy;
  filedOn: string;
  status: RequestStatus;
  statusLabel: string;
  statusNote: string | null;
  signatures: { voterId: string; name: string; groupName: string; signedOn: string }[];
  progress: Progress;
  deadlines: {
    vote: { due: string; rule: string } | null;
    township: { due: string; rule: string } | null;
  };
  repeatBar: {
    years: number;
    rule: string;
    within: { id: string; failedOn: string; reasons: string; barEnds: string }[];
  } | null;
  vote: {
    id: string;
    seq: number;
    kindLabel: string;
    status: VoteStatus;
    pollingDate: string;
    countMode: 'ballots' | 'sheets';
    result: { yes: number; no: number; voted: number; valid: boolean; passed: boolean } | null;
  } | null;
}

export interface Vacancy {
  office: string;
  title: string;
  rank: number;
  womenOnly: boolean;
  seats: number;
  serving: number;
  vacant: number;
}

export interface QuorumInfo {
  meeting: Meeting;
  members: number;
  minimum: number;
  rule: string;
  formula: string;
  text: string;
}

export interface ByElectionVote {
  id: string;
  seq: number;
  kindLabel: string;
  status: VoteStatus;
  pollingDate: string;
  meeting: Meeting | null;
  offices: { id: string; title: string; seats: number }[];
  candidates: { voterId: string; name: string; office: string }[];
}

export interface RecallAnswer {
  electionId: string;
  registered: number;
  representatives: { voterId: string; name: string; groupName: string }[];
  rules: {
    voterSignersShareMin: Cited<{ num: number; den: number }>;
    representativeSignersShareMin: Cited<{ num: number; den: number }>;
    voteWithinDays: Cited<number | null>;
    repeatBarYears: Cited<number | null>;
    recallQuorum: Cited<Threshold>;
    recallApproval: Cited<Threshold>;
  };
  members: Member[];
  requests: RecallRequest[];
  byElection: {
    vacancies: Vacancy[];
    serving: number;
    waiver: { mayWaive: boolean | null; withinMonths: number | null; rule: string; text: string | null };
    quorum: Record<Meeting, QuorumInfo>;
    representatives: number;
    problems: { rule: string; field: string; reason: string }[];
    votes: ByElectionVote[];
  };
}

export const recallApi = (roundId: string, code: string) => `${villageApi(roundId, code)}/recall`;
export const requestApi = (roundId: string, code: string, id: string) =>
  `${recallApi(roundId, code)}/requests/${id}`;
export const byElectionApi = (roundId: string, code: string) => `${villageApi(roundId, code)}/by-elections`;

export const MEETING_TITLES: Record<Meeting, string> = {
  'villagers-meeting': '村民会议',
  'representatives-meeting': '村民代表会议',
};

export const SIGNED_BY_LABELS: Record<SignedBy, string> = {
  voters: '有选举权的村民联名',
  representatives: '村民代表联名',
};

export const REQUEST_STATUS_COLORS: Record<RequestStatus, string> = {
  collecting: 'processing',
  accepted: 'blue',
  refused: 'default',
  voting: 'orange',
  passed: 'red',
  failed: 'green',
  withdrawn: 'default',
};

export const MEMBER_STATUS_LABELS: Record<Member['status'], { text: string; color: string }> = {
  serving: { text: '在任', color: 'green' },
  recalled: { text: '已罢免', color: 'red' },
  resigned: { text: '已辞职', color: 'default' },
  terminated: { text: '职务终止', color: 'default' },
};

export const VOTE_STATUS_LABELS: Record<VoteStatus, string> = {
  polling: '投票中',
  counting: '计票中',
  counted: '已计票',
  reported: '已上报乡镇',
  confirmed: '乡镇已确认',
};

export const COUNT_MODE_OPTIONS = [
  { value: 'ballots', label: '逐票唱票录入' },
  { value: 'sheets', label: '计票统计表' },
];
