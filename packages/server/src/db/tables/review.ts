/**
 * The joint qualification review (联审, issue 5 item 5; law-rules D-9, D-10): the county's condition
 * lists and departments for a round, and each department's verdict on each nominee.
 */
import type { ConditionList, ReviewDepartment } from '@huanjie/core';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/**
 * The county's own copy of the condition lists (四过硬、五不能、六不宜 …) and the departments it names,
 * for one round. No row: the round still uses the rule set's template (core's reviewTemplateFor);
 * the county's first edit copies the template here. Every edit bumps `version` and is audited with
 * the list before and after.
 */
export const reviewSettings = pgTable(
  'review_settings',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    /** the template the lists were copied from */
    templateId: text('template_id').notNull(),
    conditionLists: jsonb('condition_lists').$type<ConditionList[]>().notNull(),
    /** in the order the board shows them */
    departments: jsonb('departments').$type<ReviewDepartment[]>().notNull(),
    /** every id ever given to an item or department, so a removed one's id is never reused */
    usedIds: jsonb('used_ids').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by'),
    updatedByName: text('updated_by_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId] })],
);

/**
 * One department's verdict on one nominee (通过 / 不通过), recorded by a county or township user on
 * the department's behalf. A 不通过 names the condition item it fails; the item's wording is kept as
 * it stood, so a later rewording does not change what the department said.
 */
export const reviewVerdicts = pgTable(
  'review_verdicts',
  {
    countyCode: text('county_code').notNull(),
    nomineeId: text('nominee_id').notNull(),
    departmentId: text('department_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** the department's name when the verdict was recorded */
    departmentName: text('department_name').notNull(),
    verdict: text('verdict', { enum: ['pass', 'fail'] }).notNull(),
    conditionListId: text('condition_list_id'),
    conditionItemId: text('condition_item_id'),
    /** e.g. 五不能：受过刑事处罚的 */
    conditionText: text('condition_text'),
    note: text('note'),
    /** the day the department gave its verdict */
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.nomineeId, t.departmentId] }),
    index('review_verdicts_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);
