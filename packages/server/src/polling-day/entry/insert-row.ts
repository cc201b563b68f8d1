/**
 * The one statement a ballot's entry costs: the row goes in only while the vote is counting, the set
 * is not closed and the caller is its clerk, with `ON CONFLICT DO NOTHING` on (box, set, seq). On
 * PostgreSQL the box row is share-locked, so a closing (which updates it) waits for entries under way
 * and an entry after a closing finds the set closed; PGlite runs one statement or transaction at a
 * time, so there a closing can never interleave and the lock (a WAL record per entry) is left out.
 * The SQL text is constant and goes straight to the driver (a named prepared statement on
 * PostgreSQL): built through the query builder, the entry cost a third more (bench/README.md).
 */
import pg from 'pg';
import type { Db } from '../../db/connect.js';
import type { BoxKey, CountEntryRow } from './rows.js';

export type NewRow = Pick<CountEntryRow, 'kind' | 'void' | 'marks' | 'recall' | 'undoes'>;

const text = (entrySet: 1 | 2, lock: boolean) => `
  insert into count_entries
    (county_code, vote_round_id, place_id, entry_set, seq, kind, void, marks, recall, undoes, entered_by)
  select $1, $2, $3, ${entrySet}::smallint, $4::int, $5, $6::boolean, $7::jsonb, $8, $9::int, $10
  from count_boxes b
  join vote_rounds v on v.county_code = b.county_code and v.id = b.vote_round_id
  where b.county_code = $1 and b.vote_round_id = $2 and b.place_id = $3
    and v.status = 'counting' and b.clerk${entrySet} = $10 and b.closed${entrySet}_at is null
  ${lock ? 'for share of b' : ''}
  on conflict do nothing
  returning seq`;

const LOCKED = { 1: text(1, true), 2: text(2, true) } as const;
const SINGLE_CONNECTION = { 1: text(1, false), 2: text(2, false) } as const;

interface Client {
  query(
    q: string | { name: string; text: string; values: unknown[] },
    values?: unknown[],
  ): Promise<{ rows: unknown[] }>;
}

/** Whether the row went in (false: nothing inserted; the caller finds out why). */
export async function insertEntry(
  db: Db,
  box: BoxKey,
  entrySet: 1 | 2,
  seq: number,
  userId: string,
  row: NewRow,
): Promise<boolean> {
  const client = (db as unknown as { $client: Client }).$client;
  const values = [
    box.countyCode,
    box.voteId,
    box.placeId,
    seq,
    row.kind,
    row.void,
    row.marks === null ? null : JSON.stringify(row.marks),
    row.recall,
    row.undoes,
    userId,
  ];
  const res =
    client instanceof pg.Pool
      ? await client.query({ name: `count_entries_insert_${entrySet}`, text: LOCKED[entrySet], values })
      : await client.query(SINGLE_CONNECTION[entrySet], values);
  return res.rows.length > 0;
}
