/**
 * Age bands of a report, configurable per report (seed-requirements §9.2: 35岁及以下 / 36–45 / 46–55 /
 * 56岁及以上 in one, ≤30 / 31–55 / 56–60 / ≥61 in another). A band list is its upper ages, inclusive and
 * strictly increasing; ages are completed years (周岁) on the reference day (rules/age.ts).
 */
import type { AgeBands } from './types.js';

export interface AgeBand {
  key: string;
  label: string;
  /** inclusive; null = no bound */
  min: number | null;
  max: number | null;
}

/** The bands seed 004's template uses. */
export const DEFAULT_AGE_BANDS: AgeBands = [35, 45, 55];

/**
 * The age below which a cadre counts as young (村村都有35周岁以下年轻干部): seed 003's target, not a law
 * value; the coverage flag and the young-share indicator use it.
 */
export const YOUNG_CADRE_MAX_AGE = {
  value: 35,
  rule: 'seed 003 (力争村村都有35周岁以下年轻干部), a target, not law',
} as const;

/** Refuses a list that is empty, unordered or outside 1–119; returns the reason in Chinese. */
export function ageBandsProblem(bands: readonly number[]): string | null {
  if (bands.length === 0) return '年龄段：至少要有一个分界年龄';
  if (bands.length > 8) return '年龄段：分界年龄最多 8 个';
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (!Number.isInteger(b) || b < 1 || b > 119) return `年龄段：分界年龄应为 1–119 的整数，现为 ${b}`;
    if (i > 0 && b <= bands[i - 1]!) return '年龄段：分界年龄应从小到大排列且不重复';
  }
  return null;
}

/** Parses '35,45,55' (what the query string carries); null when not a valid list. */
export function parseAgeBands(text: string): number[] | null {
  const parts = text
    .split(/[,，\s]+/)
    .filter((s) => s.length > 0)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : Number.NaN));
  return ageBandsProblem(parts) === null ? parts : null;
}

export function ageBandList(bands: AgeBands): AgeBand[] {
  const out: AgeBand[] = [];
  let lower: number | null = null;
  for (const upper of bands) {
    if (lower === null) out.push({ key: `le${upper}`, label: `${upper}岁及以下`, min: null, max: upper });
    else
      out.push({
        key: `${lower}-${upper}`,
        label: lower === upper ? `${upper}岁` : `${lower}–${upper}岁`,
        min: lower,
        max: upper,
      });
    lower = upper + 1;
  }
  const last = bands[bands.length - 1]!;
  out.push({ key: `ge${last + 1}`, label: `${last + 1}岁及以上`, min: last + 1, max: null });
  return out;
}

/** The index of the band an age falls in. */
export function ageBandIndex(bands: AgeBands, age: number): number {
  for (let i = 0; i < bands.length; i++) if (age <= bands[i]!) return i;
  return bands.length;
}
