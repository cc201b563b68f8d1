/** Reading the division tree. Names are sorted in the app (PGlite sorts Chinese by code point). */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { regionChanges, regions } from '../db/schema.js';
import { notFound } from '../http/errors.js';

export type RegionRow = typeof regions.$inferSelect;

/** The ancestor codes of a division code, top first, itself last. */
export function ancestorCodes(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

export async function getRegion(db: Tx, code: string): Promise<RegionRow> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  if (!row) throw notFound(`区划代码 ${code} 不存在`);
  return row;
}

/** The region and all its ancestors, top first. */
export async function regionPath(db: Tx, code: string): Promise<RegionRow[]> {
  const codes = ancestorCodes(code);
  const rows = await db.select().from(regions).where(inArray(regions.code, codes));
  return rows.sort((a, b) => a.code.length - b.code.length);
}

/** Division codes sort the way the statistical tables list them; ties by pinyin. */
export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export async function childRegions(db: Tx, code: string) {
  const rows = await db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      kind: regions.kind,
      status: regions.status,
      hasChildren: sql<boolean>`exists (select 1 from regions c where c.parent_code = ${regions.code})`,
    })
    .from(regions)
    .where(and(eq(regions.parentCode, code), eq(regions.status, 'active')));
  return rows.sort(byCode);
}

export async function villagesUnder(db: Tx, code: string): Promise<RegionRow[]> {
  const rows = await db
    .select()
    .from(regions)
    .where(and(eq(regions.level, 'village'), like(regions.code, `${code}%`), eq(regions.status, 'active')));
  return rows.sort(byCode);
}

export async function regionHistory(db: Tx, code: string) {
  const rows = await db.select().from(regionChanges).where(sql`${code} = any(${regionChanges.regionCodes})`);
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

export async function regionsByCodes(db: Tx, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, codes));
}
