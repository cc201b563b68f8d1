// Shapes of the nomination and kinship API (issue 5 items 4 and 6), their Chinese labels, and the
// search the ballot entry uses.
import { villageApi } from '../registration/model.js';

export type NomineeStatus = 'nominated' | 'selected' | 'not-selected' | 'withdrawn' | 'declined';
export type ReviewStatus = 'pending' | 'passed' | 'failed';

export interface Cited<T> {
  value: T;
  rule: string;
}

export interface PlannedOffice {
  id: string;
  title: string;
  seats: number;
  rank: 1 | 2 | 3;
  womenOnly?: boolean;
}

export interface RankingLine {
  nomineeId: string | null;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  voterNo: number | null;
  groupName: string;
  votes: number | null;
  rank: number | null;
  status: NomineeStatus | null;
  reviewStatus: ReviewStatus | null;
  source: 'nomination' | 'self-nomination' | 'elected-write-in' | null;
  appliedOn: string | null;
  withdrawnOn: string | null;
  withdrawnReason: string | null;
  replacesName: string | null;
  otherOffices: string[];
}

export interface OfficeView {
  id: string;
  title: string;
  seats: number;
  rank: 1 | 2 | 3;
  womenOnly: boolean;
  margin: { min: number; max: number | null; chosen: number; size: number; rule: string };
  ranking: RankingLine[];
  selected: number;
  tiedAtCut: string[];
}

export interface BallotView {
  id: string;
  serial: string | null;
  voterId: string;
  voterName: string;
  voterNo: number | null;
  castOn: string;
  entries: { office: string; voterId: string; name: string }[];
  counted: number;
  rejected: { office: string; name: string; rule: string; reason: string }[];
  voidRule: string | null;
  voidReason: string | null;
  createdAt: string;
}

export interface KinWarning {
  people: { id: string; name: string; offices: string[] }[];
  rule: string;
  reason: string;
  bar: 'member' | 'cross-body';
}

export interface Deadline {
  due: string | null;
  rule: string;
  basis: string;
}

interface StateBase {
  electionId: string;
  electionDay: string | null;
  today: string;
  rulesetId: string;
  rules: {
    modes: Cited<string[]>;
    nominationsPerVoterMax: Cited<'seats' | null>;
    sameNomineeTwoOfficesVoid: Cited<boolean>;
    proxyNominationForbidden: Cited<boolean>;
    selfNomineeOneOfficeOnly: Cited<boolean>;
    turnout: { rule: string; text: string };
  };
}

export interface NotReady extends StateBase {
  ready: false;
  plan: { status: string; nominationMode: 'direct' | 'self' } | null;
}

export interface Ready extends StateBase {
  ready: true;
  plan: {
    status: 'approved';
    nominationMode: 'direct' | 'self';
    oneShoulderIntent: boolean;
    offices: PlannedOffice[];
    totalSeats: number;
  };
  turnout: { voters: number; ballots: number; needed: number; rule: string };
  count: { countedOn: string; voterCount: number; ballotCount: number } | null;
  margins: Record<string, number>;
  offices: OfficeView[];
  marginCheck: { rule: string; field: string; reason: string }[];
  multiOffice: {
    voterId: string;
    name: string;
    offices: {
      office: string;
      title: string;
      votes: number | null;
      rank: number | null;
      status: NomineeStatus;
    }[];
  }[];
  kinWarnings: KinWarning[];
  ballots: BallotView[];
  selfNominationDue: Deadline | null;
  selfListDue: Deadline | null;
  selfListPublishedOn: string | null;
  withdrawalDue: Deadline | null;
}

export type NominationState = NotReady | Ready;

/** A person on the published list, as the ballot entry searches them. */
export interface ListedPerson {
  id: string;
  voterNo: number | null;
  name: string;
  initials: string;
  sex: 'M' | 'F';
  groupName: string;
  householdNo: string;
}

export interface RelationView {
  relatedVoterId: string;
  name: string;
  voterNo: number | null;
  householdNo: string;
  groupName: string;
  kind: KinKind;
  title: string;
  source: 'register' | 'manual';
}

export interface RelationsAnswer {
  relations: RelationView[];
  excluded: (Omit<RelationView, 'source'> & { reason: string; createdAt: string })[];
}

export interface DeriveAnswer {
  derived: number;
  added: number;
  removed: number;
  notes: { householdNo: string; personId: string | null; name: string | null; reason: string }[];
}

export const KIN_KINDS = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const;
export type KinKind = (typeof KIN_KINDS)[number];

export const kinLabels: Record<KinKind, string> = {
  spouse: '配偶',
  parent: '父/母',
  child: '子/女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
};

export const nominationApi = (roundId: string, code: string) => `${villageApi(roundId, code)}/nomination`;
export const relationsApi = (roundId: string, code: string, voterId: string) =>
  `${villageApi(roundId, code)}/voters/${voterId}/relations`;
export const kinshipApi = (roundId: string, code: string) => `${villageApi(roundId, code)}/kinship`;
/** 提名票: one per listed voter, with the QR the entry form scans */
export const nominationBallotsPdf = (roundId: string, code: string) =>
  `/api${villageApi(roundId, code)}/nomination/ballots.pdf`;
export const selfNomineesPdf = (roundId: string, code: string) =>
  `/api${villageApi(roundId, code)}/self-nominees.pdf`;

export const statusLabels: Record<NomineeStatus, { text: string; color: string }> = {
  nominated: { text: '被提名', color: 'default' },
  selected: { text: '候选人', color: 'green' },
  'not-selected': { text: '未入选', color: 'default' },
  withdrawn: { text: '已退出', color: 'red' },
  declined: { text: '已放弃', color: 'orange' },
};

export const reviewLabels: Record<ReviewStatus, { text: string; color: string }> = {
  pending: { text: '待联审', color: 'default' },
  passed: { text: '联审通过', color: 'green' },
  failed: { text: '联审未通过', color: 'red' },
};

/** 选民号 digits, pinyin initials (latin letters) or part of the name, as the voter list's search box. */
export function matchesPerson(p: ListedPerson, query: string): boolean {
  const q = query.trim();
  if (q === '') return true;
  if (/^\d+$/.test(q)) return p.voterNo !== null && String(p.voterNo).startsWith(q);
  if (/^[a-zA-Z]+$/.test(q)) return p.initials.startsWith(q.toLowerCase());
  return p.name.includes(q);
}

/** The best matches first: an exact 选民号 or a whole name before a prefix. */
export function rankMatch(p: ListedPerson, query: string): number {
  const q = query.trim();
  if (/^\d+$/.test(q)) return String(p.voterNo) === q ? 0 : 1;
  if (/^[a-zA-Z]+$/.test(q)) return p.initials === q.toLowerCase() ? 0 : 1;
  return p.name === q ? 0 : p.name.startsWith(q) ? 1 : 2;
}

export const personLabel = (p: Pick<ListedPerson, 'voterNo' | 'name' | 'groupName'>) =>
  `${p.voterNo ?? '—'} ${p.name}（${p.groupName}）`;
