// Shapes of the polling plan API (issue 5 item 8: /api/rounds/:id/villages/:code/polling) and their
// Chinese labels. The role titles and place kinds come from core, as the server uses them.
import {
  POLLING_PLACE_TITLES,
  type PollingPlaceKind,
  STAFF_ROLE_TITLES,
  type StaffRole,
} from '@huanjie/core';
import type { RuleReason } from '../registration/model.js';

export type { PollingPlaceKind, StaffRole };
export { POLLING_PLACE_TITLES, STAFF_ROLE_TITLES };

export interface Cited<T> {
  value: T;
  rule: string;
}

export interface BoxVoter {
  voterId: string;
  name: string;
  groupName: string;
  voterNo: number | null;
}

export interface PollingPlace {
  id: string;
  kind: PollingPlaceKind;
  name: string;
  place: string;
  groups: string[];
  route: string | null;
  opensAt: string | null;
  closesAt: string | null;
  approvalStatus: 'proposed' | 'approved' | 'returned' | null;
  approvalNote: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  voters: number;
  scrutineers: number;
  boxVoters: BoxVoter[];
}

export interface PollingStaff {
  id: string;
  placeId: string;
  role: StaffRole;
  voterId: string;
  name: string;
  groupName: string;
  voterNo: number | null;
  recusal: { rule: string; reason: string } | null;
}

export interface PollingPlanAnswer {
  electionId: string;
  plan: {
    publishedOn: string | null;
    dueOn: string | null;
    late: boolean;
    rule: string | null;
    version: number;
    publishedByName: string | null;
    changedSincePublication: boolean;
  } | null;
  electionDay: string | null;
  due: { dueOn: string; rule: string; basis: string } | null;
  places: PollingPlace[];
  staff: PollingStaff[];
  groups: { name: string; voters: number; placeId: string | null }[];
  totalVoters: number;
  unplaced: number;
  problems: (RuleReason & { field: string })[];
  standing: number;
  /** people E-9 bars from some roles, with why: the staff form warns as soon as one is picked */
  barred: { voterId: string; name: string; roles: StaffRole[]; rule: string; reason: string }[];
  rules: {
    mobileBoxMinStaff: Cited<number | null>;
    stationMinScrutineers: Cited<number | null>;
    mobileBoxNeedsTownshipApproval: Cited<boolean>;
    staffRecusal: Cited<{ roles: string[]; selfNominees: boolean; relations: string[] } | null>;
  };
}

export interface PublishAnswer {
  publishedOn: string;
  late: boolean;
  lateReason: string | null;
  version: number;
}

export const pollingApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/polling`;
export const pollingNoticePdf = (roundId: string, code: string) =>
  `/api/rounds/${roundId}/villages/${code}/polling-plan.pdf`;

export const approvalTags: Record<string, { text: string; color: string }> = {
  proposed: { text: '待乡镇批准', color: 'orange' },
  approved: { text: '乡镇已批准', color: 'green' },
  returned: { text: '乡镇已退回', color: 'red' },
};

export const hours = (p: { opensAt: string | null; closesAt: string | null }, venue?: PollingPlace) => {
  const from = p.opensAt ?? venue?.opensAt;
  const to = p.closesAt ?? venue?.closesAt;
  return from && to ? `${from}—${to}` : '未定';
};

/** The roles a place may have: counting is at the central venue (G-9); 主持人、总监票人 there only. */
export function rolesFor(kind: PollingPlaceKind): StaffRole[] {
  return kind === 'central'
    ? ['host', 'chief-scrutineer', 'scrutineer', 'caller', 'counter', 'issuer', 'scribe']
    : ['scrutineer', 'issuer', 'scribe'];
}
