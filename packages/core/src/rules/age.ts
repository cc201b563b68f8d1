// Age in completed years (周岁) on a given day (A-5: the age is counted to election day).
import { dateFromParts, dateParts, type IsoDate } from './civil-date.js';

/**
 * The day a person born on `birth` has their birthday in `year`.
 * Choice for 29 February in a non-leap year: 1 March (the day after 28 February), so a person born
 * 2008-02-29 turns 18 on 2026-03-01, not on 2026-02-28. Reading 民法典 Art 201 literally ("没有对应日的，
 * 月末日为期间的最后一日") would give 28 February; the later day is the one that never makes someone
 * a voter before they have lived 18 full years.
 */
export function birthdayIn(birth: IsoDate, year: number): IsoDate {
  const { month, day } = dateParts(birth);
  return dateFromParts(year, month, day) ?? (dateFromParts(year, 3, 1) as IsoDate);
}

/** Completed years on `day`; the birthday itself counts as reached (年满). */
export function ageOn(birth: IsoDate, day: IsoDate): number {
  const years = dateParts(day).year - dateParts(birth).year;
  return birthdayIn(birth, dateParts(day).year) <= day ? years : years - 1;
}

/** The day on which a person reaches `years` full years. */
export function dayOfReachingAge(birth: IsoDate, years: number): IsoDate {
  return birthdayIn(birth, dateParts(birth).year + years);
}
