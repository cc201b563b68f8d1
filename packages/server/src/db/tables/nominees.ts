/**
 * Everyone who may end up on the ballot of a village's committee election: people nominated by
 * voters (D-1), self-nominees (D-8), and after the vote people elected without having stood
 * (另选他人, reviewed by D-9). One row per person and office.
 *
 * Two columns, two owners: `status` is the nomination's (ranked, put on the slate, withdrawn,
 * declined), `reviewStatus` the joint review's (联审). A formal candidate (正式候选人) is a nominee
 * with status 'selected' whose review passed (see `isFormalCandidate` in preparation/nominees.ts).
 */
import { date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/** 简历: what the one-page candidate introduction prints. */
export interface NomineeBio {
  education?: string;
  politicalStatus?: string;
  currentPost?: string;
  /** [{ from: 'YYYY-MM', to: 'YYYY-MM' | null, what }] */
  experience?: { from: string; to: string | null; what: string }[];
  /** 履职设想 the candidate gives at the meeting with villagers (D-3) */
  plans?: string;
  photoNote?: string;
}

export const nominees = pgTable(
  'nominees',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    electionId: text('election_id').notNull(),
    /** the seat plan's office id */
    office: text('office').notNull(),
    /** the person on the village's register (candidates must be registered voters, D-1) */
    voterId: text('voter_id').notNull(),
    name: text('name').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    source: text('source', { enum: ['nomination', 'self-nomination', 'elected-write-in'] }).notNull(),
    /** votes on the nomination ballots (direct nomination), null for self-nominees */
    nominationVotes: integer('nomination_votes'),
    /** place in the office's ranking by nomination votes, 1 = most */
    rank: integer('rank'),
    status: text('status', { enum: ['nominated', 'selected', 'not-selected', 'withdrawn', 'declined'] })
      .notNull()
      .default('nominated'),
    /** self-nomination: the day it was handed in (checked against E−10, B-4/D-8) */
    appliedOn: date('applied_on', { mode: 'string' }),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawnReason: text('withdrawn_reason'),
    /** a back-filled nominee (B-5) names the one whose place it took */
    replacesId: text('replaces_id'),
    reviewStatus: text('review_status', { enum: ['pending', 'passed', 'failed'] })
      .notNull()
      .default('pending'),
    bio: jsonb('bio').$type<NomineeBio>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('nominees_election_idx').on(t.countyCode, t.electionId),
    index('nominees_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);
