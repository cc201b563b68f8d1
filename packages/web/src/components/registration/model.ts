// Shapes of the registration API (issue 4: /api/rounds/:id/villages/:code/...), their Chinese
// labels, and which roles may write. The server checks every route itself; these only decide
// what to show.
import { auditActionLabel } from '../../labels.js';
import type { User } from '../../types.js';

export type ListStatus = 'pending' | 'listed' | 'added' | 'removed';

/** On the published list: listed when it was published, or 补登 since (the server's ON_LIST_STATUSES). */
export const isOnList = (v: { listStatus: ListStatus }) =>
  v.listStatus === 'listed' || v.listStatus === 'added';
export type Eligibility = 'eligible' | 'ineligible';

export interface RuleReason {
  rule: string;
  reason: string;
  field?: string;
}

export interface Voter {
  id: string;
  roundId: string;
  villageCode: string;
  voterNo: number | null;
  idNumber: string | null;
  name: string;
  nameInitials: string;
  sex: 'M' | 'F';
  birthDate: string;
  householdNo: string;
  relationToHead: string | null;
  groupName: string;
  hukouInVillage: boolean;
  livesInVillage: boolean;
  awayTo: string | null;
  phone: string | null;
  ethnicity: string | null;
  politicalStatus: string | null;
  education: string | null;
  note: string | null;
  yearsInVillage: number | null;
  villageWorkYears: number | null;
  declaredOn: string | null;
  appliedOn: string | null;
  approvalDecisionId: string | null;
  deprivedOfPoliticalRights: boolean;
  lostCapacity: boolean;
  unreachable: boolean;
  extraCategory: string | null;
  eligibility: Eligibility;
  category: string | null;
  ineligibleReasons: RuleReason[];
  listStatus: ListStatus;
  removedReason: string | null;
  removedOn: string | null;
  createdAt: string;
  updatedAt: string;
  /** only on list rows */
  registeredTwice?: boolean;
}

export interface VoterPage {
  total: number;
  page: number;
  pageSize: number;
  items: Voter[];
}

export interface ListChange {
  id: string;
  voterId: string;
  kind: 'add' | 'remove';
  reason: string;
  changedOn: string;
  objectionId: string | null;
  createdAt: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  action: string;
  actorName: string;
  before: unknown;
  after: unknown;
}

export interface VoterDetail {
  voter: Voter;
  history: HistoryEntry[];
  listChanges: ListChange[];
}

export interface Publication {
  id: string;
  publishedOn: string;
  dueOn: string;
  late: boolean;
  rule: string;
  version: number;
  createdAt: string;
  listed?: number;
}

export interface ImportJob {
  id: string;
  fileName: string;
  status: 'running' | 'committed' | 'failed';
  /** while running: the rows the file is expected to hold; when finished: the rows read */
  rowsTotal: number;
  rowsRead: number;
  /** reading (and checking), committing (writing the list), done */
  phase: 'reading' | 'committing' | 'done';
  /** 0–100 over the whole import, the commit included */
  progress: number;
  imported: number;
  updated: number;
  rejected: number;
  rejections: { row: number; reasons: string[] }[];
  createdAt: string;
  finishedAt: string | null;
}

export interface Objection {
  id: string;
  filedOn: string;
  filerName: string;
  filerVoterId: string | null;
  subjectVoterId: string | null;
  subjectName: string;
  subjectIdNumber: string | null;
  claim: 'add' | 'remove' | 'correct';
  content: string;
  accepted: boolean;
  refusedReason: string | null;
  dueDecisionOn: string | null;
  decidedOn: string | null;
  decision: 'upheld' | 'rejected' | null;
  decisionNote: string | null;
  publishedOn: string | null;
  overdue: boolean;
  daysLate: number;
  /** only in the answer to filing */
  refusal?: RuleReason | null;
}

export interface ProxyApplication {
  id: string;
  principalVoterId: string;
  trusteeVoterId: string;
  principalName: string;
  principalGroup: string;
  trusteeName: string;
  trusteeGroup: string;
  relation: string;
  reason: string;
  appliedOn: string;
  status: 'pending' | 'approved' | 'refused';
  problems: RuleReason[];
  decidedOn: string | null;
}

export interface Household {
  householdNo: string;
  groupName: string;
  people: number;
  voters: number;
}

export interface Group {
  groupName: string;
  households: number;
  people: number;
  voters: number;
}

