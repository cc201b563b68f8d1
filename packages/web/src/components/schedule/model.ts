// Shapes of the schedule API (issue 5 item 1: /api/rounds/:id/.../schedule, local steps, holidays),
// their Chinese labels and colours, and where each act-recorded step is done in the app.

export type StepState =
  | 'done'
  | 'done-late'
  | 'not-needed'
  | 'late'
  | 'due-soon'
  | 'upcoming'
  | 'open'
  | 'closed'
  | 'lapsed'
  | 'undated';

export interface StepRecord {
  doneOn: string;
  outcome: 'done' | 'not-needed';
  doneByName: string | null;
  source: string;
  note: string | null;
  updatedAt: string;
}

export interface ScheduleStep {
  id: string;
  title: string;
  origin: 'statutory' | 'local';
  kind: 'task' | 'cutoff' | 'conditional';
  due: string | null;
  rule: string;
  basis: string;
  plan: string | null;
  regionCode: string | null;
  state: StepState;
  daysLate: number;
  daysLeft: number | null;
  reason: string;
  record: StepRecord | null;
  completion: 'manual' | 'act' | 'none';
  act: string | null;
}

export interface ScheduleCounts {
  late: number;
  doneLate: number;
  dueSoon: number;
  done: number;
  open: number;
  lapsed: number;
}

export interface HolidayNotice {
  entered: number[];
  missing: number[];
}

export interface VillageSchedule {
  code: string;
  name: string;
  townshipName: string;
  electionDay: string | null;
  status: string;
  counts: ScheduleCounts;
  steps: ScheduleStep[];
}

export interface VillageScheduleAnswer extends VillageSchedule {
  today: string;
  rulesetId: string;
  rulesetTitle: string;
  holidays: HolidayNotice;
}

export interface LateRow {
  villageCode: string;
  villageName: string;
  townshipName: string;
  electionDay: string | null;
  step: ScheduleStep;
}

export interface AreaScheduleAnswer {
  code: string;
  name: string;
  level: string;
  today: string;
  rulesetId: string;
  rulesetTitle: string;
  holidays: HolidayNotice;
  villages: VillageSchedule[];
  late: LateRow[];
}

export interface LocalStep {
  id: string;
  roundId: string;
  regionCode: string;
  title: string;
  anchor: 'before' | 'after';
  days: number;
  basis: string;
  createdByName: string | null;
}

export interface NamedDay {
  day: string;
  name: string;
}

export interface HolidayYear {
  year: number;
  weekendsOff: boolean;
  holidays: NamedDay[];
  workdays: NamedDay[];
  enteredByName: string | null;
  updatedAt: string;
}

export const stateLabels: Record<StepState, { text: string; color: string }> = {
  done: { text: '按时完成', color: 'success' },
  'done-late': { text: '逾期完成', color: 'orange' },
  'not-needed': { text: '无需办理', color: 'default' },
  late: { text: '逾期未办', color: 'error' },
  'due-soon': { text: '即将到期', color: 'gold' },
  upcoming: { text: '未到期', color: 'processing' },
  open: { text: '期限未届满', color: 'cyan' },
  closed: { text: '已截止', color: 'default' },
  lapsed: { text: '请核实', color: 'purple' },
  undated: { text: '期限待定', color: 'default' },
};

/** Dot colours in the calendar, strongest first. */
export const stateColors: Record<StepState, string> = {
  late: '#cf1322',
  'done-late': '#d46b08',
  'due-soon': '#d4b106',
  upcoming: '#1677ff',
  open: '#13a8a8',
  lapsed: '#722ed1',
  done: '#389e0d',
  'not-needed': '#8c8c8c',
  closed: '#8c8c8c',
  undated: '#8c8c8c',
};

/** Short names for the calendar cells (the full title is in the tooltip). */
export const shortTitles: Record<string, string> = {
  'departure-audit': '公布离任审计结果',
  'voter-list': '公布选民名单',
  'objection-window': '申诉截止',
  'objection-decision': '申诉处理',
  'self-nomination': '自荐报名截止',
  'self-nominee-list': '公布自荐人名单',
  'candidate-list': '公布候选人名单',
  'candidate-withdrawal': '候选人退出截止',
  'polling-plan': '公布投票安排',
  'proxy-application': '委托投票截止',
  'proxy-list': '公布委托名单',
  results: '公布选举结果',
  runoff: '另行选举',
  handover: '工作移交',
  'recall-vote': '罢免投票',
  'recall-vote-township': '乡镇组织罢免',
  'villagers-meeting-notice': '村民会议通知',
};

export const shortTitle = (s: ScheduleStep): string => shortTitles[s.id] ?? s.title;

/** The village tab where the act that records a step is done, with the button's words. */
export const actTabs: Record<string, { tab: string; label: string }> = {
  'voter-list': { tab: 'voters', label: '去发布选民榜' },
  'objection-decision': { tab: 'objections', label: '查看申诉' },
  'self-nominee-list': { tab: 'nomination', label: '去公布自荐人名单' },
  'candidate-list': { tab: 'candidates', label: '去公布候选人名单' },
  'polling-plan': { tab: 'polling', label: '去公布投票安排' },
  'proxy-list': { tab: 'proxies', label: '打印委托投票公告' },
};

export const sourceLabel = (source: string, auditLabel: (a: string) => string): string =>
  source === 'manual' ? '手工记录' : auditLabel(source);

/** States the township must act on. */
export const isLate = (s: ScheduleStep) => s.state === 'late' || s.state === 'done-late';
export const isOpenTask = (s: ScheduleStep) =>
  s.state === 'late' || s.state === 'due-soon' || s.state === 'upcoming' || s.state === 'lapsed';

const WEEKDAYS = '日一二三四五六';

/** 2026-05-20（周三） */
export function withWeekday(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${date}（周${WEEKDAYS[d.getUTCDay()]}）`;
}

export const scheduleApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/schedule`;
export const areaScheduleApi = (roundId: string, code: string) => `/rounds/${roundId}/areas/${code}/schedule`;
export const schedulePage = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/schedule`;
