// Recall (罢免): who may start one and when the vote must be held (H-1, H-3, B-13); and the
// by-election (补选) of a vacant seat: the meetings' quorums and when it may be waived (H-6..H-8).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import type { Threshold } from '../threshold.js';
import { citedSchema, type Fraction, fractionSchema, positiveIntSchema } from './common.js';

/** Who voted, of the meeting's members, for a by-election to count (H-6, H-7). */
export interface ByElectionQuorum {
  /** 村民会议: of the villagers on the published list */
  readonly villagersMeeting: Threshold;
  /** 村民代表会议: of its members (组成人员: the committee members and the representatives, C3-1) */
  readonly representativesMeeting: Threshold;
}

export interface RecallParams {
  /** 五分之一以上有选举权的村民 */
  readonly voterSignersShareMin: Cited<Fraction>;
  /** 三分之一以上的村民代表 */
  readonly representativeSignersShareMin: Cited<Fraction>;
  /** Days after the written request, the request day not counted; `null`: no deadline set. */
  readonly voteWithinDays: Cited<number | null>;
  /** When the committee misses the deadline, the township holds the vote within these further days. */
  readonly townshipFallbackDays: Cited<number | null>;
  /** A failed recall may not be raised on the same facts within this many years. */
  readonly repeatBarYears: Cited<number | null>;
  /** 补选 quorum per meeting (H-7; where the text is silent, Art 15's turnout and C3-3's quorum, H-6) */
  readonly byElectionQuorum: Cited<ByElectionQuorum>;
  /** With at least this many members still serving, the meeting may decide not to by-elect; `null`: not set. */
  readonly byElectionWaiverFrom: Cited<number | null>;
  /** With fewer members than that, the by-election is held within this many months; `null`: not set. */
  readonly byElectionWithinMonths: Cited<number | null>;
}

const thresholdSchema = z
  .strictObject(
    {
      op: z.enum(['more-than', 'at-least'], {
        error: '比较方式（op）只能是 more-than（超过）或 at-least（以上）',
      }),
      num: positiveIntSchema,
      den: positiveIntSchema,
    },
    { error: '门槛须写成 {"op": "more-than" 或 "at-least", "num": 分子, "den": 分母}' },
  )
  .refine((t) => t.num <= t.den, { error: '比例的分子（num）不能大于分母（den）' });

export const recallSchema: z.ZodType<RecallParams> = z.strictObject({
  voterSignersShareMin: citedSchema(fractionSchema),
  representativeSignersShareMin: citedSchema(fractionSchema),
  voteWithinDays: citedSchema(positiveIntSchema.nullable()),
  townshipFallbackDays: citedSchema(positiveIntSchema.nullable()),
  repeatBarYears: citedSchema(positiveIntSchema.nullable()),
  byElectionQuorum: citedSchema(
    z.strictObject({ villagersMeeting: thresholdSchema, representativesMeeting: thresholdSchema }),
  ),
  byElectionWaiverFrom: citedSchema(positiveIntSchema.nullable()),
  byElectionWithinMonths: citedSchema(positiveIntSchema.nullable()),
});

const nationalRecall: RecallParams = {
  voterSignersShareMin: { value: { num: 1, den: 5 }, rule: 'H-1' },
  representativeSignersShareMin: { value: { num: 1, den: 3 }, rule: 'H-1' },
  // The national law fixes no day count for the recall vote (§(k) recall_deadline_days).
  voteWithinDays: { value: null, rule: 'H-1' },
  townshipFallbackDays: { value: null, rule: 'H-3' },
  repeatBarYears: { value: null, rule: 'H-3' },
  // Art 19 has the by-election follow Art 15 (more than half vote, F-1) at a 村民会议, and a 代表会议
  // meets with two thirds of its members (C3-3) [interpretation: the national text names no quorum].
  byElectionQuorum: {
    value: {
      villagersMeeting: { op: 'more-than', num: 1, den: 2 },
      representativesMeeting: { op: 'at-least', num: 2, den: 3 },
    },
    rule: 'H-6;F-1;C3-3',
  },
  byElectionWaiverFrom: { value: null, rule: 'H-6' },
  byElectionWithinMonths: { value: null, rule: 'H-6' },
};

export const shippedRecall: Record<ShippedRuleSetId, RecallParams> = {
  'national-2018': nationalRecall,
  'zhejiang-2020': {
    ...nationalRecall,
    voteWithinDays: { value: 30, rule: 'B-13;H-3' },
    townshipFallbackDays: { value: 60, rule: 'B-13;H-3' },
    repeatBarYears: { value: 1, rule: 'H-3' },
    byElectionQuorum: { ...nationalRecall.byElectionQuorum, rule: 'H-7' },
  },
  'shanghai-2020': {
    ...nationalRecall,
    voteWithinDays: { value: 30, rule: 'B-13;H-3' },
    byElectionWaiverFrom: { value: 3, rule: 'H-8' },
    byElectionWithinMonths: { value: 3, rule: 'H-8' },
  },
  'beijing-2012': { ...nationalRecall, voteWithinDays: { value: 30, rule: 'B-13;H-3' } },
  'henan-2011': {
    ...nationalRecall,
    voteWithinDays: { value: 30, rule: 'B-13;H-3' },
    townshipFallbackDays: { value: 30, rule: 'B-13;H-3' },
  },
};
