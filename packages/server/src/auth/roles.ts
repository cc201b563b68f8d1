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
  | 'registration.crosscheck';

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
  ],
  township: [
    'round.manage',
    'user.manage',
    'audit.read',
    'registration.write',
    'registration.decide',
    'idnumber.view',
    'registration.crosscheck',
  ],
  village: ['registration.write', 'registration.decide', 'idnumber.view'],
  clerk: ['registration.write', 'idnumber.view'],
  observer: ['audit.read'],
};

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
