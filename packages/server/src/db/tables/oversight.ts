/**
 * Township and county oversight (issue 7): the county's targets for the round's statistics, the risk
 * ledger (a 红/橙/绿 rating per village with its history, risk items, 信息直报员 daily reports),
 * complaints and petitions with their time limits, notifications to an office, the work the offices
 * record for the summary report (training sessions, publicity, meetings), the archive checklist and the
 * handover (交接, B-11). Statistics themselves are never stored: they are computed from person-level
 * data (voters, body_members, vote_rounds) every time.
 */
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

/**
 * A target the county sets for an indicator of the round (一肩挑 ≥ 90%, 交叉任职 ≥ 85%, …), in basis
 * points (9000 = 90.00%) so the comparison stays integer: met when 10000 × numerator ≥ target × denominator.
 */
export const statTargets = pgTable(
  'stat_targets',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    /** an indicator id of core's statistics (e.g. 'one-shoulder', 'cross-serving', 'women-share') */
    indicator: text('indicator').notNull(),
    targetBp: integer('target_bp').notNull(),
    setBy: text('set_by'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.indicator] })],
);

export const RISK_LEVELS = ['green', 'orange', 'red'] as const;

/** A village's risk rating now (红橙绿, seed 003 二(一)3); every change also goes to risk_rating_changes. */
export const riskRatings = pgTable(
  'risk_ratings',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    level: text('level', { enum: RISK_LEVELS }).notNull(),
    /** why, in Chinese: 宗族势力, 两委不和, 信访积案 … */
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    ratedOn: date('rated_on', { mode: 'string' }).notNull(),
    ratedBy: text('rated_by'),
    ratedByName: text('rated_by_name').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode] })],
);

