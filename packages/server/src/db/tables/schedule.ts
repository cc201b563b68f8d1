/**
 * The schedule (日程) of a village's election: when each step was done and by whom. Due dates are
 * never stored: they are computed from election day and the rule set on every read (core's
 * calendar), so moving election day moves every deadline and re-judges the steps already done.
 */
import { boolean, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
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
    /** 'done', or 'not-needed': nothing to do in this village (no proxies to publish, no runoff) */
    outcome: text('outcome', { enum: ['done', 'not-needed'] })
      .notNull()
      .default('done'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode, t.stepId] }),
    index('schedule_steps_round_idx').on(t.countyCode, t.roundId),
  ],
);

/**
 * Steps a county or township office adds to the schedules of its villages in a round (离任经济责任审计,
 * 培训, …), placed relative to election day. A step applies to the round's villages under `regionCode`.
 */
export const scheduleLocalSteps = pgTable(
  'schedule_local_steps',
  {
    countyCode: text('county_code').notNull(),
    /** also the schedule_steps.step_id of its records, prefixed 'local:' */
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    /** the office that added it (a county or township code) */
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    /** 'before': N days before election day (C-4); 'after': within N days after it (C-3) */
    anchor: text('anchor', { enum: ['before', 'after'] }).notNull(),
    days: integer('days').notNull(),
    /** where the step comes from, e.g. 县换届工作方案 */
    basis: text('basis').notNull(),
    createdBy: text('created_by'),
    createdByName: text('created_by_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('schedule_local_steps_round_idx').on(t.countyCode, t.roundId),
  ],
);

/**
 * A year of statutory holidays (法定休假日) as the county entered it from the State Council's notice:
 * whether weekends count, with its days in schedule_holidays. Forward periods ending on one move (C-3).
 */
export const scheduleHolidayYears = pgTable(
  'schedule_holiday_years',
  {
    countyCode: text('county_code').notNull(),
    year: integer('year').notNull(),
    weekendsOff: boolean('weekends_off').notNull().default(true),
    enteredBy: text('entered_by'),
    enteredByName: text('entered_by_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.year] })],
);

export const scheduleHolidays = pgTable(
  'schedule_holidays',
  {
    countyCode: text('county_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    /** 'holiday': 法定节假日 or bridging day off; 'workday': a weekend day worked (调休上班) */
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.day] })],
);
