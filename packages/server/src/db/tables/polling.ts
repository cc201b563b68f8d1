/**
 * The polling plan (投票安排, issue 5 item 8) and the ballots (选票, item 9) of a village's committee
 * election: the central venue, polling stations and mobile boxes (G-7, G-8, G-9), the voters who use
 * each mobile box, the polling-day staff (E-9), the plan's publication (B-7), the ballot settings the
 * committee chose, and each numbered print run with its serial ranges per polling place (so polling
 * day can check a ballot's number against the place that issued it).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/** One row per election: the plan's publication. The places, staff and box voters hang off it. */
export const pollingPlans = pgTable(
  'polling_plans',
  {
    countyCode: text('county_code').notNull(),
    /** the elections row (village-committee or residents-committee) */
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** the latest publication; null while never published */
    publishedOn: date('published_on', { mode: 'string' }),
    /** the deadline at that publication (E − calendar.pollingPlanDaysBefore), null when the rule set sets none */
    dueOn: date('due_on', { mode: 'string' }),
    late: boolean('late').notNull().default(false),
    /** the law-rules ID of the deadline (B-7) */
    rule: text('rule'),
    /** publications so far */
    version: integer('version').notNull().default(0),
    publishedBy: text('published_by'),
    publishedByName: text('published_by_name'),
    /** the plan was changed after its latest publication and must be published again */
    changedSincePublication: boolean('changed_since_publication').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.electionId] }),
    index('polling_plans_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** 中心会场 (exactly one per plan), 投票站 and 流动票箱. */
export const pollingPlaces = pgTable(
  'polling_places',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    kind: text('kind', { enum: ['central', 'station', 'mobile'] }).notNull(),
    /** e.g. 中心会场, 第一投票站, 东坑流动票箱 */
    name: text('name').notNull(),
    /** where it is (the address or building); a mobile box's starting point */
    place: text('place').notNull().default(''),
    /** 村民小组 a station serves; empty for the central venue (it takes the rest) and mobile boxes */
    groups: text('groups').array().notNull().default(sql`'{}'::text[]`),
    /** a mobile box's route (the hamlets and order it visits) */
    route: text('route'),
    /** 'HH:MM' on election day */
    opensAt: text('opens_at'),
    closesAt: text('closes_at'),
    /** mobile boxes only: the township's approval (G-7) */
    approvalStatus: text('approval_status', { enum: ['proposed', 'approved', 'returned'] }),
    approvalNote: text('approval_note'),
    decidedBy: text('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('polling_places_election_idx').on(t.countyCode, t.electionId),
  ],
);

/** The voters who vote at a mobile box; a voter is at one box at most. */
export const pollingBoxVoters = pgTable(
  'polling_box_voters',
  {
    countyCode: text('county_code').notNull(),
    electionId: text('election_id').notNull(),
    voterId: text('voter_id').notNull(),
    placeId: text('place_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.electionId, t.voterId] }),
    index('polling_box_voters_place_idx').on(t.countyCode, t.placeId),
  ],
);

/** Polling-day staff: 主持人, 总监票人, 监票人, 计票人, 唱票人, 发票员, 代写人, each at a place. */
export const pollingStaff = pgTable(
  'polling_staff',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    placeId: text('place_id').notNull(),
    role: text('role', {
      enum: ['host', 'chief-scrutineer', 'scrutineer', 'counter', 'caller', 'issuer', 'scribe'],
    }).notNull(),
    /** the person on the village's register */
    voterId: text('voter_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('polling_staff_election_idx').on(t.countyCode, t.electionId),
  ],
);

/** What the election committee chose for the ballots: layout, paper and the reserve per place. */
export const ballotSettings = pgTable(
  'ballot_settings',
  {
    countyCode: text('county_code').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    layout: text('layout', { enum: ['single', 'per-office'] })
      .notNull()
      .default('single'),
    paper: text('paper', { enum: ['A4', 'A3'] })
      .notNull()
      .default('A4'),
    reserveKind: text('reserve_kind', { enum: ['number', 'percent'] })
      .notNull()
      .default('percent'),
    reserveValue: integer('reserve_value').notNull().default(0),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.electionId] })],
);

/**
 * A numbered print run: the ballot as printed (the model, so a reprint is identical) and the settings.
 * A new run supersedes the previous one and continues its numbers, so no number is ever given twice.
 */
export const ballotRuns = pgTable(
  'ballot_runs',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['current', 'superseded'] })
      .notNull()
      .default('current'),
    layout: text('layout', { enum: ['single', 'per-office'] }).notNull(),
    paper: text('paper', { enum: ['A4', 'A3'] }).notNull(),
    reserveKind: text('reserve_kind', { enum: ['number', 'percent'] }).notNull(),
    reserveValue: integer('reserve_value').notNull(),
    /** core's BallotModel as printed */
    model: jsonb('model').notNull(),
    generatedOn: date('generated_on', { mode: 'string' }).notNull(),
    generatedBy: text('generated_by'),
    generatedByName: text('generated_by_name'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('ballot_runs_election_idx').on(t.countyCode, t.electionId),
  ],
);

/**
 * The serial numbers a run gives each polling place: from..to inclusive (per office in the per-office
 * layout: each voter's sheets carry the same number). Polling day checks an issued ballot against it.
 */
export const ballotRanges = pgTable(
  'ballot_ranges',
  {
    countyCode: text('county_code').notNull(),
    runId: text('run_id').notNull(),
    placeId: text('place_id').notNull(),
    electionId: text('election_id').notNull(),
    placeKind: text('place_kind', { enum: ['central', 'station', 'mobile'] }).notNull(),
    placeName: text('place_name').notNull(),
    sortOrder: integer('sort_order').notNull(),
    voters: integer('voters').notNull(),
    reserve: integer('reserve').notNull(),
    fromNo: integer('from_no').notNull(),
    toNo: integer('to_no').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.runId, t.placeId] }),
    index('ballot_ranges_election_idx').on(t.countyCode, t.electionId),
  ],
);
