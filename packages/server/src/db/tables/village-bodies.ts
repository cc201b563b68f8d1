/**
 * The people holding office in a village's bodies (村级组织班子): members of each body an election
 * fills (the villagers' committee, seated by the township's confirmation of its result; the Party
 * organization, the supervision committee and the co-operative, recorded by hand), and the village
 * posts that matter for who may sit on the supervision committee (村文书, 报账员, 财务人员: J2-3).
 */
import { date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/**
 * The members a confirmed result seats, per election (the village committee, and later the Party
 * organization, supervision committee and co-operative): who, which office, from which vote, and when
 * and why they left (recalled, resigned, terminated: H-2..H-5), so a vacancy can be by-elected.
 */
export const bodyMembers = pgTable(
  'body_members',
  {
    countyCode: text('county_code').notNull(),
    electionId: text('election_id').notNull(),
    voterId: text('voter_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    office: text('office').notNull(),
    officeTitle: text('office_title').notNull(),
    rank: integer('rank').notNull(),
    /** the vote that elected them */
    voteRoundId: text('vote_round_id'),
    votes: integer('votes'),
    /** how the membership was recorded: seated from a confirmed result, or entered by hand */
    source: text('source', { enum: ['result', 'manual'] })
      .notNull()
      .default('result'),
    since: date('since', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['serving', 'recalled', 'resigned', 'terminated'] })
      .notNull()
      .default('serving'),
    endedOn: date('ended_on', { mode: 'string' }),
    endedReason: text('ended_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.electionId, t.voterId] }),
    index('body_members_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** A village post held by a person of the register (J2-3's exclusions), per round. */
export const villagePosts = pgTable(
  'village_posts',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    voterId: text('voter_id').notNull(),
    post: text('post', {
      enum: ['clerk', 'bookkeeper', 'finance-staff', 'collective-economy-manager'],
    }).notNull(),
    since: date('since', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode, t.voterId, t.post] })],
);
