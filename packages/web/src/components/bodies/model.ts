// The village bodies API (村级组织班子): members of each body, village posts, kinship checks.
export const bodiesApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/bodies`;
export const BODIES_KEY = 'village-bodies';

export interface BodyMember {
  electionId: string;
  voterId: string;
  name: string;
  sex: 'M' | 'F' | null;
  groupName: string | null;
  office: string;
  officeTitle: string;
  rank: number;
  since: string;
  status: 'serving' | 'recalled' | 'resigned' | 'terminated';
  endedOn: string | null;
  endedReason: string | null;
  source: 'result' | 'manual';
  votes: number | null;
}

export interface Body {
  electionId: string;
  kind: 'party-org' | 'village-committee' | 'residents-committee' | 'supervision' | 'coop';
  title: string;
  manual: boolean;
  offices: { id: string; title: string; rank: number }[];
  members: BodyMember[];
}

export interface KinConflict {
  people: [{ id: string; name: string }, { id: string; name: string }];
  rule: string;
  reason: string;
}

export interface Withdrawal {
  person: { id: string; name: string };
  rule: string;
  reason: string;
}

export type RecordedPost = 'clerk' | 'bookkeeper' | 'finance-staff' | 'collective-economy-manager';

export interface BodiesAnswer {
  bodies: Body[];
  posts: { voterId: string; name: string; post: RecordedPost; postLabel: string; since: string | null }[];
  crossBody: KinConflict[];
  supervision: Withdrawal[];
  supervisionSize: { rule: string; field: string; reason: string }[];
}

export const POST_OPTIONS: { value: RecordedPost; label: string }[] = [
  { value: 'clerk', label: '村文书' },
  { value: 'bookkeeper', label: '村报账员' },
  { value: 'finance-staff', label: '财务人员' },
  { value: 'collective-economy-manager', label: '集体经济组织负责人' },
];

export const ENDED_LABELS: Record<BodyMember['status'], string> = {
  serving: '在任',
  recalled: '被罢免',
  resigned: '辞职',
  terminated: '职务终止',
};
