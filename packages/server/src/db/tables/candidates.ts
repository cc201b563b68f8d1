/**
 * The candidate list (正式候选人名单, issue 5 item 7): its publications (B-4, dated and checked against
 * the calendar) and the candidates' meetings with villagers (D-3).
 */
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt } from './common.js';

/** A name as it stood on a published list. */
export interface PublishedCandidate {
  nomineeId: string;
  office: string;
  officeTitle: string;
  name: string;
}

/** One publication of a village's formal candidate list; a later one (after a back-fill, B-5) gets the next version. */
export const candidateListPublications = pgTable(
  'candidate_list_publications',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    electionId: text('election_id').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    /** the calendar's last day (E−5 under zhejiang-2020); null when the rule set sets none */
    dueOn: date('due_on', { mode: 'string' }),
    late: boolean('late').notNull(),
    /** the law-rules IDs of the deadline */
    rule: text('rule').notNull(),
    version: integer('version').notNull(),
    /** the list as published, in print order */
    candidates: jsonb('candidates').$type<PublishedCandidate[]>().notNull(),
    publishedBy: text('published_by'),
    publishedByName: text('published_by_name'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('candidate_list_publications_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** 候选人与村民见面会 (D-3): when, where, how many came, what was asked. */
export const candidateMeetings = pgTable(
  'candidate_meetings',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    electionId: text('election_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    /** villagers present */
    attendance: integer('attendance').notNull(),
    /** the candidates who attended and spoke (nominee ids) */
    candidateIds: jsonb('candidate_ids').$type<string[]>().notNull().default([]),
    notes: text('notes'),
    recordedBy: text('recorded_by'),
    recordedByName: text('recorded_by_name'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('candidate_meetings_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);
