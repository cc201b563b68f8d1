// Shapes of the complaints (/api/rounds/:id/complaints…), risk ledger (/api/rounds/:id/risk…) and
// notices (/api/notifications…) APIs, and their Chinese labels (issue 7 items 3 and 4).
import { COMPLAINT_CATEGORY_IDS, COMPLAINT_CATEGORY_LABELS, type ComplaintCategory } from '@huanjie/core';

export type { ComplaintCategory };
export { COMPLAINT_CATEGORY_IDS, COMPLAINT_CATEGORY_LABELS };

export type RiskLevel = 'red' | 'orange' | 'green';
export const LEVELS: RiskLevel[] = ['red', 'orange', 'green'];
export const LEVEL_LABELS: Record<RiskLevel, string> = { red: '红', orange: '橙', green: '绿' };
export const LEVEL_COLORS: Record<RiskLevel, string> = {
  red: '#cf1322',
  orange: '#fa8c16',
  green: '#52c41a',
};
export const LEVEL_TAG: Record<RiskLevel, string> = { red: 'red', orange: 'orange', green: 'green' };

export const ITEM_CATEGORY_LABELS: Record<string, string> = {
  clan: '宗族派性',
  'two-committees': '两委不和',
  'petition-legacy': '信访积案',
  finance: '财务问题',
  'vote-buying': '拉票贿选',
  'low-turnout': '参选率低',
  security: '安全稳定',
  other: '其他',
};

/** Reasons offered when rating a village (any other text may be typed). */
export const COMMON_REASONS = [
  '宗族势力影响',
  '两委班子不和',
  '历史信访积案',
  '干群关系紧张',
  '村级财务问题',
  '疑似拉票贿选',
  '上届选举遗留问题',
  '参选率偏低',
];

export type ComplaintStatus = 'open' | 'handling' | 'replied' | 'closed';
export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  open: '待办理',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
};
export const STATUS_COLORS: Record<ComplaintStatus, string> = {
  open: 'default',
  handling: 'processing',
  replied: 'cyan',
  closed: 'success',
};

export const CHANNEL_LABELS: Record<string, string> = {
  visit: '来访',
  phone: '来电',
  letter: '来信',
  'report-box': '举报箱',
  online: '网络平台',
  referral: '上级交办',
};

export const OUTCOME_LABELS: Record<string, string> = {
  substantiated: '反映属实',
  partly: '部分属实',
  unsubstantiated: '反映不实',
  referred: '移交有关部门',
};

export interface ComplaintTiming {
  state: 'answered' | 'on-time' | 'due-soon' | 'overdue';
  daysLeft: number;
  daysOver: number;
  answeredLate: boolean;
}

export interface Complaint {
  id: string;
  roundId: string;
  villageCode: string;
  villageName: string;
  townshipCode: string;
  townshipName: string;
  serial: number;
  number: string;
  receivedOn: string;
  channel: string;
  category: ComplaintCategory;
  complainantName: string | null;
  complainantPhone: string | null;
  anonymous: boolean;
  summary: string;
  handlerId: string | null;
  handlerName: string | null;
  limitDays: number;
  dueOn: string;
  status: ComplaintStatus;
  escalatedTo: string | null;
  escalatedToName: string | null;
  escalatedAt: string | null;
  outcome: string | null;
  reply: string | null;
  repliedOn: string | null;
  riskItemId: string | null;
  timing: ComplaintTiming;
}

export interface ComplaintLimit {
  category: ComplaintCategory;
  days: number;
  rule: string;
  source: 'rule-set' | 'county';
  basis: string;
  countyMaySet: boolean;
}

export interface ComplaintCounts {
  total: number;
  byCategory: Record<ComplaintCategory, number>;
  byStatus: Record<ComplaintStatus, number>;
  escalated: number;
  overdue: number;
  answeredLate: number;
}

export interface ComplaintList {
  area: string;
  today: string;
  items: Complaint[];
  counts: ComplaintCounts;
  limits: ComplaintLimit[];
}

