/** The entry rows of a box (count_entries) as core's ledger rows, and the digest a closing records. */
import { createHash } from 'node:crypto';
import { canonicalMarks, type EnteredBallot, type EntryRow } from '@huanjie/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { countEntries } from '../../db/schema.js';

export type CountEntryRow = typeof countEntries.$inferSelect;

export function ballotOfRow(r: Pick<CountEntryRow, 'void' | 'marks' | 'recall'>): EnteredBallot {
  if (r.void) return { void: true };
  if (r.recall) return { void: false, recall: r.recall };
  return { void: false, marks: r.marks ?? {} };
}

export function entryRowOf(r: CountEntryRow): EntryRow {
  return r.kind === 'undo'
    ? { seq: r.seq, kind: 'undo', undoes: r.undoes ?? 0 }
    : { seq: r.seq, kind: 'ballot', ballot: ballotOfRow(r) };
}

/** The columns a ballot is stored in. */
export function ballotColumns(b: EnteredBallot): Pick<CountEntryRow, 'void' | 'marks' | 'recall'> {
  if (b.void) return { void: true, marks: null, recall: null };
  if ('recall' in b) return { void: false, marks: null, recall: b.recall };
  return { void: false, marks: b.marks as Record<string, string[]>, recall: null };
}

export interface BoxKey {
  countyCode: string;
  voteId: string;
  placeId: string;
}

/** Every row of one entry set of a box, in seq order. */
export async function setRows(db: Tx, box: BoxKey, entrySet: 1 | 2): Promise<CountEntryRow[]> {
  return db
    .select()
    .from(countEntries)
    .where(
      and(
        eq(countEntries.countyCode, box.countyCode),
        eq(countEntries.voteRoundId, box.voteId),
        eq(countEntries.placeId, box.placeId),
        eq(countEntries.entrySet, entrySet),
      ),
    )
    .orderBy(asc(countEntries.seq));
}

/** Every row of a vote (all boxes, both sets), for rebuilding totals and statuses. */
export async function voteRows(db: Tx, countyCode: string, voteId: string): Promise<CountEntryRow[]> {
  return db
    .select()
    .from(countEntries)
    .where(and(eq(countEntries.countyCode, countyCode), eq(countEntries.voteRoundId, voteId)))
    .orderBy(asc(countEntries.placeId), asc(countEntries.entrySet), asc(countEntries.seq));
}

/**
 * SHA-256 of an entry set's rows (seq, kind, ballot with canonical marks, undoes, clerk), one JSON
 * line each in seq order: recorded in the audit log when the set is closed, so the ledger as closed
 * can be checked later.
 */
export function rowsDigest(rows: readonly CountEntryRow[]): string {
  const h = createHash('sha256');
  for (const r of [...rows].sort((a, b) => a.seq - b.seq))
    h.update(
      `${JSON.stringify([
        r.seq,
        r.kind,
        r.void,
        r.marks ? canonicalMarks(r.marks) : null,
        r.recall,
        r.undoes,
        r.enteredBy,
      ])}\n`,
    );
  return h.digest('hex');
}
