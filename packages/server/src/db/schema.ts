/**
 * The one database schema. Every table holding election data carries `county_code`
 * (the county's 6-digit division code) as part of its primary key, so a province can
 * later be distributed over Citus by that column.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

/** The division tree: province (2 digits) → city (4) → county (6) → township (9) → village/community (12). */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'township', 'village'] }).notNull(),
    /** village | community, for level = village */
    kind: text('kind', { enum: ['village', 'community'] }),
    parentCode: text('parent_code'),
    /** null above county level */
    countyCode: text('county_code'),
    status: text('status', { enum: ['active', 'merged', 'split', 'abolished'] })
      .notNull()
      .default('active'),
    /** where the row came from: the statistical division data, or an adjustment by a county office */
    source: text('source', { enum: ['division-data', 'adjustment'] }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_county_idx').on(t.countyCode)],
);

/** 规模调整村 history: additions, renames, merges, splits. */
export const regionChanges = pgTable(
  'region_changes',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    kind: text('kind', { enum: ['add', 'rename', 'merge', 'split', 'abolish'] }).notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    /** codes touched by the change, for lookups by region */
    regionCodes: text('region_codes').array().notNull(),
    details: jsonb('details').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.id] })],
);

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['county', 'township', 'village', 'clerk', 'observer'] }).notNull(),
    regionCode: text('region_code').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username), index('users_region_idx').on(t.regionCode)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha-256 of the cookie token: a stolen database does not yield live sessions */
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A round (届) for a county or a township. */
export const rounds = pgTable(
  'rounds',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code').notNull(),
    rulesetId: text('ruleset_id').notNull(),
    /** the elections each village holds, in order: [{ kind, seq }] (equal seq = held together) */
    electionPlan: jsonb('election_plan').notNull(),
    status: text('status', { enum: ['setup', 'active', 'closed'] })
      .notNull()
      .default('setup'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.id] }), index('rounds_region_idx').on(t.regionCode)],
);

/** A village taking part in a round, with its election day and where it stands. */
export const roundVillages = pgTable(
  'round_villages',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    included: boolean('included').notNull().default(true),
    electionDay: date('election_day', { mode: 'string' }),
    status: text('status', {
      enum: ['preparing', 'scheduled', 'postponed', 'voting', 'completed', 'failed', 'rerun'],
    })
      .notNull()
      .default('preparing'),
    postponedReason: text('postponed_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode] }),
    index('round_villages_village_idx').on(t.countyCode, t.villageCode),
  ],
);

/** The elections a village holds in a round, in the order the round sets (seed 003). */
export const elections = pgTable(
  'elections',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    kind: text('kind', {
      enum: [
        'party-org',
        'village-committee',
        'residents-committee',
        'representatives',
        'supervision',
        'coop',
      ],
    }).notNull(),
    seq: integer('seq').notNull(),
    status: text('status', { enum: ['planned', 'scheduled', 'held', 'failed', 'postponed'] })
      .notNull()
      .default('planned'),
    scheduledDate: date('scheduled_date', { mode: 'string' }),
    /** a re-run points at the attempt it replaces */
    attempt: integer('attempt').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('elections_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/**
 * The audit trail: one hash chain per county (county_code '000000' for actions above
 * county level). Append-only: a trigger refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    countyCode: text('county_code').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    regionCode: text('region_code'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.seq] }), index('audit_region_idx').on(t.regionCode)],
);

/** The head of each county's chain: its row lock serialises appends to that chain. */
export const auditHeads = pgTable('audit_heads', {
  countyCode: text('county_code').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** Small key/value facts about the installation (e.g. that the demo was loaded). */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().default(sql`now()`),
});
