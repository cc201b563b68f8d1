/** A cell's stored value as the text the register's checks read. */

/**
 * Excel writes characters XML cannot hold as `_xHHHH_` (a line break in a cell is `_x000D_`);
 * a literal `_x` is itself escaped as `_x005F_x`.
 */
export function unescapeExcel(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * A number as written in the sheet's <v>. Whole numbers are written out in full: an 18-digit ID
 * number typed into a number cell is stored as 3.3100019300101E+17 and has lost its last digits,
 * and spelling them out lets the check digit test name the problem.
 */
export function numberText(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw.trim();
  if (Number.isInteger(n)) return Math.abs(n) < 2 ** 53 ? String(n) : BigInt(n).toString();
  return String(n);
}

const DAY_MS = 86_400_000;
/** Day 0 of the 1900 system, as Excel counts it (it takes 1900 for a leap year, so from March 1900 on the epoch is 1899-12-30). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial (days, the fraction is the time of day) as YYYY-MM-DD; null if it is no number. */
export function serialDate(raw: string, date1904: boolean): string | null {
  const serial = Number(raw);
  if (!Number.isFinite(serial) || serial < 0) return null;
  let days = Math.floor(serial + 1e-9);
  // serials 1–59 are January and February 1900, before Excel's phantom 29 February
  if (!date1904 && days < 60) days += 1;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The text of one cell from its type (`t`), the <v> or inline text, and whether its style is a
 * date format. Errors (#N/A and the like) read as empty.
 */
export function cellText(
  type: string | null,
  value: string,
  shared: readonly string[],
  isDate: boolean,
  date1904: boolean,
): string {
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
    case 'str':
      return unescapeExcel(value);
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'd':
      // ISO 8601 date-time (strict Open XML); the register only wants the day
      return value.trim().slice(0, 10);
    default: {
      if (value === '') return '';
      if (isDate) return serialDate(value, date1904) ?? numberText(value);
      return numberText(value);
    }
  }
}
