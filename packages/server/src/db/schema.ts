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
    /** the round before this one for the same villages (上届): statistics compare against it */
    previousRoundId: text('previous_round_id'),
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

/* ───────────────────────── Voter registration (issue 4) ───────────────────────── */

/** One person on one village's register in one round (选民登记). */
export const voters = pgTable(
  'voters',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** null until the list is published; numbered in the list's order */
    voterNo: integer('voter_no'),
    /** null for people without a 公民身份号码 */
    idNumber: text('id_number'),
    name: text('name').notNull(),
    /** pinyin initials of the name (e.g. 张三 → zs), stored so the list can be searched by them */
    nameInitials: text('name_initials').notNull().default(''),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    householdNo: text('household_no').notNull(),
    relationToHead: text('relation_to_head'),
    groupName: text('group_name').notNull(),
    hukouInVillage: boolean('hukou_in_village').notNull(),
    livesInVillage: boolean('lives_in_village').notNull(),
    awayTo: text('away_to'),
    phone: text('phone'),
    ethnicity: text('ethnicity'),
    politicalStatus: text('political_status'),
    education: text('education'),
    note: text('note'),
    yearsInVillage: integer('years_in_village'),
    villageWorkYears: integer('village_work_years'),
    /** category (2): the person's declaration that they take part here */
    declaredOn: date('declared_on', { mode: 'string' }),
    /** category (3): the person's application */
    appliedOn: date('applied_on', { mode: 'string' }),
    /** category (3): the 村民会议/代表会议 decision approving it → decisions.id */
    approvalDecisionId: text('approval_decision_id'),
    deprivedOfPoliticalRights: boolean('deprived_of_political_rights').notNull().default(false),
    lostCapacity: boolean('lost_capacity').notNull().default(false),
    unreachable: boolean('unreachable').notNull().default(false),
    /** a province's A-6 category, if any */
    extraCategory: text('extra_category'),
    eligibility: text('eligibility', { enum: ['eligible', 'ineligible'] }).notNull(),
    category: text('category'),
    /** [{ rule, reason }] */
    ineligibleReasons: jsonb('ineligible_reasons').notNull().default([]),
    listStatus: text('list_status', { enum: ['pending', 'listed', 'added', 'removed'] })
      .notNull()
      .default('pending'),
    removedReason: text('removed_reason'),
    removedOn: date('removed_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    uniqueIndex('voters_round_village_idnumber_uq')
      .on(t.countyCode, t.roundId, t.villageCode, t.idNumber)
      .where(sql`${t.idNumber} is not null`),
    // A-3 (registered twice) looks at live rows only, across counties; with the round and village
    // in the index the county-wide check groups by id_number reading the index alone
    index('voters_live_id_number_idx')
      .on(t.idNumber, t.countyCode, t.roundId, t.villageCode)
      .where(sql`${t.listStatus} <> 'removed' and ${t.idNumber} is not null`),
    // the list's order (registration/queries.ts), so a page is read in order instead of sorting
    // the village; asc is nulls last, as the list orders voter_no
    index('voters_list_order_idx').on(
      t.countyCode,
      t.roundId,
      t.villageCode,
      t.groupName,
      t.voterNo.asc().nullsLast(),
      t.nameInitials,
      t.name,
      t.id,
    ),
    // name search: the characters of the name (trigrams need 3 characters; names and searches are 1-3)
    // (their pending list's limit is a connection setting: db/gin-pending.ts)
    index('voters_name_chars_idx').using('gin', sql`string_to_array(${t.name}, null)`),
    // ID-digit search (any part of the number): pg_trgm, created by the migration
    index('voters_id_number_trgm_idx').using('gin', t.idNumber.op('gin_trgm_ops')),
  ],
);

