// Shapes of the candidate list API (issue 5 item 7: /api/rounds/:id/villages/:code/candidates…).
import type { RuleReason } from '../registration/model.js';

export interface Bio {
  education?: string;
  politicalStatus?: string;
  currentPost?: string;
  experience?: { from: string; to: string | null; what: string }[];
  plans?: string;
  photoNote?: string;
}

export interface Candidate {
  id: string;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  office: string;
  officeTitle: string;
  birthDate: string | null;
  groupName: string | null;
  bio: Bio;
  replacesName: string | null;
  /** nomination votes in a direct nomination election */
  nominationVotes: number | null;
}

export interface OfficeList {
  id: string;
  title: string;
  seats: number;
  rank: 1 | 2 | 3;
  candidates: Candidate[];
}

export interface Publication {
  id: string;
  publishedOn: string;
  dueOn: string | null;
  late: boolean;
  rule: string;
  version: number;
  candidates: { nomineeId: string; office: string; officeTitle: string; name: string }[];
  publishedByName: string | null;
  lateReason?: string | null;
}

export interface Meeting {
  id: string;
  heldOn: string;
  place: string;
  attendance: number;
  candidateIds: string[];
  notes: string | null;
  recordedByName: string | null;
}

export type CandidatesAnswer =
  | {
      ready: false;
      electionDay: string | null;
      today: string;
      publications: Publication[];
      meetings: Meeting[];
    }
  | {
      ready: true;
      electionId: string;
      electionDay: string | null;
      today: string;
      kind: 'direct' | 'self';
      /** the printed order: by nomination votes (B-4, Zhejiang) or 姓氏笔画 (B-6) */
      order: { by: 'votes' | 'strokes'; rule: string };
      title: string;
      seatPlanStatus: string;
      offices: OfficeList[];
      inReview: { id: string; name: string; officeTitle: string }[];
      problems: RuleReason[];
      deadline: { due: string; rule: string; basis: string; title: string } | null;
      overdue: boolean;
      publishedOn: string | null;
      publications: Publication[];
      changedSincePublication: boolean;
      meetings: Meeting[];
    };

export const candidatesApi = (roundId: string, code: string) =>
  `/rounds/${roundId}/villages/${code}/candidates`;
export const candidateListPdf = (roundId: string, code: string) =>
  `/api/rounds/${roundId}/villages/${code}/candidates.pdf`;
export const candidateBiosPdf = (roundId: string, code: string) =>
  `/api/rounds/${roundId}/villages/${code}/candidate-bios.pdf`;

/** What a write here changes: the list, the schedule (publication), and the review page (bios). */
export const CANDIDATE_INVALIDATES = [['candidates'], ['registration'], ['review']];

export const POLITICAL_STATUSES = ['中共党员', '中共预备党员', '共青团员', '民主党派成员', '群众'];
export const EDUCATIONS = ['研究生', '大学本科', '大专', '高中（中专）', '初中', '小学'];

/** How complete a bio is, for the table's hint. */
export function bioFilled(b: Bio): boolean {
  return Boolean(b.currentPost || b.plans || (b.experience && b.experience.length > 0));
}
