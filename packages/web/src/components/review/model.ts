// Shapes of the joint review API (issue 5 item 5: /api/rounds/:id/review-settings, …/villages/:code/review,
// …/areas/:code/review) and their Chinese labels.
import type { RuleReason } from '../registration/model.js';

export type ConditionListKind = 'required' | 'barred' | 'unsuitable';

export interface ConditionItem {
  id: string;
  text: string;
}

export interface ConditionList {
  id: string;
  title: string;
  kind: ConditionListKind;
  items: ConditionItem[];
}

export interface Department {
  id: string;
  name: string;
}

export interface ReviewSettings {
  own: boolean;
  template: {
    id: string;
    title: string;
    source: string;
    wordingVerified: boolean;
    note: string;
    rule: string;
  };
  conditionLists: ConditionList[];
  departments: Department[];
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
}

export type ReviewStatus = 'pending' | 'passed' | 'failed';
export type NomineeSource = 'nomination' | 'self-nomination' | 'elected-write-in';

export interface Verdict {
  departmentId: string;
  departmentName: string;
  verdict: 'pass' | 'fail';
  conditionItemId: string | null;
  conditionText: string | null;
  note: string | null;
  decidedOn: string;
  recordedByName: string;
  recordedAt: string;
}

export interface Reviewee {
  id: string;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  office: string;
  officeTitle: string;
  source: NomineeSource;
  status: string;
  reviewStatus: ReviewStatus;
  verdicts: Record<string, Verdict>;
  waitingOn: string[];
}

export interface ReviewCounts {
  total: number;
  passed: number;
  failed: number;
  pending: number;
}

export interface VillageReviewAnswer {
  electionId: string | null;
  electionDay: string | null;
  today: string;
  seatPlan: {
    status: string;
    nominationMode: 'direct' | 'self';
    offices: { id: string; title: string; seats: number; womenOnly: boolean }[];
  } | null;
  writeInsOpen: boolean;
  settings: ReviewSettings;
  nominees: Reviewee[];
  waiting: Record<string, number>;
  counts: ReviewCounts;
}

export interface BoardVillage {
  code: string;
  name: string;
  townshipName: string;
  electionDay: string | null;
  seatPlanStatus: string | null;
  nominees: Reviewee[];
  counts: ReviewCounts;
  waiting: Record<string, number>;
}

export interface ReviewBoardAnswer {
  code: string;
  name: string;
  level: string;
  settings: Pick<ReviewSettings, 'own' | 'version' | 'departments' | 'conditionLists' | 'template'>;
  villages: BoardVillage[];
  waiting: Record<string, number>;
  counts: ReviewCounts;
}

export const reviewApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/review`;

export const reviewStatusTags: Record<ReviewStatus, { text: string; color: string }> = {
  pending: { text: '联审中', color: 'processing' },
  passed: { text: '联审通过', color: 'success' },
  failed: { text: '联审不通过', color: 'error' },
};

export const sourceLabels: Record<NomineeSource, string> = {
  nomination: '选民提名',
  'self-nomination': '自荐',
  'elected-write-in': '另选他人当选',
};

export const kindLabels: Record<ConditionListKind, { text: string; color: string }> = {
  required: { text: '必备条件', color: 'blue' },
  barred: { text: '不能', color: 'red' },
  unsuitable: { text: '不宜', color: 'orange' },
};

/** The condition item options of a 不通过, grouped by list. */
export function conditionOptions(lists: readonly ConditionList[]) {
  return lists.map((l) => ({
    label: `${l.title}（${kindLabels[l.kind].text}）`,
    options: l.items.map((i, n) => ({ value: i.id, label: `${n + 1}. ${i.text}` })),
  }));
}

export type { RuleReason };