/** A recorded 村民会议/村民代表会议 (or election committee) decision. */
export const decisions = pgTable(
  'decisions',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    body: text('body', {
      enum: ['villagers-meeting', 'representatives-meeting', 'election-committee'],
    }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    minutesRef: text('minutes_ref'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('decisions_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** An import of the household register (progress is polled by the web app). */
export const voterImports = pgTable(
  'voter_imports',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: ['running', 'committed', 'failed'] })
      .notNull()
      .default('running'),
    /** while running: the rows the file is expected to hold (from the sheet's size); then the rows read */
    rowsTotal: integer('rows_total').notNull().default(0),
    /** data rows read and checked so far */
    rowsRead: integer('rows_read').notNull().default(0),
    /** what the import is doing, for the progress bar: reading (and staging), committing, checking, done */
    phase: text('phase', { enum: ['reading', 'committing', 'checking', 'done'] })
      .notNull()
      .default('reading'),
    /** 0–100 over the whole import, commit and A-3 check included */
    progress: integer('progress').notNull().default(0),
    imported: integer('imported').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** [{ row, reasons: string[] }] */
    rejections: jsonb('rejections').notNull().default([]),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    /** written with every progress report: a running job not written for long was abandoned (its process stopped) */
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('voter_imports_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/**
 * An import's checked rows, staged in chunks while the file is read (outside any long
 * transaction), then merged into voters by one short set-based transaction that deletes them.
 * Eligibility and the audit diff are worked out when staging; `base_updated_at` lets the merge
 * find people changed since, and work those rows out again. UNLOGGED (set by the migration,
 * drizzle has no word for it): no WAL for rows that live a few seconds.
 */
export const voterImportRows = pgTable(
  'voter_import_rows',
  {
    countyCode: text('county_code').notNull(),
    importId: text('import_id').notNull(),
    rowNo: integer('row_no').notNull(),
    /** the person on the register this row updates, or the id a new person will get */
    voterId: text('voter_id').notNull(),
    /** new: not on the register; changed: on it and this row changes them; same: on it, unchanged */
    kind: text('kind', { enum: ['new', 'changed', 'same'] }).notNull(),
    /** the person's updated_at when the row was staged (null for new people) */
    baseUpdatedAt: timestamp('base_updated_at', { withTimezone: true, mode: 'string' }),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    idNumber: text('id_number'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    householdNo: text('household_no').notNull(),
    relationToHead: text('relation_to_head'),
    groupName: text('group_name').notNull(),
    hukouInVillage: boolean('hukou_in_village').notNull(),
    livesInVillage: boolean('lives_in_village').notNull(),
    awayTo: text('away_to'),
    phone: text('phone'),
    ethnicity: text('ethnicity'),
    politicalStatus: text('political_status'),
    education: text('education'),
    note: text('note'),
    eligibility: text('eligibility', { enum: ['eligible', 'ineligible'] }).notNull(),
    category: text('category'),
    ineligibleReasons: jsonb('ineligible_reasons').notNull(),
    /** changed rows: the fields that change, before and after (the import's audit entry lists them) */
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.importId, t.rowNo] })],
);

/** A publication of a village's voter list (选民榜). */
export const listPublications = pgTable(
  'list_publications',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    late: boolean('late').notNull(),
    /** the law-rules ID of the publication deadline */
    rule: text('rule').notNull(),
    version: integer('version').notNull(),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('list_publications_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** 补登/除名 after publication. */
export const listChanges = pgTable(
  'list_changes',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    voterId: text('voter_id').notNull(),
    kind: text('kind', { enum: ['add', 'remove'] }).notNull(),
    reason: text('reason').notNull(),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    objectionId: text('objection_id'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('list_changes_village_idx').on(t.countyCode, t.roundId, t.villageCode),
    index('list_changes_voter_idx').on(t.countyCode, t.voterId),
  ],
);

/** 申诉 against the published list. */
export const objections = pgTable(
  'objections',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    filerName: text('filer_name').notNull(),
    filerVoterId: text('filer_voter_id'),
    subjectVoterId: text('subject_voter_id'),
    subjectName: text('subject_name').notNull(),
    subjectIdNumber: text('subject_id_number'),
    claim: text('claim', { enum: ['add', 'remove', 'correct'] }).notNull(),
    content: text('content').notNull(),
    accepted: boolean('accepted').notNull(),
    refusedReason: text('refused_reason'),
    dueDecisionOn: date('due_decision_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    decision: text('decision', { enum: ['upheld', 'rejected'] }),
    decisionNote: text('decision_note'),
    publishedOn: date('published_on', { mode: 'string' }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('objections_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** 委托投票. */
export const proxies = pgTable(
  'proxies',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    principalVoterId: text('principal_voter_id').notNull(),
    trusteeVoterId: text('trustee_voter_id').notNull(),
    relation: text('relation').notNull(),
    reason: text('reason').notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['pending', 'approved', 'refused'] })
      .notNull()
      .default('pending'),
    /** [{ rule, reason }] */
    problems: jsonb('problems').notNull().default([]),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: text('decided_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('proxies_village_idx').on(t.countyCode, t.roundId, t.villageCode),
    index('proxies_trustee_idx').on(t.countyCode, t.trusteeVoterId),
  ],
);

/** 村民代表. */
export const representatives = pgTable(
  'representatives',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    voterId: text('voter_id').notNull(),
    unitKind: text('unit_kind', { enum: ['households', 'group'] }).notNull(),
    unitLabel: text('unit_label').notNull(),
    householdNos: text('household_nos').array().notNull().default(sql`'{}'::text[]`),
    chosenOn: date('chosen_on', { mode: 'string' }),
    votes: integer('votes'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('representatives_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** Kinship between voters of one village (from the register, or added by hand). */
export const voterRelations = pgTable(
  'voter_relations',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    voterId: text('voter_id').notNull(),
    relatedVoterId: text('related_voter_id').notNull(),
    kind: text('kind', {
      enum: ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'],
    }).notNull(),
    source: text('source', { enum: ['register', 'manual'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.voterId, t.relatedVoterId, t.kind] }),
    index('voter_relations_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

export * from './tables/candidates.js';
export * from './tables/election-committee.js';
export * from './tables/nomination.js';
// Issue 5 (before polling day): one file per area under ./tables, all part of this one schema.
export * from './tables/nominees.js';
export * from './tables/oversight.js';
export * from './tables/polling.js';
export * from './tables/polling-day.js';
export * from './tables/review.js';
export * from './tables/schedule.js';
export * from './tables/seat-plans.js';
export * from './tables/village-bodies.js';
export * from './tables/voter-counts.js';
