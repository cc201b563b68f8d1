/**
 * Nomination (提名, issue 5 item 4). In a direct nomination (D-1) every voter hands in one nomination
 * ballot (提名票) naming people per office; each ballot is kept as written with what counted and what
 * did not and why (D-4). The count (D-5) and the margin the election committee fixes per office (D-6)
 * are kept per election; the people it names become `nominees` rows.
 */
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/** One name on a nomination ballot: a person on the register, for one office of the seat plan. */
export interface BallotEntry {
  office: string;
  voterId: string;
  name: string;
}

/** A name that does not count, with the rule and the reason (e.g. the same person for two offices, D-4). */
export interface RejectedEntry extends BallotEntry {
  rule: string;
  reason: string;
}

export const nominationBallots = pgTable(
  'nomination_ballots',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    electionId: text('election_id').notNull(),
    /** the 提名票's printed number, when it has one */
    serial: text('serial'),
    /** the voter who filled it in (one ballot per voter, on the published list) */
    voterId: text('voter_id').notNull(),
    entries: jsonb('entries').$type<BallotEntry[]>().notNull(),
    counted: jsonb('counted').$type<BallotEntry[]>().notNull(),
    rejected: jsonb('rejected').$type<RejectedEntry[]>().notNull(),
    /** a whole ballot that counts for no one (e.g. more names than seats, D-4): the voter still took part */
    voidRule: text('void_rule'),
    voidReason: text('void_reason'),
    castOn: date('cast_on', { mode: 'string' }).notNull(),
    enteredBy: text('entered_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    uniqueIndex('nomination_ballots_voter_uq').on(t.countyCode, t.electionId, t.voterId),
    uniqueIndex('nomination_ballots_serial_uq')
      .on(t.countyCode, t.electionId, t.serial)
      .where(sql`${t.serial} is not null`),
    index('nomination_ballots_election_idx').on(t.countyCode, t.electionId),
  ],
);

/** The count of a direct nomination and the margin per office; one row per election. */
export const nominationCounts = pgTable(
  'nomination_counts',
  {
    countyCode: text('county_code').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /**
     * Formal candidates beyond the seats, per office id, as the election committee fixed them within
     * the rule set's range (D-6; e.g. Shanghai 委员 +1..3). An office not named takes the range's minimum.
     */
    margins: jsonb('margins').$type<Record<string, number>>().notNull().default({}),
    /** voters on the published list, and ballots handed in, at the count (D-5: 2 × ballots > voters) */
    voterCount: integer('voter_count'),
    ballotCount: integer('ballot_count'),
    countedOn: date('counted_on', { mode: 'string' }),
    countedBy: text('counted_by'),
    /** the self-nominee list (自荐人名单, B-6) as published: its day */
    selfListPublishedOn: date('self_list_published_on', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.electionId] }),
    index('nomination_counts_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/**
 * A relation derived from the household register that the election committee found wrong (e.g. a
 * 孙子 who is the child of another son): recomputing from the register leaves it out. Kinship itself
 * lives in `voter_relations` (source 'register' or 'manual').
 */
export const voterRelationExclusions = pgTable(
  'voter_relation_exclusions',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    voterId: text('voter_id').notNull(),
    relatedVoterId: text('related_voter_id').notNull(),
    kind: text('kind', {
      enum: ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'],
    }).notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.roundId, t.voterId, t.relatedVoterId] }),
    index('voter_relation_exclusions_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);
