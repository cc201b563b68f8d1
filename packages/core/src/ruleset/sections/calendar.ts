// Statutory deadlines counted from election day or from an event (law-rules §(b), B-1..B-16).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, nonNegativeIntSchema, positiveIntSchema } from './common.js';

/**
 * How "选举日的N日前" is read (C-4): `on-or-before` means action_date <= E − N;
 * `strictly-before` means action_date < E − N. Kept as data because C-4 is an interpretation.
 */
export const ELECTION_DAY_BOUNDARIES = ['on-or-before', 'strictly-before'] as const;
export type ElectionDayBoundary = (typeof ELECTION_DAY_BOUNDARIES)[number];

/** A candidate's withdrawal: N days before election day (Zhejiang) or within N days after the list (Henan). */
export type WithdrawalDeadline =
  | { readonly anchor: 'election-day'; readonly days: number }
  | { readonly anchor: 'candidate-list'; readonly days: number };

/** Whether an objection filed after the window is refused by the text itself (Henan) or the text is silent. */
export type LateObjections = 'refused' | 'not-stated';

/** Every `null` below means the rule set's texts set no such deadline. */
export interface CalendarParams {
  readonly beforeElectionBoundary: Cited<ElectionDayBoundary>;
  readonly voterListDaysBefore: Cited<number>;
  /** Days after publication, the publication day not counted (C-3). */
  readonly objectionWindowDays: Cited<number>;
  /** Days after receiving an objection, the receiving day not counted (C-3). */
  readonly objectionDecisionDays: Cited<number>;
  readonly lateObjections: Cited<LateObjections>;
  readonly candidateListDaysBefore: Cited<number | null>;
  readonly selfNominationDaysBefore: Cited<number | null>;
  readonly selfNomineeListDaysBefore: Cited<number | null>;
  readonly withdrawal: Cited<WithdrawalDeadline | null>;
  readonly pollingPlanDaysBefore: Cited<number | null>;
  /** 0: on the spot, on election day; 1: election day or the next day. */
  readonly resultsPublishWithinDays: Cited<number>;
  /** Days after election day for the 另行选举; election day itself is allowed. */
  readonly runoffWithinDays: Cited<number | null>;
  /** Days after the new committee is formed. */
  readonly handoverWithinDays: Cited<number>;
  readonly villagersMeetingNoticeDays: Cited<number>;
  /** The departure audit's results are published before election day (a checklist gate). */
  readonly departureAuditBeforeElection: Cited<boolean>;
  /**
   * Days to handle a complaint, petition or report (申诉/信访/举报) other than an objection to the voter
   * list (those take `objectionDecisionDays`, B-3), counted from the day it is received, that day not
   * counted (C-3). A county may set its own days per category. Not in law-rules: seed 000 names a
   * 15-day processing limit and the general 信访 rules use 15 days (unverified).
   */
  readonly complaintDefaultDays: Cited<number>;
}

const withdrawalSchema = z.discriminatedUnion(
  'anchor',
  [
    z.strictObject({ anchor: z.literal('election-day'), days: positiveIntSchema }),
    z.strictObject({ anchor: z.literal('candidate-list'), days: positiveIntSchema }),
  ],
  { error: '退出期限（withdrawal.anchor）只能是 election-day 或 candidate-list' },
);

export const calendarSchema: z.ZodType<CalendarParams> = z.strictObject({
  beforeElectionBoundary: citedSchema(
    z.enum(ELECTION_DAY_BOUNDARIES, {
      error: '选举日前期限的计算方式（beforeElectionBoundary）只能是 on-or-before 或 strictly-before',
    }),
  ),
  voterListDaysBefore: citedSchema(positiveIntSchema),
  objectionWindowDays: citedSchema(positiveIntSchema),
  objectionDecisionDays: citedSchema(positiveIntSchema),
  lateObjections: citedSchema(
    z.enum(['refused', 'not-stated'], { error: '逾期申诉（lateObjections）只能是 refused 或 not-stated' }),
  ),
  candidateListDaysBefore: citedSchema(positiveIntSchema.nullable()),
  selfNominationDaysBefore: citedSchema(positiveIntSchema.nullable()),
  selfNomineeListDaysBefore: citedSchema(positiveIntSchema.nullable()),
  withdrawal: citedSchema(withdrawalSchema.nullable()),
  pollingPlanDaysBefore: citedSchema(positiveIntSchema.nullable()),
  resultsPublishWithinDays: citedSchema(nonNegativeIntSchema),
  runoffWithinDays: citedSchema(positiveIntSchema.nullable()),
  handoverWithinDays: citedSchema(positiveIntSchema),
  villagersMeetingNoticeDays: citedSchema(positiveIntSchema),
  departureAuditBeforeElection: citedSchema(z.boolean({ error: '必须是 true 或 false' })),
  complaintDefaultDays: citedSchema(positiveIntSchema),
});

const nationalCalendar: CalendarParams = {
  beforeElectionBoundary: { value: 'on-or-before', rule: 'C-4' },
  voterListDaysBefore: { value: 20, rule: 'B-1' },
  objectionWindowDays: { value: 5, rule: 'B-2' },
  objectionDecisionDays: { value: 3, rule: 'B-3' },
  lateObjections: { value: 'not-stated', rule: 'B-2' },
  // The national law sets no date for the candidate list, self-nomination, withdrawal or polling plan (B-4).
  candidateListDaysBefore: { value: null, rule: 'B-4' },
  selfNominationDaysBefore: { value: null, rule: 'B-6' },
  selfNomineeListDaysBefore: { value: null, rule: 'B-6' },
  withdrawal: { value: null, rule: 'B-5' },
  pollingPlanDaysBefore: { value: null, rule: 'B-7' },
  resultsPublishWithinDays: { value: 0, rule: 'B-9' },
  runoffWithinDays: { value: null, rule: 'B-10' },
  handoverWithinDays: { value: 10, rule: 'B-11' },
  villagersMeetingNoticeDays: { value: 10, rule: 'B-16' },
  departureAuditBeforeElection: { value: true, rule: 'B-14' },
  complaintDefaultDays: { value: 15, rule: 'seed-000 §8.7 信访办理15日（信访条例，unverified）' },
};

export const shippedCalendar: Record<ShippedRuleSetId, CalendarParams> = {
  'national-2018': nationalCalendar,
  'zhejiang-2020': {
    ...nationalCalendar,
    candidateListDaysBefore: { value: 5, rule: 'B-4' },
    selfNominationDaysBefore: { value: 10, rule: 'B-6' },
    selfNomineeListDaysBefore: { value: 5, rule: 'B-6' },
    withdrawal: { value: { anchor: 'election-day', days: 3 }, rule: 'B-5' },
    pollingPlanDaysBefore: { value: 5, rule: 'B-7' },
    resultsPublishWithinDays: { value: 1, rule: 'B-9' },
    runoffWithinDays: { value: 30, rule: 'B-10' },
  },
  'shanghai-2020': {
    ...nationalCalendar,
    candidateListDaysBefore: { value: 5, rule: 'B-4' },
    runoffWithinDays: { value: 30, rule: 'B-10' },
  },
  'beijing-2012': {
    ...nationalCalendar,
    candidateListDaysBefore: { value: 5, rule: 'B-4' },
    runoffWithinDays: { value: 15, rule: 'B-10' },
  },
  'henan-2011': {
    ...nationalCalendar,
    lateObjections: { value: 'refused', rule: 'B-3' },
    candidateListDaysBefore: { value: 5, rule: 'B-4' },
    withdrawal: { value: { anchor: 'candidate-list', days: 3 }, rule: 'B-5' },
  },
};
