/**
 * The one place where a statistic's integers become text (seed-requirements §9: rates to one or two
 * decimals, changes in percentage points). Every rounding is integer arithmetic, half away from
 * zero, so 105/113 is 92.92%, 299/339 is 88.2% (one decimal) and 118/127 is 92.91%, with no float
 * drift between the dashboard, the xlsx and the summary report.
 */
import type { Ratio } from './types.js';

/** A ratio with no denominator (no villages, no people) is shown as this. */
export const NO_VALUE = '—';

export function ratio(num: number, den: number): Ratio {
  return { num, den };
}

/** a / b rounded half away from zero, exact for any safe integers (BigInt inside). */
export function roundDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new Error('roundDiv: division by zero');
  const negative = a < 0n !== b < 0n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (2n * absA + absB) / (2n * absB);
  return negative ? -q : q;
}

/** The ratio in units of 10^-(2+digits) (e.g. digits 2 → hundredths of a percent), rounded. */
export function scaledPercent(r: Ratio, digits: number): number | null {
  if (r.den === 0) return null;
  const scale = 10n ** BigInt(2 + digits);
  return Number(roundDiv(BigInt(r.num) * scale, BigInt(r.den)));
}

function fixed(scaled: number, digits: number): string {
  const negative = scaled < 0;
  const abs = Math.abs(scaled);
  if (digits === 0) return `${negative ? '-' : ''}${abs}`;
  const unit = 10 ** digits;
  const whole = Math.floor(abs / unit);
  const frac = String(abs % unit).padStart(digits, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** '92.92%' (digits 2), '88.2%' (digits 1); '—' when the denominator is 0. */
export function percent(r: Ratio | null | undefined, digits = 2): string {
  if (!r) return NO_VALUE;
  const scaled = scaledPercent(r, digits);
  return scaled === null ? NO_VALUE : `${fixed(scaled, digits)}%`;
}

/** The ratio in basis points (9292 for 105/113), rounded; null when the denominator is 0. */
export function basisPoints(r: Ratio): number | null {
  return scaledPercent(r, 2);
}

/**
 * The change from `before` to `after` in hundredths of a percentage point (integer, rounded half away
 * from zero): 92.92% after 90.00% is +292. Null when either has no denominator.
 */
export function pointsChange(
  after: Ratio | null | undefined,
  before: Ratio | null | undefined,
): number | null {
  if (!after || !before || after.den === 0 || before.den === 0) return null;
  const num = 10000n * (BigInt(after.num) * BigInt(before.den) - BigInt(before.num) * BigInt(after.den));
  return Number(roundDiv(num, BigInt(after.den) * BigInt(before.den)));
}

/** The gap of a ratio to a target in basis points, in hundredths of a percentage point (rounded). */
export function gapToTarget(value: Ratio, targetBp: number): number | null {
  if (value.den === 0) return null;
  return Number(
    roundDiv(10000n * BigInt(value.num) - BigInt(targetBp) * BigInt(value.den), BigInt(value.den)),
  );
}

/** Met when value ≥ target, exactly: 10000 × num ≥ bp × den (a ratio with no denominator never meets). */
export function meetsTarget(value: Ratio, targetBp: number): boolean {
  return value.den > 0 && 10000 * value.num >= targetBp * value.den;
}

/**
 * Hundredths of a percentage point as text with a sign: '+2.91个百分点', '-1.10个百分点', '0.00个百分点';
 * `digits` 1 rounds to tenths. '—' for null.
 */
export function points(centi: number | null | undefined, digits = 2, unit = '个百分点'): string {
  if (centi === null || centi === undefined) return NO_VALUE;
  const scaled = digits === 2 ? centi : Number(roundDiv(BigInt(centi), 10n ** BigInt(2 - digits)));
  const sign = scaled > 0 ? '+' : '';
  return `${sign}${fixed(scaled, digits)}${unit}`;
}

/** A signed count: '+7人', '-1人', '0人'. */
export function signedCount(n: number | null | undefined, unit = '人'): string {
  if (n === null || n === undefined) return NO_VALUE;
  return `${n > 0 ? '+' : ''}${n}${unit}`;
}

/** sum ÷ count to `digits` decimals (average age 45.8); '—' when count is 0. */
export function average(sum: number, count: number, digits = 1): string {
  if (count === 0) return NO_VALUE;
  const scaled = Number(roundDiv(BigInt(sum) * 10n ** BigInt(digits), BigInt(count)));
  return fixed(scaled, digits);
}

/**
 * The change of an average (sumA ÷ nA after sumB ÷ nB) in units of 10^-digits, rounded: average age
 * 45.3 after 46.4 is -11 (tenths). Null when either group is empty.
 */
export function averageChange(sumA: number, nA: number, sumB: number, nB: number, digits = 1): number | null {
  if (nA === 0 || nB === 0) return null;
  const num = 10n ** BigInt(digits) * (BigInt(sumA) * BigInt(nB) - BigInt(sumB) * BigInt(nA));
  return Number(roundDiv(num, BigInt(nA) * BigInt(nB)));
}

/** A signed change in units of 10^-digits as text: '+0.5岁', '-1.1岁', '0.0岁'; '—' for null. */
export function signedFixed(scaled: number | null | undefined, digits = 1, unit = ''): string {
  if (scaled === null || scaled === undefined) return NO_VALUE;
  return `${scaled > 0 ? '+' : ''}${fixed(scaled, digits)}${unit}`;
}

/** The ratio as a plain number of percent (for charts only, never for comparisons). */
export function percentNumber(r: Ratio, digits = 2): number | null {
  const scaled = scaledPercent(r, digits);
  return scaled === null ? null : scaled / 10 ** digits;
}
