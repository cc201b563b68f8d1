/** User accounts: creation by an office within its scope, edits, password reset and change. */
import { randomUUID } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import { hashPassword, passwordProblem, temporaryPassword, verifyPassword } from '../auth/password.js';
import { MANAGEABLE_ROLES, type Role } from '../auth/roles.js';
import { deleteUserSessions, forgetUser } from '../auth/sessions.js';
import type { Db, Tx } from '../db/connect.js';
import { users } from '../db/schema.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { getRegion } from '../regions/queries.js';

export type UserRow = typeof users.$inferSelect;

/** What the audit trail records of a user: never the password hash. */
function auditable(u: UserRow) {
  const { passwordHash: _hash, ...rest } = u;
  return rest;
}

/** The region level each role works at; observers may watch any level. */
const ROLE_LEVELS: Record<Role, readonly string[]> = {
  county: ['county'],
  township: ['township'],
  village: ['village'],
  clerk: ['village'],
  observer: ['province', 'city', 'county', 'township', 'village'],
};

async function checkRoleRegion(db: Tx, role: Role, regionCode: string) {
  const region = await getRegion(db, regionCode);
  if (!ROLE_LEVELS[role].includes(region.level)) {
    throw badRequest(`角色与所属区域不匹配：${region.name} 不能设置该角色的账号`);
  }
}

export async function listUsers(db: Tx, regionPrefix: string): Promise<UserRow[]> {
  const rows = await db
    .select()
    .from(users)
    .where(like(users.regionCode, `${regionPrefix}%`));
  return rows.sort((a, b) =>
    a.regionCode === b.regionCode
      ? a.username.localeCompare(b.username)
      : a.regionCode < b.regionCode
        ? -1
        : 1,
  );
}

export async function getUser(db: Tx, id: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound('用户不存在');
  return row;
}

export async function findUserByUsername(db: Tx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export function assertManageable(managerRole: Role, role: Role) {
  if (!MANAGEABLE_ROLES[managerRole].includes(role)) throw forbidden('不能管理比自己级别更高的角色');
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: {
    username: string;
    displayName: string;
    role: Role;
    regionCode: string;
    password: string;
    mustChangePassword?: boolean;
  },
): Promise<UserRow> {
  const problem = passwordProblem(input.password);
  if (problem) throw badRequest(`密码：${problem}`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await checkRoleRegion(tx, input.role, input.regionCode);
    if (await findUserByUsername(tx, input.username)) throw conflict(`用户名 ${input.username} 已被使用`);
    const [row] = await tx
      .insert(users)
      .values({
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        regionCode: input.regionCode,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'user.create',
      entity: 'user',
      entityId: row!.id,
      regionCode: row!.regionCode,
      before: null,
      after: auditable(row!),
    });
    return row!;
  });
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  patch: { displayName?: string | undefined; role?: Role | undefined; disabled?: boolean | undefined },
): Promise<UserRow> {
  const updated = await db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (patch.role && patch.role !== before.role) await checkRoleRegion(tx, patch.role, before.regionCode);
    const [after] = await tx
      .update(users)
      .set({
        ...(patch.displayName !== undefined && { displayName: patch.displayName }),
        ...(patch.role !== undefined && { role: patch.role }),
        ...(patch.disabled !== undefined && { disabled: patch.disabled }),
      })
      .where(eq(users.id, id))
      .returning();
    if (patch.disabled) await deleteUserSessions(tx, id);
    await appendAudit(tx, {
      actor,
      action: 'user.update',
      entity: 'user',
      entityId: id,
      regionCode: before.regionCode,
      before: auditable(before),
      after: auditable(after!),
    });
    return after!;
  });
  // signed-in sessions see the change now, not when their cached copy runs out
  forgetUser(id);
  return updated;
}

export async function resetPassword(db: Db, actor: Actor, id: string): Promise<string> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    const [after] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true })
      .where(eq(users.id, id))
      .returning();
    await deleteUserSessions(tx, id);
    await appendAudit(tx, {
      actor,
      action: 'user.reset-password',
      entity: 'user',
      entityId: id,
      regionCode: before.regionCode,
      before: auditable(before),
      after: auditable(after!),
    });
  });
  forgetUser(id);
  return password;
}

export async function changePassword(
  db: Db,
  actor: Actor,
  id: string,
  oldPassword: string,
  newPassword: string,
): Promise<void> {
  const problem = passwordProblem(newPassword);
  if (problem) throw badRequest(`新密码：${problem}`);
  if (oldPassword === newPassword) throw badRequest('新密码：不能与原密码相同');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (!(await verifyPassword(oldPassword, before.passwordHash)))
      throw badRequest('原密码不正确', 'BAD_PASSWORD');
    const [after] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false })
      .where(eq(users.id, id))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'user.change-password',
      entity: 'user',
      entityId: id,
      regionCode: before.regionCode,
      before: auditable(before),
      after: auditable(after!),
    });
  });
  forgetUser(id);
}
