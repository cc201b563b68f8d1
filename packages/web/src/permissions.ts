// What each role may do in the web app. The server checks every route itself; these only
// decide which buttons to show, so an observer never sees a button that would fail.
import type { Permission, Role, User } from './types.js';

/** Whether the signed-in user's role may do this (the list comes from /api/auth/me). */
export const may = (user: User, permission: Permission): boolean =>
  user.permissions?.includes(permission) ?? false;

const rank: Record<Role, number> = { county: 4, township: 3, village: 2, clerk: 1, observer: 0 };

export const canWrite = (user: User): boolean => user.role !== 'observer';
export const canEditRegions = (user: User): boolean => user.role === 'county';
export const canManageRounds = (user: User): boolean => user.role === 'county' || user.role === 'township';
export const canManageUsers = (user: User): boolean => user.role === 'county' || user.role === 'township';
export const canViewAudit = (user: User): boolean =>
  user.role === 'county' || user.role === 'township' || user.role === 'observer';

/** Roles a user may hand out: its own and those below; an observer is read-only and below every office. */
export function assignableRoles(user: User): Role[] {
  if (!canManageUsers(user)) return [];
  return (Object.keys(rank) as Role[]).filter((r) => rank[r] <= rank[user.role]);
}
