// Calendar dates without a clock or a time zone: ISO `YYYY-MM-DD` strings and whole-day arithmetic.

declare const isoDateBrand: unique symbol;
/** A real calendar date written `YYYY-MM-DD`; obtain one with `parseIsoDate` or `isoDate`. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds a date from its parts; `null` when the parts name no real day (e.g. 2023-02-29). */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) ? (`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate) : null;
}

export function parseIsoDate(text: string): IsoDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  return dateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** For literals known to be valid (tests, fixtures); throws on a malformed date because that is a programming error. */
export function isoDate(text: string): IsoDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new RangeError(`不是有效的日期：${text}`);
  return parsed;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar; Date.UTC is used only as arithmetic. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return dateFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** b − a in whole days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO strings of real dates sort like the dates themselves. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
