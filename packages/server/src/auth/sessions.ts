/** Server-side sessions: the cookie holds a random token, the database only its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
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

/**
 * What this process read of a session (its user and expiry), for a moment: a clerk entering ballots
 * makes several requests a second, and each would otherwise read the session and the user again
 * (bench/README.md, ballot entry). Logging out, deleting a user's sessions and changing a user
 * (`forgetUser`, after the change commits) forget it at once; anything else is seen within
 * SESSION_CACHE_MS.
 */
const SESSION_CACHE_MS = 2000;
const SESSION_CACHE_MAX = 20_000;
const cache = new Map<string, { user: SessionUser; expiresAtMs: number; readAtMs: number }>();

export function forgetUser(userId: string): void {
  for (const [hash, s] of cache) if (s.user.id === userId) cache.delete(hash);
}

export async function userForToken(db: Tx, token: string, now: Date): Promise<SessionUser | null> {
  const hash = digest(token);
  const t = now.getTime();
  const hit = cache.get(hash);
  if (hit && t - hit.readAtMs < SESSION_CACHE_MS && hit.readAtMs <= t)
    return hit.expiresAtMs > t && !hit.user.disabled ? hit.user : null;
  const [row] = await db
    .select({
      user: users,
      expiresAtMs: sql<number>`(extract(epoch from ${sessions.expiresAt}) * 1000)::float8`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now.toISOString())));
  if (!row) {
    cache.delete(hash);
    return null;
  }
  if (cache.size >= SESSION_CACHE_MAX) cache.clear();
  cache.set(hash, { user: row.user, expiresAtMs: row.expiresAtMs, readAtMs: t });
  return row.user.disabled ? null : row.user;
}

export async function deleteSession(db: Tx, token: string): Promise<void> {
  cache.delete(digest(token));
  await db.delete(sessions).where(eq(sessions.tokenHash, digest(token)));
}

export async function deleteUserSessions(db: Tx, userId: string): Promise<void> {
  forgetUser(userId);
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
