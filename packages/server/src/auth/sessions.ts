/** Server-side sessions: the cookie holds a random token, the database only its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { sessions, users } from '../db/schema.js';

export const SESSION_COOKIE = 'hj_session';
/** A working day with margin: a polling day runs long. */
export const SESSION_HOURS = 14;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Tx, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  await db.insert(sessions).values({ tokenHash: digest(token), userId, expiresAt });
  // Expired sessions are swept whenever someone logs in; no timer needed.
  await db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString()));
  return token;
}

export type SessionUser = typeof users.$inferSelect;

export async function userForToken(db: Tx, token: string, now: Date): Promise<SessionUser | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, digest(token)), gt(sessions.expiresAt, now.toISOString())));
  if (!row || row.user.disabled) return null;
  return row.user;
}

export async function deleteSession(db: Tx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, digest(token)));
}

export async function deleteUserSessions(db: Tx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
