// Counting days as law-rules C-3 and C-4 say.
import type { ElectionDayBoundary } from '../ruleset/sections/calendar.js';
import type { ProxyDeadline } from '../ruleset/sections/proxy.js';
import { addDays, type IsoDate } from './civil-date.js';

/** Statutory holidays (法定休假日) as ISO dates. Supplied by the caller: weekends and 调休 working days vary by year. */
export type HolidaySet = ReadonlySet<string>;

/**
 * Last day of a period of `days` days starting on `start` (C-3): the start day is not counted, and a
 * period whose last day is a holiday ends on the first day after the holiday(s).
 */
export function periodEnd(start: IsoDate, days: number, holidays: HolidaySet): IsoDate {
  let end = addDays(start, days);
  if (days === 0) return end;
  while (holidays.has(end)) end = addDays(end, 1);
  return end;
}

/**
 * Last day on which an action "N days before election day" may happen (C-4). Holidays do not move it:
 * moving it later, as C-3 does for forward periods, would break the N-day lead the rule guarantees.
 */
export function lastDayBeforeElection(
  electionDay: IsoDate,
  days: number,
  boundary: ElectionDayBoundary,
): IsoDate {
  return addDays(electionDay, boundary === 'on-or-before' ? -days : -days - 1);
}

/** Last allowed day for a proxy-style deadline: N days before, or simply before election day. */
export function lastDayFor(
  deadline: ProxyDeadline,
  electionDay: IsoDate,
  boundary: ElectionDayBoundary,
): IsoDate {
  return deadline.kind === 'before-election-day'
    ? addDays(electionDay, -1)
    : lastDayBeforeElection(electionDay, deadline.days, boundary);
}
