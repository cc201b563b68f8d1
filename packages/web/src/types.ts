// Shapes of the JSON the server sends, as written in the API contract of issue 2.

export type Role = 'county' | 'township' | 'village' | 'clerk' | 'observer';
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';
export type VillageKind = 'village' | 'community';
export type RegionStatus = 'active' | 'merged' | 'split' | 'abolished';
export type VillageRoundStatus =
  | 'preparing'
  | 'scheduled'
  | 'postponed'
  | 'voting'
  | 'completed'
  | 'failed'
  | 'rerun';
export type ElectionKind =
  | 'party-org'
  | 'village-committee'
  | 'residents-committee'
  | 'representatives'
  | 'supervision'
  | 'coop';
export type ElectionStatus = 'planned' | 'scheduled' | 'held' | 'failed' | 'postponed';

export interface User {
  id: number | string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string;
  mustChangePassword: boolean;
  disabled: boolean;
  /** what the role may do (from /api/auth/me); absent on users listed by the users page */
  permissions?: Permission[];
}

/** The server's permission names (packages/server/src/auth/roles.ts). */
export type Permission =
  | 'region.adjust'
  | 'round.manage'
  | 'user.manage'
  | 'audit.read'
  | 'registration.write'
  | 'registration.decide'
  | 'idnumber.view'
  | 'registration.crosscheck'
  | 'preparation.write'
  | 'preparation.decide'
  | 'preparation.approve'
  | 'review.manage'
  | 'review.verdict'
  | 'polling.issue'
  | 'count.enter'
  | 'count.decide'
  | 'result.confirm'
  | 'oversight.handle'
  | 'complaint.limits'
  | 'risk.report';

export interface RegionPathItem {
  code: string;
  name: string;
  level: RegionLevel;
  /** false for levels above the user's region: shown, not linked */
  inScope: boolean;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  kind: VillageKind | null;
  parentCode: string | null;
  status: RegionStatus;
  path: RegionPathItem[];
}

export interface RegionChild {
  code: string;
  name: string;
  level: RegionLevel;
  kind: VillageKind | null;
  status: RegionStatus;
  hasChildren: boolean;
}

export interface ElectionSummary {
  id: number | string;
  kind: ElectionKind;
  seq: number;
  status: ElectionStatus;
  title: string;
  scheduledDate?: string | null;
}

export interface VillageRow {
  code: string;
  name: string;
  kind: VillageKind;
  status: RegionStatus;
  townshipCode: string;
  townshipName: string;
  electionDay: string | null;
  roundStatus: VillageRoundStatus | null;
  elections: ElectionSummary[];
}

export type RegionChangeKind = 'add' | 'rename' | 'merge' | 'split' | 'abolish';

export interface RegionChange {
  id: number | string;
  at: string;
  kind: RegionChangeKind;
  reason: string;
  actorName: string;
  details: unknown;
}

export interface RuleSet {
  id: string;
  title: string;
  jurisdiction: string;
  effectiveFrom: string;
}

export interface Round {
  id: number | string;
  name: string;
  regionCode: string;
  regionName: string;
  rulesetId: string;
  rulesetTitle: string;
  status: string;
  villageCount: number;
  createdAt: string;
}

export interface RoundVillage {
  code: string;
  name: string;
  townshipName: string;
  electionDay: string | null;
  status: VillageRoundStatus;
  postponedReason: string | null;
  elections: ElectionSummary[];
}

export interface RoundDetail extends Round {
  villages: RoundVillage[];
}

export interface AuditEntry {
  countyCode: string;
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  regionCode: string;
  before: unknown;
  after: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}
