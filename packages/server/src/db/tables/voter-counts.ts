/**
 * How many people each village's register holds in a round (every row of `voters`, whatever
 * its status): the voter list's 共 N 人 without counting the village on every page. Kept exact
 * by statement triggers on `voters` (migration 0014_voter_counts), in the same transaction as
 * the change, so imports, edits and removals need not know about it.
 */
import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const voterCounts = pgTable(
  'voter_counts',
  {
    countyCode: text('county_code').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    voters: integer('voters').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.roundId, t.villageCode] })],
);