export interface ComplaintStep {
  at: string;
  action: string;
  label: string;
  actorName: string;
  detail: string;
}

export interface RiskItem {
  id: string;
  villageCode: string;
  title: string;
  category: string;
  level: RiskLevel;
  owner: string;
  measures: string | null;
  dueOn: string;
  status: 'open' | 'closed';
  closedOn: string | null;
  closedNote: string | null;
  complaintId: string | null;
  foundOn: string;
}

export interface RiskRating {
  villageCode: string;
  level: RiskLevel;
  reasons: string[];
  ratedOn: string;
  ratedByName: string;
}

export interface ComplaintDetail {
  complaint: Complaint;
  steps: ComplaintStep[];
  rating: RiskRating | null;
  riskItem: RiskItem | null;
}

export interface Handler {
  id: string;
  displayName: string;
  role: string;
  regionCode: string;
}

export interface RiskChange {
  id: string;
  fromLevel: RiskLevel | null;
  level: RiskLevel;
  reasons: string[];
  note: string | null;
  ratedOn: string;
  ratedByName: string;
  createdAt: string;
}

export interface RiskReport {
  id: string;
  villageCode: string;
  reportDate: string;
  reporterName: string;
  reporterPhone: string | null;
  hasIssue: boolean;
  situation: string;
  suggestedLevel: RiskLevel | null;
  createdAt: string;
}

export interface VillageRisk {
  rating: RiskRating | null;
  history: RiskChange[];
  items: RiskItem[];
  reports: RiskReport[];
}

export interface LedgerVillage {
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string;
  level: RiskLevel | null;
  reasons: string[];
  ratedOn: string | null;
  ratedByName: string | null;
  openItems: number;
  overdueItems: number;
  closedItems: number;
  lastReportDate: string | null;
}

export interface RiskCounts {
  villages: number;
  red: number;
  orange: number;
  green: number;
  unrated: number;
  openItems: number;
  overdueItems: number;
  closedItems: number;
}

export interface RiskLedger {
  area: string;
  today: string;
  week: { start: string; end: string };
  villages: LedgerVillage[];
  items: RiskItem[];
  counts: RiskCounts;
}

export interface Notice {
  id: string;
  regionCode: string;
  villageCode: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export const roundApi = (roundId: string) => `/rounds/${roundId}`;
export const villageApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}`;
export const complaintsPage = (roundId: string, area: string) =>
  `/rounds/${roundId}/areas/${area}/complaints`;
export const riskPage = (roundId: string, area: string) => `/rounds/${roundId}/areas/${area}/risk`;
export const ledgerXlsx = (roundId: string, area: string, week?: string) =>
  `/api/rounds/${roundId}/risk/ledger.xlsx?area=${area}${week ? `&week=${week}` : ''}`;

/** How a complaint's time stands, in words and colour: overdue red with the days over, due soon orange. */
export function timingText(c: Pick<Complaint, 'timing' | 'dueOn'>): { text: string; color: string } {
  const t = c.timing;
  if (t.state === 'overdue') return { text: `逾期 ${t.daysOver} 天`, color: 'red' };
  if (t.state === 'due-soon')
    return { text: t.daysLeft === 0 ? '今日到期' : `${t.daysLeft} 天后到期`, color: 'orange' };
  if (t.state === 'answered')
    return t.answeredLate ? { text: '逾期答复', color: 'volcano' } : { text: '按期答复', color: 'green' };
  return { text: `剩 ${t.daysLeft} 天`, color: 'default' };
}

export const oversightKeys = {
  all: ['oversight'] as const,
  complaints: (roundId: string, ...rest: unknown[]) => ['oversight', 'complaints', roundId, ...rest] as const,
  risk: (roundId: string, ...rest: unknown[]) => ['oversight', 'risk', roundId, ...rest] as const,
  notices: ['oversight', 'notices'] as const,
};
