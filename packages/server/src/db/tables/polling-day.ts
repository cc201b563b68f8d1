/**
 * Polling day and the count (issue 6): each vote an election holds (the first vote, a tie revote, a
 * runoff 另行选举, a recall vote, a by-election 补选), the ballots issued at check-in (一证一票, E-11),
 * the ballots entered as they are read aloud (唱票), the paper tally sheets (计票统计表), each box's
 * count status, the result the engine computed and the township's confirmation, recall requests with
 * their signatures. The members a confirmed result seats are in village-bodies.ts.
 */
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './common.js';

/** An office being voted on in one vote, in the scenario format's shape (seats still to fill). */
export interface VoteOffice {
  id: string;
  title: string;
  seats: number;
  rank: number;
  womenOnly?: boolean;
}

/** A person printed on this vote's ballot (candidate, self-nominee, tied person, runoff candidate). */
export interface VoteCandidate {
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  office: string;
}

/** Someone elected in an earlier vote of the same election (scenario `electedBefore`). */
export interface VoteElectedBefore {
  voterId: string;
  office: string;
  rank: number;
}

export const VOTE_KINDS = ['first', 'tie-revote', 'kin-revote', 'runoff', 'by-election', 'recall'] as const;
export const VOTE_STATUSES = ['polling', 'counting', 'counted', 'reported', 'confirmed'] as const;

/**
 * One vote of an election. `kind` says why it is held; `tallyRound` is what the engine counts it as
 * (a first vote is 'first'; a revote, runoff or by-election 'runoff': most votes with at least a third,
 * F-4, F-5, H-6). Status: polling (check-in open) → counting (boxes being entered) → counted (the
 * engine's result stored) → reported (sent to the township) → confirmed (locked; a change needs a
 * reason and reopens it, both in the audit log).
 */
export const voteRounds = pgTable(
  'vote_rounds',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    /** the elections row (village-committee / residents-committee) */
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** 1 for the first vote, then 2, 3 … in the order they were opened */
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: VOTE_KINDS }).notNull(),
    tallyRound: text('tally_round', { enum: ['first', 'runoff'] }).notNull(),
    /** the vote this one follows (a revote or runoff points at the vote whose result created it) */
    parentId: text('parent_id'),
    /** recall votes: the recall request voted on */
    recallRequestId: text('recall_request_id'),
    /** by-elections: the meeting that holds it (村民会议 or 村民代表会议, H-6, H-7) */
    byElectionMeeting: text('by_election_meeting', {
      enum: ['villagers-meeting', 'representatives-meeting'],
    }),
    pollingDate: date('polling_date', { mode: 'string' }).notNull(),
    /** the offices and seats this vote fills (empty for a recall) */
    offices: jsonb('offices').$type<VoteOffice[]>().notNull(),
    /** the people on the ballot, in print order (姓氏笔画) */
    candidates: jsonb('candidates').$type<VoteCandidate[]>().notNull(),
    electedBefore: jsonb('elected_before').$type<VoteElectedBefore[]>().notNull(),
    /** people on the published voter list when the vote opened (登记参加选举的村民) */
    registered: integer('registered').notNull(),
    /** how boxes are counted: ballot by ballot (唱票录入) or from paper tally sheets (计票统计表) */
    countMode: text('count_mode', { enum: ['ballots', 'sheets'] })
      .notNull()
      .default('ballots'),
    status: text('status', { enum: VOTE_STATUSES }).notNull().default('polling'),
    /** the engine's huanjie-result/1 and its reasons, once counted */
    result: jsonb('result'),
    reasons: jsonb('reasons'),
    /**
     * The result exactly as `huanjie tally` prints it for `scenarioJson` (jsonb keeps neither key order
     * nor spacing, and a result's `votes` are ordered most first), and the scenario it was counted from
     * (the `scenario.json` download), both set together with `result`.
     */
    resultJson: text('result_json'),
    scenarioJson: text('scenario_json'),
    countedAt: timestamp('counted_at', { withTimezone: true, mode: 'string' }),
    countedBy: text('counted_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'string' }),
    reportedBy: text('reported_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'string' }),
    confirmedBy: text('confirmed_by'),
    confirmedByName: text('confirmed_by_name'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    // two openings at the same instant cannot both take the same number
    uniqueIndex('vote_rounds_election_seq_idx').on(t.countyCode, t.electionId, t.seq),
    index('vote_rounds_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/**
 * A ballot issued at check-in (发票登记, E-11, G-2..G-5). The primary key is the rule 一证一票: one row
 * per voter per vote, whichever station or mobile box issued it, so two clerks clicking at the same
 * instant cannot both issue. `voterId` is the person counted as voted (a proxy ballot counts its
 * principal, G-10); `trusteeVoterId` is who took it for them.
 */
export const ballotIssues = pgTable(
  'ballot_issues',
  {
    countyCode: text('county_code').notNull(),
    voteRoundId: text('vote_round_id').notNull(),
    voterId: text('voter_id').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    placeId: text('place_id').notNull(),
    via: text('via', { enum: ['in-person', 'proxy', 'mobile'] }).notNull(),
    /** proxy ballots: the trustee and the approved proxy */
    trusteeVoterId: text('trustee_voter_id'),
    proxyId: text('proxy_id'),
    /** how the voter was found: the card's QR code, or a search by name / ID number */
    foundBy: text('found_by', { enum: ['card', 'search'] }).notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedByName: text('issued_by_name').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.voteRoundId, t.voterId] }),
    index('ballot_issues_place_idx').on(t.countyCode, t.voteRoundId, t.placeId),
    index('ballot_issues_trustee_idx').on(t.countyCode, t.voteRoundId, t.trusteeVoterId),
  ],
);

/**
 * One ballot as read aloud and entered (唱票录入), or the undo of an earlier one. Append-only (a
 * trigger refuses UPDATE and DELETE): the ledger of who entered what and when. `entrySet` 1 is the
 * first clerk's entry of the box, 2 the optional second clerk's; `seq` is the clerk's own action
 * number in that box (from 1), sent by the client so a retried request cannot count a ballot twice.
 * `marks` maps an office id to voter ids (candidates or written-in voters); a recall ballot sets
 * `recall`. An undo row carries `undoes` (the seq it cancels) and no ballot.
 */
export const countEntries = pgTable(
  'count_entries',
  {
    countyCode: text('county_code').notNull(),
    voteRoundId: text('vote_round_id').notNull(),
    placeId: text('place_id').notNull(),
    entrySet: smallint('entry_set').notNull(),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['ballot', 'undo'] }).notNull(),
    void: boolean('void').notNull().default(false),
    marks: jsonb('marks').$type<Record<string, string[]>>(),
    recall: text('recall', { enum: ['yes', 'no'] }),
    undoes: integer('undoes'),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.voteRoundId, t.placeId, t.entrySet, t.seq] })],
);

