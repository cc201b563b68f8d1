/**
 * The schedule (日程) of a village's election: when each step was done and by whom. Due dates are
 * never stored: they are computed from election day and the rule set on every read (core's
 * calendar), so moving election day moves every deadline and re-judges the steps already done.
 */
import { date, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

export const scheduleSteps = pgTable(
  'schedule_steps',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** core's StepId (e.g. 'voter-list', 'candidate-list', 'polling-plan') or a local step's id */
    stepId: text('step_id').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    doneBy: text('done_by'),
    doneByName: text('done_by_name'),
    /** what recorded it: 'manual', or the act that did it ('voter-list.publish', 'candidate-list.publish', …) */
    source: text('source').notNull(),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode, t.stepId] }),
    index('schedule_steps_round_idx').on(t.countyCode, t.roundId),
  ],
);
