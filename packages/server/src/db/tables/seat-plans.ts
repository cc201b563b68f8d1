/**
 * The seat plan (职数方案) of a village's committee election: its offices and seats, the
 * nomination mode, the 一肩挑 intent, and the township's approval (issue 5 item 3).
 * Offices use the scenario format's shape (`huanjie-scenario/1` offices), so the count on polling
 * day can be built from the plan without translation.
 */
import { boolean, date, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/** One office of the plan, as in a scenario file: chair 主任, vice 副主任, women 妇女委员, member 委员. */
export interface PlannedOffice {
  id: 'chair' | 'vice' | 'women' | 'member';
  title: string;
  seats: number;
  /** 1 chair, 2 vice-chair, 3 member (tally-spec §5) */
  rank: 1 | 2 | 3;
  womenOnly?: boolean;
}

export const seatPlans = pgTable(
  'seat_plans',
  {
    countyCode: text('county_code').notNull(),
    /** the elections row (kind village-committee or residents-committee) this plan is for */
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    offices: jsonb('offices').$type<PlannedOffice[]>().notNull(),
    /** how candidates are found: 'direct' nomination by voters (D-1) or 'self' nomination (自荐直选, D-8) */
    nominationMode: text('nomination_mode', { enum: ['direct', 'self'] }).notNull(),
    /** the Party secretary is meant to stand for 主任 too (一肩挑), so the wider kin bar applies */
    oneShoulderIntent: boolean('one_shoulder_intent').notNull().default(false),
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'returned'] })
      .notNull()
      .default('draft'),
    /** the township's note when it returns the plan */
    reviewNote: text('review_note'),
    decidedOn: date('decided_on', { mode: 'string' }),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    approvedBy: text('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.electionId] }),
    index('seat_plans_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);
