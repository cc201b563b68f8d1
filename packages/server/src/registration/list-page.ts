/** One page of the voter list in the list's order, and how many people match in all. */
import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/connect.js';
import { voterCounts, voters } from '../db/schema.js';

/** The list's order; voters_list_order_idx has the same columns, so pages are read from it. */
const LIST_ORDER = sql.raw('group_name, voter_no asc nulls last, name_initials, name, id');

type VoterRow = typeof voters.$inferSelect;

export interface VillageKey {
  countyCode: string;
  roundId: string;
  villageCode: string;
}

/** How the page is asked for: the whole village, filtered (group, status…), or searched (the box). */
export type ListKind = 'all' | 'filtered' | 'searched';

export async function listPage(
  db: Tx,
  village: VillageKey,
  where: SQL | undefined,
  kind: ListKind,
  page: { page: number; pageSize: number },
): Promise<{ rows: VoterRow[]; total: number }> {
  const offset = (page.page - 1) * page.pageSize;
  if (kind !== 'searched') {
    // the page is read in index order and stops after pageSize rows; the whole village's count
    // is kept by triggers (voter_counts), a filtered one reads the rows it counts
    const [rows, total] = await Promise.all([
      db.select().from(voters).where(where).orderBy(LIST_ORDER).limit(page.pageSize).offset(offset),
      kind === 'all' ? villageCount(db, village) : filteredCount(db, where),
    ]);
    return { rows, total };
  }
  // A search finds its matches through the search indexes, spread over the whole order: one
  // pass over them (narrow columns) gives the count and the page's ids, then the page is read
  // by key. Walking the order index instead reads every non-match before the first matches.
  const [hit] = await queryRows<{ total: number; ids: string[] }>(
    db,
    sql`
    with m as (select id, group_name, voter_no, name_initials, name from voters where ${where})
    select (select count(*) from m)::int as total,
      array(select id from m order by ${LIST_ORDER} limit ${page.pageSize} offset ${offset}) as ids`,
  );
  const ids = hit?.ids ?? [];
  if (ids.length === 0) return { rows: [], total: hit?.total ?? 0 };
  const found = await db
    .select()
    .from(voters)
    .where(and(eq(voters.countyCode, village.countyCode), inArray(voters.id, ids)));
  const at = new Map(ids.map((id, i) => [id, i]));
  return { rows: found.sort((a, b) => at.get(a.id)! - at.get(b.id)!), total: hit?.total ?? 0 };
}

async function villageCount(db: Tx, v: VillageKey): Promise<number> {
  const [row] = await db
    .select({ n: voterCounts.voters })
    .from(voterCounts)
    .where(
      and(
        eq(voterCounts.countyCode, v.countyCode),
        eq(voterCounts.roundId, v.roundId),
        eq(voterCounts.villageCode, v.villageCode),
      ),
    );
  return row?.n ?? 0;
}

async function filteredCount(db: Tx, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(voters).where(where);
  return row?.n ?? 0;
}
