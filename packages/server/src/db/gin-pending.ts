/**
 * The pending list of the voter search's GIN indexes (voters_name_chars_idx,
 * voters_id_number_trgm_idx). A GIN index files new entries in a pending list that every search
 * reads through, and merges the list into the index when it outgrows gin_pending_list_limit (or at a
 * vacuum: PGlite has none).
 *
 * Two needs pull apart: searches want the list short (256 kB: the list is merged often, a few
 * pages to read), an import of 100,000 people wants it long (merging 256 kB at a time took 4.0–4.8 s
 * of a 100,000-row merge on PostgreSQL; with one long list merged once at the end, 2.4 s + 0.3 s).
 * So the limit is a setting of the connection, not of the index: short for every connection
 * (`CONNECTION_SETTINGS`), long inside an import's merge transaction (`longPendingList`), and the
 * import merges the list as soon as it has committed (`mergePendingLists`).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from './connect.js';

/** kB; what every connection starts with (PGlite's start parameters, node-postgres' `options`) */
const SEARCH_PENDING_LIST_KB = 256;

/** Start-up settings for every connection, as postgres' `-c name=value` pairs. */
export const CONNECTION_SETTINGS = [`gin_pending_list_limit=${SEARCH_PENDING_LIST_KB}`];

/** kB; the pending list of one import: 100,000 people fill about 40 MB */
const IMPORT_PENDING_LIST_KB = 128 * 1024;

/** For the rest of this transaction, new entries wait in the pending list (call inside a transaction). */
export async function longPendingList(tx: Tx): Promise<void> {
  await tx.execute(sql.raw(`set local gin_pending_list_limit = ${IMPORT_PENDING_LIST_KB}`));
}

/**
 * Merges the search indexes' pending lists into the indexes now (quick when they are short).
 * A refusal is let go: gin_clean_pending_list needs the index's owner, and a server whose tables
 * belong to another role refuses it. That only costs searches time until PostgreSQL's autovacuum
 * merges the list, and the caller's data is committed already.
 */
export async function mergePendingLists(db: Tx): Promise<void> {
  await db
    .execute(sql`
      select gin_clean_pending_list('voters_name_chars_idx'::regclass),
        gin_clean_pending_list('voters_id_number_trgm_idx'::regclass)`)
    .catch(() => {});
}
