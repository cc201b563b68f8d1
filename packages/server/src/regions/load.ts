/** Loads a province's division tree into the regions table. Re-loading never overwrites adjustments. */
import type { Tx } from '../db/connect.js';
import { regions } from '../db/schema.js';
import { type DivisionRow, provinceDivisions } from './division-data.js';

const BATCH = 2000;

export function countyCodeOf(code: string): string | null {
  return code.length >= 6 ? code.slice(0, 6) : null;
}

/**
 * Loads a province; with `within`, only that region's subtree and its ancestors (tests and
 * small installations need one county, not 25,000 villages).
 */
export async function loadProvince(db: Tx, provinceCode: string, within?: string): Promise<{ rows: number }> {
  let batch: DivisionRow[] = [];
  let rows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db
      .insert(regions)
      .values(
        batch.map((r) => ({ ...r, countyCode: countyCodeOf(r.code), source: 'division-data' as const })),
      )
      .onConflictDoNothing();
    rows += batch.length;
    batch = [];
  };
  for await (const row of provinceDivisions(provinceCode)) {
    if (within && !row.code.startsWith(within) && !within.startsWith(row.code)) continue;
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { rows };
}
