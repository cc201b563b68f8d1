// Shapes of the election committee API (/api/rounds/:id/villages/:code/election-committee) and
// their Chinese labels (issue 5 item 2).

export interface RuleReason {
  rule: string;
  reason: string;
}

export type SelectionBody = 'villagers-meeting' | 'representatives-meeting' | 'group-meetings';

export const bodyLabels: Record<SelectionBody, string> = {
  'villagers-meeting': '村民会议',
  'representatives-meeting': '村民代表会议',
  'group-meetings': '各村民小组会议',
};

export interface Meeting {
  id: string;
  kind: 'original' | 'reselection';
  body: SelectionBody;
  bodyTitle: string;
  heldOn: string;
  minutesRef: string | null;
  decisionId: string | null;
  note: string | null;
}

export type MemberStatus = 'serving' | 'alternate' | 'withdrawn';
export type WithdrawalKind = 'recusal' | 'resigned' | 'other';

export const withdrawalLabels: Record<WithdrawalKind, string> = {
  recusal: '依法回避',
  resigned: '本人辞职',
  other: '其他原因',
};

export interface Member {
  id: string;
  meetingId: string;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  seq: number;
  votes: number | null;
  chair: boolean;
  status: MemberStatus;
  seatedOn: string | null;
  replacesId: string | null;
  replacesName: string | null;
  replacedBy: string | null;
  withdrawnOn: string | null;
  withdrawalKind: WithdrawalKind | null;
  withdrawnReason: string | null;
  withdrawalRule: string | null;
  groupName: string | null;
  /** the rules require this serving member to withdraw now (C2-2, C2-6) */
  requiredWithdrawal: RuleReason | null;
  /** this alternate is passed over: he would have to withdraw at once */
  barredAsAlternate: RuleReason | null;
}

export interface Publication {
  id: string;
  publishedOn: string;
  members: { name: string; sex: 'M' | 'F'; chair: boolean }[];
  createdAt: string;
}

export interface CommitteeAnswer {
  meetings: Meeting[];
  members: Member[];
  checks: {
    recorded: boolean;
    serving: number;
    sizeViolations: RuleReason[];
    advisories: RuleReason[];
    chairVacant: RuleReason | null;
    withdrawals: (RuleReason & { memberId: string | null; name: string })[];
    next: { memberId: string; name: string; seq: number } | null;
    skipped: (RuleReason & { name: string })[];
    vacancies: { memberId: string; name: string; withdrawnOn: string | null }[];
  };
  publications: Publication[];
  changedSincePublished: boolean;
  rules: {
    size: { min: number; max: number | null; rule: string };
    oddPreferred: { value: boolean; rule: string };
    kinAdvisory: { relations: string[]; rule: string };
    recusal: { selfNominees: boolean; relatives: string[]; rule: string };
  };
  /** only in the answer to recording a selection: the C2-4 advice */
  advisories?: RuleReason[];
  /** only in the answer to a withdrawal with 递补 */
  filledBy?: string | null;
}

export interface CommitteeWarnings {
  recorded: boolean;
  recusalsRequired: number;
  items: (RuleReason & { memberId: string; name: string })[];
  vacancies: number;
  chairVacant: boolean;
  sizeProblems: number;
}

export const committeeApi = (roundId: string, code: string) =>
  `/rounds/${roundId}/villages/${code}/election-committee`;

export const committeePdf = (roundId: string, code: string) =>
  `/api/rounds/${roundId}/villages/${code}/election-committee.pdf`;

/** "5至9人" / "不少于3人" */
export function sizeText(size: { min: number; max: number | null }): string {
  return size.max === null ? `不少于${size.min}人` : `${size.min}至${size.max}人`;
}

export function roleLabel(m: Pick<Member, 'status' | 'chair'>): string {
  if (m.status === 'alternate') return '候补';
  if (m.status === 'withdrawn') return m.chair ? '原主任（已退出）' : '已退出';
  return m.chair ? '主任' : '委员';
}
