/** Roles, what each may do, and the region-scope rule. */
export const ROLES = ['county', 'township', 'village', 'clerk', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  county: '县换届办',
  township: '乡镇换届办',
  village: '村选委会',
  clerk: '登记员/计票员',
  observer: '观察员',
};

export type Permission =
  | 'region.adjust'
  | 'round.manage'
  | 'user.manage'
  | 'audit.read'
  /** enter and edit the register, import it, 补登/除名 */
  | 'registration.write'
  /** decisions of the election committee: publish the list, record meeting decisions */
  | 'registration.decide'
  /** see whole 公民身份号码 (everyone else sees them masked) */
  | 'idnumber.view'
  /** run the registered-twice check over a county or township */
  | 'registration.crosscheck'
  /** enter the work before polling day: schedule steps, nominations, bios, polling stations and staff */
  | 'preparation.write'
  /** the election committee's acts: its members, the seat plan, withdrawals, publishing lists and plans */
  | 'preparation.decide'
  /** the township's approvals: seat plans, mobile ballot boxes (G-7) */
  | 'preparation.approve'
  /** the county's joint-review settings: condition lists and departments (联审) */
  | 'review.manage'
  /** record a department's verdict in the joint review */
  | 'review.verdict'
  /** polling day: check voters in and issue ballots (一证一票, E-11) */
  | 'polling.issue'
  /** the count: enter ballots as they are read aloud, enter tally sheets */
  | 'count.enter'
  /** the election committee on polling day: open a vote, close boxes, settle differing entries,
   * compute and report the result, call a revote or runoff, recall requests and by-elections */
  | 'count.decide'
  /** the township: confirm a reported result (locks it) and reopen a confirmed one with a reason */
  | 'result.confirm'
  /** the township and county: complaints (登记、交办、办理、答复、上报), the risk ledger (研判、风险点、销号), notices */
  | 'oversight.handle'
  /** the county: its own time limits for complaint categories */
  | 'complaint.limits'
  /** a village's 信息直报员 (any user of the village but the observer): the daily report */
  | 'risk.report'
  /** the county: targets for the round's statistics (一肩挑 ≥ 90% …) */
  | 'targets.set';

export const PERMISSIONS: readonly Permission[] = [
  'region.adjust',
  'round.manage',
  'user.manage',
  'audit.read',
  'registration.write',
  'registration.decide',
  'idnumber.view',
  'registration.crosscheck',
  'preparation.write',
  'preparation.decide',
  'preparation.approve',
  'review.manage',
  'review.verdict',
  'polling.issue',
  'count.enter',
  'count.decide',
  'result.confirm',
  'oversight.handle',
  'complaint.limits',
  'risk.report',
  'targets.set',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  county: [
    'region.adjust',
    'round.manage',
    'user.manage',
    'audit.read',
    'registration.write',
    'registration.decide',
    'idnumber.view',
    'registration.crosscheck',
    'preparation.write',
    'preparation.decide',
    'preparation.approve',
    'review.manage',
    'review.verdict',
    'polling.issue',
    'count.enter',
    'count.decide',
    'result.confirm',
    'oversight.handle',
    'complaint.limits',
    'risk.report',
    'targets.set',
  ],
  township: [
    'round.manage',
    'user.manage',
    'audit.read',
    'registration.write',
    'registration.decide',
    'idnumber.view',
    'registration.crosscheck',
    'preparation.write',
    'preparation.decide',
    'preparation.approve',
    'review.verdict',
    'polling.issue',
    'count.enter',
    'count.decide',
    'result.confirm',
    'oversight.handle',
    'risk.report',
  ],
  village: [
    'registration.write',
    'registration.decide',
    'idnumber.view',
    'preparation.write',
    'preparation.decide',
    'polling.issue',
    'count.enter',
    'count.decide',
    'risk.report',
  ],
  clerk: [
    'registration.write',
    'idnumber.view',
    'preparation.write',
    'polling.issue',
    'count.enter',
    'risk.report',
  ],
  observer: ['audit.read'],
};

/** What a role may do, for the web app to show only the buttons that will work. */
export function permissionsOf(role: Role): Permission[] {
  return [...GRANTS[role]];
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Which roles a user of this role may create or manage (never a higher office than its own). */
export const MANAGEABLE_ROLES: Record<Role, readonly Role[]> = {
  county: ['county', 'township', 'village', 'clerk', 'observer'],
  township: ['township', 'village', 'clerk', 'observer'],
  village: [],
  clerk: [],
  observer: [],
};

/**
 * Division codes are hierarchical prefixes (33 → 3311 → 331127 → 331127205 → 331127205201),
 * so a user sees a region exactly when its code starts with the user's region code.
 */
export function inScope(userRegion: string, code: string): boolean {
  return code.startsWith(userRegion);
}
