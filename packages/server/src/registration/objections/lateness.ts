/**
 * Whether a decision on an objection is late (B-3). An open objection is late once `today` is
 * past its due day; a decided one was late when it was decided after it. Pure: `today` comes
 * from the route (the clock at the edge) so the same rows always give the same answer in tests.
 */
import { daysBetween, type IsoDate } from '@huanjie/core';

export interface Lateness {
  overdue: boolean;
  /** whole days past the due day; 0 when on time */
  daysLate: number;
}

export function decisionLateness(
  o: { accepted: boolean; dueDecisionOn: string | null; decidedOn: string | null },
  today: IsoDate,
): Lateness {
  if (!o.accepted || o.dueDecisionOn === null) return { overdue: false, daysLate: 0 };
  const until = (o.decidedOn ?? today) as IsoDate;
  const late = daysBetween(o.dueDecisionOn as IsoDate, until);
  return late > 0 ? { overdue: true, daysLate: late } : { overdue: false, daysLate: 0 };
}
