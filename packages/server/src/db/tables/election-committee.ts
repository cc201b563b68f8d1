/**
 * The village election committee (村民选举委员会, 选委会, issue 5 item 2): the meeting that chose it
 * (C2-1), everyone it chose in the order of the result, members and alternates (候补), so a vacancy is
 * filled from the original selection (递补, C2-3); withdrawals with their date, reason and rule
 * (C2-2, C2-6); and each publication of the list (公告, C2-4).
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
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/** The bodies that may choose the committee (C2-1): 村民会议, 村民代表会议, or each 村民小组会议. */
export const SELECTION_BODIES = ['villagers-meeting', 'representatives-meeting', 'group-meetings'] as const;
export type SelectionBody = (typeof SELECTION_BODIES)[number];

/** A selection meeting: the original one, or a later 另行推选 that adds people to the end of the order. */
export const electionCommitteeMeetings = pgTable(
  'election_committee_meetings',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    kind: text('kind', { enum: ['original', 'reselection'] }).notNull(),
    body: text('body', { enum: SELECTION_BODIES }).notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** 会议记录 number or where the minutes are kept */
    minutesRef: text('minutes_ref'),
    /** the decisions row (issue 4) recording a 村民会议 / 村民代表会议; null for 村民小组会议 */
    decisionId: text('decision_id'),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('election_committee_meetings_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** One person of a selection result; `seq` is the place in the village's whole order (1 = first). */
export const electionCommitteeMembers = pgTable(
  'election_committee_members',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    meetingId: text('meeting_id').notNull(),
    voterId: text('voter_id').notNull(),
    name: text('name').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    seq: integer('seq').notNull(),
    /** 推选得票, when the meeting counted votes */
    votes: integer('votes'),
    /** 主任 (C2-1) */
    chair: boolean('chair').notNull().default(false),
    /** serving: on the committee; alternate: chosen, not seated (候补); withdrawn: left it */
    status: text('status', { enum: ['serving', 'alternate', 'withdrawn'] }).notNull(),
    /** the day the person took a seat: the meeting's day, or the day of the 递补 */
    seatedOn: date('seated_on', { mode: 'string' }),
    /** the withdrawn member whose seat this person took (递补, C2-3) */
    replacesId: text('replaces_id'),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawalKind: text('withdrawal_kind', { enum: ['recusal', 'resigned', 'other'] }),
    withdrawnReason: text('withdrawn_reason'),
    /** law-rules ID(s) behind a recusal (C2-2, C2-6) */
    withdrawalRule: text('withdrawal_rule'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    uniqueIndex('election_committee_members_voter_uq').on(t.countyCode, t.roundId, t.villageCode, t.voterId),
    index('election_committee_members_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** What a publication printed: the serving members in order, 主任 first. */
export interface PublishedMember {
  name: string;
  sex: 'M' | 'F';
  chair: boolean;
}

/** Each publication of the committee's list (公告; published and filed with the township, C2-4). */
export const electionCommitteePublications = pgTable(
  'election_committee_publications',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    members: jsonb('members').$type<PublishedMember[]>().notNull(),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('election_committee_publications_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);