export interface RegisterUnits {
  population: number;
  households: Household[];
  groups: Group[];
}

export interface Representative {
  id: string;
  voterId: string;
  unitKind: 'households' | 'group';
  unitLabel: string;
  householdNos: string[];
  chosenOn: string | null;
  votes: number | null;
  name: string;
  sex: 'M' | 'F';
  householdNo: string;
  groupName: string;
}

export interface RepresentativesAnswer {
  items: Representative[];
  check: {
    ok: boolean;
    problems: RuleReason[];
    /** every check that applies under the round's rule set, passed or not, with its rule */
    checks: { field: string; title: string; rule: string; ok: boolean; details: string[] }[];
    counts: { members: number; representatives: number; womenRepresentatives: number };
    chosenBy: 'households' | 'groups';
    population: number;
    households: number;
    floor: number | null;
    committee: { members: number; women: number };
  };
}

// ——— who may do what (mirrors the server's GRANTS) ———
export const canRegister = (u: User): boolean => u.role !== 'observer';
export const canDecide = (u: User): boolean =>
  u.role === 'county' || u.role === 'township' || u.role === 'village';

// ——— paths ———
export const villageApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}`;
export const villagePage = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}`;

// ——— labels ———
export const sexLabels: Record<string, string> = { M: '男', F: '女' };

export const listStatusLabels: Record<ListStatus, { text: string; color: string }> = {
  pending: { text: '待公布', color: 'default' },
  listed: { text: '已列入', color: 'green' },
  added: { text: '补登', color: 'blue' },
  removed: { text: '除名', color: 'red' },
};

const categoryText: Record<string, string> = {
  '1': '第一类：户籍在本村并在本村居住',
  '2': '第二类：户籍在本村、不在本村居住，本人表示参加',
  '3': '第三类：户籍不在本村、在本村居住一年以上，经申请同意',
};

export function categoryLabel(category: string | null): string {
  if (!category) return '—';
  return categoryText[category] ?? `本省附加类别：${category}`;
}

export const categoryShort: Record<string, string> = { '1': '第一类', '2': '第二类', '3': '第三类' };

export const claimLabels: Record<string, string> = {
  add: '要求补登',
  remove: '要求除名',
  correct: '要求更正',
};

export const proxyStatusLabels: Record<string, { text: string; color: string }> = {
  pending: { text: '待审核', color: 'gold' },
  approved: { text: '已批准', color: 'green' },
  refused: { text: '不予批准', color: 'red' },
};

export const relationLabels: Record<string, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女',
  none: '非近亲属',
};

export const proxyReasonLabels: Record<string, string> = {
  away: '外出',
  special: '其他特殊原因',
  other: '其他原因',
};

const historyActionLabels: Record<string, string> = {
  'voter.create': '手工登记',
  'voter.update': '修改登记信息',
  'voter.import': '导入户籍登记',
  'voter.add': '补登',
  'voter.remove': '除名',
  'voter.list-add': '补登',
  'voter.list-remove': '除名',
  'voter.decision': '决定同意参加选举',
  'voter.approve': '决定同意参加选举',
};

/** The register's own wording first; anything else recorded against the person (亲属关系, 委托…) by the audit labels. */
export function historyActionLabel(action: string): string {
  return historyActionLabels[action] ?? auditActionLabel(action);
}

/** 「理由（规则 B-2）」 for one rule problem. */
export function problemText(p: RuleReason): string {
  const field = p.field ? `${p.field}：` : '';
  return p.rule ? `${field}${p.reason}（${p.rule}）` : `${field}${p.reason}`;
}

/** The printable documents (opened in a new tab; the browser shows the PDF). */
export const voterListPdf = (roundId: string, code: string) =>
  `/api${villageApi(roundId, code)}/voter-list.pdf`;
export const voterCardsPdf = (roundId: string, code: string) =>
  `/api${villageApi(roundId, code)}/voter-cards.pdf`;
export const proxyListPdf = (roundId: string, code: string) => `/api${villageApi(roundId, code)}/proxies.pdf`;
export const proxyCertificatesPdf = (roundId: string, code: string) =>
  `/api${villageApi(roundId, code)}/proxy-certificates.pdf`;

/** A date picker's value as the API's YYYY-MM-DD. */
export const isoDay = (d: { format: (f: string) => string }): string => d.format('YYYY-MM-DD');
