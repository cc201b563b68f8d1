/**
 * Notices to an office (a township or the county): a village turned 红, a complaint went overdue or was
 * escalated, a complaint is due soon. A notice goes to a region code; everyone whose region is that code
 * or above sees it, until one of them marks it read. `dedupeKey` keeps one notice per subject, so a
 * check that runs on every page load never notifies twice.
 */
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { notifications } from '../db/schema.js';
import { forbidden, notFound } from '../http/errors.js';

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewNotification {
  countyCode: string;
  regionCode: string;
  villageCode?: string | null;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  dedupeKey: string;
}

/** Creates the notice unless one with the same key exists; returns whether it was created. */
export async function notify(tx: Tx, n: NewNotification): Promise<boolean> {
  const [seen] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.countyCode, n.countyCode), eq(notifications.dedupeKey, n.dedupeKey)))
    .limit(1);
  if (seen) return false;
  await tx.insert(notifications).values({
    countyCode: n.countyCode,
    id: randomUUID(),
    regionCode: n.regionCode,
    villageCode: n.villageCode ?? null,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link ?? null,
    dedupeKey: n.dedupeKey,
  });
  return true;
}

const inRegion = (region: string) => like(notifications.regionCode, `${region}%`);

export async function listNotifications(
  db: Tx,
  region: string,
  opts: { unreadOnly?: boolean; limit?: number } = {},
): Promise<{ items: NotificationRow[]; unread: number }> {
  const where = opts.unreadOnly ? and(inRegion(region), isNull(notifications.readAt)) : inRegion(region);
  const [items, unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(opts.limit ?? 50),
    unreadCount(db, region),
  ]);
  return { items, unread };
}

export async function unreadCount(db: Tx, region: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(inRegion(region), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * Marks notices read: the given ones (each must lie in the caller's region, else nothing is marked) or
 * every unread one under `region`. Returns how many were marked.
 */
export async function markRead(
  db: Tx,
  reader: { id: string; regionCode: string },
  target: { ids: string[] } | { region: string },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  if ('ids' in target) {
    if (target.ids.length === 0) return 0;
    const rows = await db
      .select({ id: notifications.id, regionCode: notifications.regionCode })
      .from(notifications)
      .where(inArray(notifications.id, target.ids));
    if (rows.some((r) => !r.regionCode.startsWith(reader.regionCode)))
      throw forbidden('无权处理其他区域的通知');
    if (rows.length < new Set(target.ids).size) throw notFound('通知不存在');
    const marked = await db
      .update(notifications)
      .set({ readAt: at, readBy: reader.id })
      .where(and(inArray(notifications.id, target.ids), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return marked.length;
  }
  const marked = await db
    .update(notifications)
    .set({ readAt: at, readBy: reader.id })
    .where(and(inRegion(target.region), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return marked.length;
}
