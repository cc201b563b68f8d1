// Objections (申诉) to the published voter list: the filing window and the decision deadline (B-2, B-3).
import type { CalendarParams } from '../ruleset/sections/calendar.js';
import type { IsoDate } from './civil-date.js';
import { type HolidaySet, periodEnd } from './day-count.js';
import { fail, type Outcome, succeed } from './outcome.js';

/** Whether an objection filed on `filedOn` is within the window; when it is, the day the decision is due. */
export function checkObjectionFiling(
  params: CalendarParams,
  listPublishedOn: IsoDate,
  filedOn: IsoDate,
  holidays: HolidaySet,
): Outcome<{ decisionDue: IsoDate }> {
  const windowEnd = periodEnd(listPublishedOn, params.objectionWindowDays.value, holidays);
  if (filedOn < listPublishedOn) {
    return fail([
      {
        rule: 'B-2',
        field: '申诉日期',
        reason: `申诉日期（${filedOn}）早于名单公布日（${listPublishedOn}）`,
      },
    ]);
  }
  if (filedOn > windowEnd) {
    const refused = params.lateObjections.value === 'refused' ? '，不予受理' : '';
    return fail([
      {
        rule: `${params.objectionWindowDays.rule};${params.lateObjections.rule};C-3`,
        field: '申诉日期',
        reason: `申诉应自名单公布之日起${params.objectionWindowDays.value}日内（${windowEnd}前）提出，${filedOn}已超过期限${refused}`,
      },
    ]);
  }
  return succeed({ decisionDue: periodEnd(filedOn, params.objectionDecisionDays.value, holidays) });
}
