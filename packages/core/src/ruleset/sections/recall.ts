// Recall (罢免): who may start one and when the vote must be held (H-1, H-3, B-13).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, type Fraction, fractionSchema, positiveIntSchema } from './common.js';

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
}

export const recallSchema: z.ZodType<RecallParams> = z.strictObject({
  voterSignersShareMin: citedSchema(fractionSchema),
  representativeSignersShareMin: citedSchema(fractionSchema),
  voteWithinDays: citedSchema(positiveIntSchema.nullable()),
  townshipFallbackDays: citedSchema(positiveIntSchema.nullable()),
  repeatBarYears: citedSchema(positiveIntSchema.nullable()),
});

const nationalRecall: RecallParams = {
  voterSignersShareMin: { value: { num: 1, den: 5 }, rule: 'H-1' },
  representativeSignersShareMin: { value: { num: 1, den: 3 }, rule: 'H-1' },
  // The national law fixes no day count for the recall vote (§(k) recall_deadline_days).
  voteWithinDays: { value: null, rule: 'H-1' },
  townshipFallbackDays: { value: null, rule: 'H-3' },
  repeatBarYears: { value: null, rule: 'H-3' },
};

export const shippedRecall: Record<ShippedRuleSetId, RecallParams> = {
  'national-2018': nationalRecall,
  'zhejiang-2020': {
    ...nationalRecall,
    voteWithinDays: { value: 30, rule: 'B-13;H-3' },
    townshipFallbackDays: { value: 60, rule: 'B-13;H-3' },
    repeatBarYears: { value: 1, rule: 'H-3' },
  },
  'shanghai-2020': { ...nationalRecall, voteWithinDays: { value: 30, rule: 'B-13;H-3' } },
  'beijing-2012': { ...nationalRecall, voteWithinDays: { value: 30, rule: 'B-13;H-3' } },
  'henan-2011': {
    ...nationalRecall,
    voteWithinDays: { value: 30, rule: 'B-13;H-3' },
    townshipFallbackDays: { value: 30, rule: 'B-13;H-3' },
  },
};
