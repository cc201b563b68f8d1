// Shapes of the seat plan API (/api/rounds/:id/villages/:code/seat-plan and the township's
// /api/rounds/:id/areas/:code/seat-plans) and their Chinese labels (issue 5 item 3).

export type OfficeId = 'chair' | 'vice' | 'women' | 'member';
export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';
export type NominationMode = 'direct' | 'self';

export const OFFICE_ORDER: OfficeId[] = ['chair', 'vice', 'women', 'member'];

export const officeLabels: Record<OfficeId, string> = {
  chair: '主任',
  vice: '副主任',
  women: '妇女委员',
  member: '委员',
};

export const modeLabels: Record<NominationMode, string> = {
  direct: '选民直接提名候选人（差额选举）',
  self: '无候选人自荐直选',
};

export const modeShort: Record<NominationMode, string> = { direct: '直接提名', self: '自荐直选' };

export const statusTags: Record<PlanStatus | 'none', { text: string; color: string }> = {
  none: { text: '未制定', color: 'default' },
  draft: { text: '草稿', color: 'default' },
  submitted: { text: '待乡镇审核', color: 'processing' },
  returned: { text: '已退回修改', color: 'warning' },
  approved: { text: '已审核同意', color: 'success' },
};

export interface RuleReason {
  rule: string;
  reason: string;
  field?: string;
}

export interface SeatPlanDraft {
  offices: { id: OfficeId; seats: number }[];
  nominationMode: NominationMode;
  oneShoulderIntent: boolean;
}

export interface SeatPlanReview {
  violations: RuleReason[];
  warnings: RuleReason[];
  notes: RuleReason[];
  totalSeats: number;
  offices: { id: OfficeId; title: string; seats: number; rank: number; womenOnly?: boolean }[];
}

export interface SeatPlanRow {
  electionId: string;
  offices: { id: OfficeId; title: string; seats: number; rank: number; womenOnly?: boolean }[];
  nominationMode: NominationMode;
  oneShoulderIntent: boolean;
  status: PlanStatus;
  statusTitle: string;
  reviewNote: string | null;
  decidedOn: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  updatedAt: string;
}

export interface SeatPlanAnswer {
  election: { id: string; kind: string; attempt: number };
  ruleset: { id: string; title: string };
  plan: SeatPlanRow | null;
  draft: SeatPlanDraft;
  review: SeatPlanReview;
  rules: {
    size: { min: number; max: number | null; rule: string };
    womenRule: { value: 'reserved-office' | 'flag'; rule: string };
    womanMemberRequired: { value: boolean; rule: string };
    modes: { direct: boolean; self: boolean; rule: string };
  };
  /** only in the answer to a reopening */
  nominees?: number;
}

export interface AreaPlan {
  villageCode: string;
  name: string;
  electionDay: string | null;
  status: PlanStatus | 'none';
  statusTitle: string;
  offices: SeatPlanRow['offices'];
  totalSeats: number;
  nominationMode: NominationMode | null;
  oneShoulderIntent: boolean;
  submittedAt: string | null;
  decidedOn: string | null;
  reviewNote: string | null;
  violations: RuleReason[];
  warnings: RuleReason[];
}

export interface AreaPlansAnswer {
  round: { id: string; name: string; rulesetId: string };
  ruleset: { id: string; title: string };
  counts: Record<PlanStatus | 'none', number>;
  items: AreaPlan[];
}

export const seatPlanApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/seat-plan`;

/** "主任1 副主任1 妇女委员1 委员2" */
export function officesText(offices: readonly { id: OfficeId; seats: number }[]): string {
  return OFFICE_ORDER.map((id) => {
    const seats = offices.find((o) => o.id === id)?.seats ?? 0;
    return seats > 0 ? `${officeLabels[id]}${seats}` : '';
  })
    .filter(Boolean)
    .join(' ');
}

/** 'YYYY-MM-DDTHH:mm…' → 'YYYY-MM-DD HH:mm' in the viewer's clock. */
export function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
