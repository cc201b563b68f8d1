/** Reading the register: the paged, searchable list and one person's page with its history. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { auditLog, listChanges, voters } from '../db/schema.js';
import { listPage } from './list-page.js';
import { searchCondition } from './list-search.js';
import { getVoter } from './person.js';
import type { VillageCtx } from './village.js';

export interface ListQuery {
  q?: string;
  group?: string;
  eligibility?: 'eligible' | 'ineligible';
  category?: string;
  listStatus?: 'pending' | 'listed' | 'added' | 'removed';
  twice?: boolean;
  page: number;
  pageSize: number;
}

/** The same ID number live in another village of a round that is not closed. */
const elsewhere = sql`exists (
  select 1 from voters w join rounds r on r.county_code = w.county_code and r.id = w.round_id
  where w.id_number = ${voters.idNumber} and w.village_code <> ${voters.villageCode}
    and w.list_status <> 'removed' and r.status <> 'closed')`;

export async function listVoters(db: Tx, ctx: VillageCtx, q: ListQuery) {
  const where = and(
    eq(voters.countyCode, ctx.countyCode),
    eq(voters.roundId, ctx.round.id),
    eq(voters.villageCode, ctx.villageCode),
    q.q ? searchCondition(q.q) : undefined,
    q.group ? eq(voters.groupName, q.group) : undefined,
    q.eligibility ? eq(voters.eligibility, q.eligibility) : undefined,
    q.category ? eq(voters.category, q.category) : undefined,
    q.listStatus ? eq(voters.listStatus, q.listStatus) : undefined,
    q.twice === undefined
      ? undefined
      : q.twice
        ? sql`(${voters.listStatus} <> 'removed' and ${elsewhere})`
        : sql`not ${elsewhere}`,
  );
  const searched = q.q !== undefined && q.q.trim() !== '';
  const filtered = [q.group, q.eligibility, q.category, q.listStatus, q.twice].some(
    (f) => f !== undefined && f !== '',
  );
  const kind = searched ? 'searched' : filtered ? 'filtered' : 'all';
  const village = { countyCode: ctx.countyCode, roundId: ctx.round.id, villageCode: ctx.villageCode };
  const { rows, total } = await listPage(db, village, where, kind, q);
  const flagged = await twiceAmong(db, ctx, rows);
  return { total, items: rows.map((r) => ({ ...r, registeredTwice: flagged.has(r.id) })) };
}

/** Which of these people are live in another village too (only the page's people are looked up). */
async function twiceAmong(db: Tx, ctx: VillageCtx, rows: readonly (typeof voters.$inferSelect)[]) {
  const live = rows.filter((r) => r.idNumber !== null && r.listStatus !== 'removed');
  if (live.length === 0) return new Set<string>();
  const ids = live.map((r) => r.idNumber!);
  const found = (await db.execute(sql`
    select distinct w.id_number from voters w
    join rounds r on r.county_code = w.county_code and r.id = w.round_id
    where w.id_number = any(${sql.param(ids)}::text[]) and w.village_code <> ${ctx.villageCode}
      and w.list_status <> 'removed' and r.status <> 'closed'`)) as unknown as {
    rows: { id_number: string }[];
  };
  const numbers = new Set(found.rows.map((r) => r.id_number));
  return new Set(live.filter((r) => numbers.has(r.idNumber!)).map((r) => r.id));
}

/** The person, and every change to them: audit entries about them, imports that changed them, 补登/除名. */
export async function voterPage(db: Tx, ctx: VillageCtx, id: string) {
  const voter = await getVoter(db, ctx, id);
  const [changes, direct, imports] = await Promise.all([
    db
      .select()
      .from(listChanges)
      .where(and(eq(listChanges.countyCode, ctx.countyCode), eq(listChanges.voterId, id)))
      .orderBy(asc(listChanges.createdAt)),
    db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.countyCode, ctx.countyCode), eq(auditLog.entity, 'voter'), eq(auditLog.entityId, id)),
      ),
    db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.countyCode, ctx.countyCode),
          eq(auditLog.regionCode, ctx.villageCode),
          eq(auditLog.action, 'voter.import'),
          sql`${auditLog.after}->'changed' @> ${JSON.stringify([{ id }])}::jsonb`,
        ),
      )
      .orderBy(desc(auditLog.seq)),
  ]);
  const history = [...direct, ...imports]
    .sort((a, b) => a.seq - b.seq)
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      action: e.action,
      actorName: e.actorName,
      before: personPart(e.before, id),
      after: personPart(e.after, id),
    }));
  return { voter, history, listChanges: changes };
}

/** An import entry lists many people: keep only this person's part of it. */
function personPart(value: unknown, id: string): unknown {
  if (
    value &&
    typeof value === 'object' &&
    'changed' in value &&
    Array.isArray((value as { changed: unknown }).changed)
  ) {
    const { changed, ...rest } = value as { changed: { id: string }[] };
    return { ...rest, changed: changed.filter((c) => c.id === id) };
  }
  return value;
}