/** Votes per person on a tally sheet: office id → voter id → votes. */
export type SheetVotes = Record<string, Record<string, number>>;

/**
 * A box's paper tally sheet (计票统计表) as entered by one clerk (`entrySet` 1 or 2). Both entries must
 * agree before the box counts; a correction before the result is an update (audited).
 */
export const countSheets = pgTable(
  'count_sheets',
  {
    countyCode: text('county_code').notNull(),
    voteRoundId: text('vote_round_id').notNull(),
    placeId: text('place_id').notNull(),
    entrySet: smallint('entry_set').notNull(),
    /** ballots taken out of the box, void ones included */
    collected: integer('collected').notNull(),
    /** whole ballots ruled void (E-7) */
    voidBallots: integer('void_ballots').notNull(),
    /** recall sheets: yes / no */
    recallYes: integer('recall_yes'),
    recallNo: integer('recall_no'),
    votes: jsonb('votes').$type<SheetVotes>().notNull(),
    enteredBy: text('entered_by').notNull(),
    enteredByName: text('entered_by_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.voteRoundId, t.placeId, t.entrySet] })],
);

/**
 * Each box's count: who enters it (the clerks of set 1 and 2), when each entry was closed, whether a
 * second entry is required, and the comparison's outcome. The result waits until every box that
 * issued ballots is closed and agrees.
 */
export const countBoxes = pgTable(
  'count_boxes',
  {
    countyCode: text('county_code').notNull(),
    voteRoundId: text('vote_round_id').notNull(),
    placeId: text('place_id').notNull(),
    /** clerk user ids per entry set (null: anyone with the role) */
    clerk1: text('clerk1'),
    clerk2: text('clerk2'),
    closed1At: timestamp('closed1_at', { withTimezone: true, mode: 'string' }),
    closed2At: timestamp('closed2_at', { withTimezone: true, mode: 'string' }),
    /** whether this box needs a second, independent entry before it counts */
    doubleEntry: boolean('double_entry').notNull().default(false),
    /** 'pending' until compared; 'agree'; 'differ' blocks the result until resolved */
    comparison: text('comparison', { enum: ['pending', 'agree', 'differ'] })
      .notNull()
      .default('pending'),
    /** where the two entries first differ, in Chinese, for the clerks */
    difference: text('difference'),
    /** the entry set the committee accepted after re-reading a differing box */
    acceptedSet: smallint('accepted_set'),
    resolvedNote: text('resolved_note'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.voteRoundId, t.placeId] })],
);

/**
 * A recall request (罢免要求, H-1): the member, the reasons, the member's reply, and the signatures of
 * voters (or village representatives) checked against the threshold; the vote it leads to.
 */
export const recallRequests = pgTable(
  'recall_requests',
  {
    countyCode: text('county_code').notNull(),
    id: text('id').notNull(),
    electionId: text('election_id').notNull(),
    roundId: text('round_id').notNull(),
    villageCode: text('village_code').notNull(),
    /** the member whose recall is asked */
    memberVoterId: text('member_voter_id').notNull(),
    memberOffice: text('member_office').notNull(),
    reasons: text('reasons').notNull(),
    /** 申辩意见 */
    reply: text('reply'),
    signedBy: text('signed_by', { enum: ['voters', 'representatives'] }).notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    status: text('status', {
      enum: ['collecting', 'accepted', 'refused', 'voting', 'passed', 'failed', 'withdrawn'],
    })
      .notNull()
      .default('collecting'),
    statusNote: text('status_note'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.countyCode, t.id] }),
    index('recall_requests_village_idx').on(t.countyCode, t.roundId, t.villageCode),
  ],
);

/** One signature on a recall request: a voter of the village (or a representative). */
export const recallSignatures = pgTable(
  'recall_signatures',
  {
    countyCode: text('county_code').notNull(),
    requestId: text('request_id').notNull(),
    voterId: text('voter_id').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.requestId, t.voterId] })],
);
