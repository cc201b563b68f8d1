/**
 * Whether an objection is received (B-2) and when its decision is due (B-3), from core's
 * `checkObjectionFiling` and the rule set's calendar. Pure: dates are parameters.
 */
import { type CalendarParams, checkObjectionFiling, type HolidaySet, type IsoDate } from '@huanjie/core';
import { type Problem, toProblem } from '../violation-text.js';

export type Filing =
  | { accepted: true; dueDecisionOn: IsoDate; refusal: null }
  | { accepted: false; dueDecisionOn: null; refusal: Problem };

/**
 * The project refuses every late objection, as issue 4 asks, whether or not the province's text
 * says 不予受理 in so many words (only Henan does, B-3): core adds the phrase only where the text
 * has it, so it is added here for the others.
 */
export function judgeFiling(
  calendar: CalendarParams,
  listPublishedOn: IsoDate,
  filedOn: IsoDate,
  holidays: HolidaySet,
): Filing {
  const outcome = checkObjectionFiling(calendar, listPublishedOn, filedOn, holidays);
  if (outcome.ok) return { accepted: true, dueDecisionOn: outcome.value.decisionDue, refusal: null };
  const first = toProblem(outcome.error[0]!, '申诉日期');
  const reason = first.reason.endsWith('不予受理') ? first.reason : `${first.reason}，不予受理`;
  return { accepted: false, dueDecisionOn: null, refusal: { ...first, reason } };
}
