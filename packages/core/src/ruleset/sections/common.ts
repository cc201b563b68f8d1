// Shapes shared by every section: a cited value, an integer range, an integer fraction.
import { z } from 'zod';

/** A law-rules.md rule ID list such as "B-1" or "G-2;G-6", or a seed reference. */
const ruleIdSchema = z
  .string()
  .trim()
  .min(1, { error: '规则依据（rule）不能为空，须写明 law-rules.md 的条目编号' });

export function citedSchema<T extends z.ZodType>(value: T) {
  return z.strictObject(
    { value, rule: ruleIdSchema },
    { error: '须写成 {"value": …, "rule": "条目编号"} 的形式' },
  );
}

export const nonNegativeIntSchema = z.int({ error: '必须是整数' }).min(0, { error: '不能为负数' });
export const positiveIntSchema = z.int({ error: '必须是整数' }).min(1, { error: '必须至少为 1' });

/** Inclusive bounds (C-1: 以上/以下 include the number); `max: null` means no upper bound set. */
export interface IntRange {
  readonly min: number;
  readonly max: number | null;
}

export const intRangeSchema = z
  .object(
    { min: nonNegativeIntSchema, max: nonNegativeIntSchema.nullable() },
    { error: '范围须写成 {"min": 整数, "max": 整数或 null}' },
  )
  .refine((r) => r.max === null || r.min <= r.max, { error: '范围的下限（min）不能大于上限（max）' });

/**
 * A share stored as an integer pair so that thresholds stay integer arithmetic (C-2):
 * "x is at least num/den of n" is checked as `den*x >= num*n`, never with floats.
 */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export const fractionSchema = z
  .object(
    { num: positiveIntSchema, den: positiveIntSchema },
    { error: '比例须写成整数对 {"num": 分子, "den": 分母}，不能用小数' },
  )
  .refine((f) => f.num <= f.den, { error: '比例的分子（num）不能大于分母（den）' });

/** A list; the message says so when something else is given. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: '必须是列表（数组）' });
}