/** The history of a village's rating (挂牌/销号): one row per change, never updated. */
export const riskRatingChanges = pgTable(
  'risk_rating_changes',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    fromLevel: text('from_level', { enum: RISK_LEVELS }),
    level: text('level', { enum: RISK_LEVELS }).notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    note: text('note'),
    ratedOn: date('rated_on', { mode: 'string' }).notNull(),
    ratedBy: text('rated_by'),
    ratedByName: text('rated_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('risk_rating_changes_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** A risk point (风险点) tracked until closed (销号): who owns it and by when. */
export const riskItems = pgTable(
  'risk_items',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    title: text('title').notNull(),
    /** clan, two-committees, petition-legacy, finance, vote-buying, low-turnout, security, other */
    category: text('category').notNull(),
    level: text('level', { enum: RISK_LEVELS }).notNull(),
    owner: text('owner').notNull(),
    measures: text('measures'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    closedNote: text('closed_note'),
    /** the complaint this risk came from, if any */
    complaintId: text('complaint_id'),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('risk_items_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** A 信息直报员's daily report (每日情况报告) from a village, sent from a phone. */
export const riskReports = pgTable(
  'risk_reports',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    reportDate: date('report_date', { mode: 'string' }).notNull(),
    reporterName: text('reporter_name').notNull(),
    reporterPhone: text('reporter_phone'),
    /** nothing to report (平安无事) or something happened */
    hasIssue: boolean('has_issue').notNull(),
    situation: text('situation').notNull(),
    /** the reporter's suggested rating, if they suggest one */
    suggestedLevel: text('suggested_level', { enum: RISK_LEVELS }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('risk_reports_village_idx').on(t.countyCode, t.roundId, t.villageCode, t.reportDate),
  ],
);

export const COMPLAINT_CATEGORIES = [
  'voter-list',
  'candidate',
  'vote-buying',
  'procedure',
  'result',
  'other',
] as const;
export const COMPLAINT_CHANNELS = ['visit', 'phone', 'letter', 'report-box', 'online', 'referral'] as const;
export const COMPLAINT_STATUSES = ['open', 'handling', 'replied', 'closed'] as const;

/**
 * A complaint, petition or report (申诉/信访/举报) about a village's election. `dueOn` is computed from
 * the category's time limit (voter-list objections B-3; others the county's limit, 15 days unless set)
 * when it is received; `escalatedAt` is set when it went overdue and was escalated to the office above.
 */
export const complaints = pgTable(
  'complaints',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** 信访编号 shown to people: 2020-0001 per county and round */
    serial: integer('serial').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    category: text('category', { enum: COMPLAINT_CATEGORIES }).notNull(),
    complainantName: text('complainant_name'),
    complainantPhone: text('complainant_phone'),
    anonymous: boolean('anonymous').notNull().default(false),
    summary: text('summary').notNull(),
    /** the user handling it, and the name shown */
    handlerId: text('handler_id'),
    handlerName: text('handler_name'),
    limitDays: integer('limit_days').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('open'),
    /** the office it was escalated to (a region code above the village) and when */
    escalatedTo: text('escalated_to'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true, mode: 'string' }),
    /** substantiated | unsubstantiated | partly | referred */
    outcome: text('outcome'),
    reply: text('reply'),
    repliedOn: date('replied_on', { mode: 'string' }),
    /** the risk item opened from it, if any */
    riskItemId: text('risk_item_id'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('complaints_round_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** A county's own time limit for a complaint category (others than voter-list objections). */
export const complaintLimits = pgTable(
  'complaint_limits',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    category: text('category', { enum: COMPLAINT_CATEGORIES }).notNull(),
    days: integer('days').notNull(),
    setBy: text('set_by'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.category] })],
);

/**
 * A notice to an office (a region code: the township or the county), e.g. a village turned 红 or a
 * complaint went overdue. Everyone whose region is `regionCode` sees it until one of them reads it.
 */
export const notifications = pgTable(
  'notifications',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    regionCode: text('region_code').notNull(),
    villageCode: text('village_code'),
    /** risk-red, complaint-overdue, complaint-escalated, handover-overdue … */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** the app path to open (e.g. /rounds/…/villages/…/risk) */
    link: text('link'),
    /** one notice per subject: a second overdue check does not notify twice */
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
    readBy: text('read_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('notifications_region_idx').on(t.regionCode, t.readAt),
    index('notifications_dedupe_idx').on(t.countyCode, t.dedupeKey),
  ],
);

export const WORK_KINDS = ['training', 'publicity', 'meeting', 'inspection', 'talk'] as const;

/**
 * Work an office records for the summary report's 主要做法 (training sessions and people trained,
 * publicity items, risk meetings, inspections, talks): counted, never typed into the report.
 */
export const workRecords = pgTable(
  'work_records',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    /** the township or county that did it, or a village */
    regionCode: text('region_code').notNull(),
    kind: text('kind', { enum: WORK_KINDS }).notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** sessions (期), items (份/条) or meetings (次) */
    quantity: integer('quantity').notNull().default(1),
    /** people or person-times reached (人/人次) */
    people: integer('people').notNull().default(0),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('work_records_round_idx').on(t.countyCode, t.roundId, t.regionCode),
  ],
);

/**
 * An archive item a village records by hand (ballots sealed, meeting minutes …); items the data
 * proves (a published list, a confirmed result) are computed, not stored.
 */
export const archiveItems = pgTable(
  'archive_items',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** a checklist item id of the archive checklist */
    item: text('item').notNull(),
    present: boolean('present').notNull(),
    /** 卷号/份数 or where it is kept */
    note: text('note'),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    recordedBy: text('recorded_by'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode, t.item] })],
);

/** One item of a handover checklist: done or not, with a note (the count of contracts, the seal's number…). */
export interface HandoverCheck {
  item: 'seal' | 'accounts' | 'assets' | 'contracts' | 'archives' | 'premises' | 'debts' | 'work';
  done: boolean;
  note?: string;
}

/**
 * The handover (工作移交) from the old committee to the new, within the rule set's days of the new
 * committee's formation (B-11), chaired by the election committee and supervised by the township.
 */
export const handovers = pgTable(
  'handovers',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** the day the new committee was formed (the confirmed result), from which the days run */
    formedOn: date('formed_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    checklist: jsonb('checklist').$type<HandoverCheck[]>().notNull(),
    outgoing: text('outgoing'),
    incoming: text('incoming'),
    witness: text('witness'),
    completedOn: date('completed_on', { mode: 'string' }),
    updatedBy: text('updated_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode] })],
);
