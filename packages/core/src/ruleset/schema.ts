import { z } from 'zod';
import { KIN_BAR_RELATIONS } from './tally-params.js';

/** law-rules.md rule IDs, one or several joined by ";" (e.g. "F-8;C-1") */
const ruleIds = z
  .string()
  .regex(
    /^[A-Z][A-Z0-9]*-\d+(;[A-Z][A-Z0-9]*-\d+)*$/,
    '应为 law-rules.md 的规则编号，例如 "F-2" 或 "F-8;C-1"',
  );

function citedOf<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, rule: ruleIds });
}

const positiveInt = z.number().int().min(1);

const threshold = z
  .strictObject({ op: z.enum(['more-than', 'at-least']), num: positiveInt, den: positiveInt })
  .refine((t) => t.num <= t.den, { message: '比例不能大于 1（num 不能大于 den）', path: ['num'] });

const kinBar = z
  .array(z.enum(KIN_BAR_RELATIONS))
  .refine((list) => new Set(list).size === list.length, { message: '亲属关系不能重复列出' });

export const tallySchema = z.strictObject({
  overvoteScope: citedOf(z.enum(['ballot', 'office'])),
  crossOffice: citedOf(z.enum(['void-ballot', 'independent'])),
  overcollectionBase: citedOf(z.enum(['voted', 'issued'])),
  kinBar: citedOf(kinBar),
  womenRule: citedOf(z.enum(['reserved-office', 'flag'])),
  runoffTurnoutRequired: citedOf(z.boolean()),
  runoffExtraCandidates: citedOf(z.number().int().min(0)),
  vacancyAllowedFrom: citedOf(positiveInt.nullable()),
  vacancyNeedsChair: citedOf(z.boolean()),
  turnoutQuorum: citedOf(threshold),
  firstRoundQuota: citedOf(threshold),
  runoffQuota: citedOf(threshold),
  recallQuorum: citedOf(threshold),
  recallApproval: citedOf(threshold),
});

export const metaShape = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '只能由小写字母、数字和连字符组成，例如 "jiangsu-2019"'),
  title: z.string().min(1),
  jurisdiction: z.strictObject({
    code: z.string().regex(/^\d{6}$/, '应为 6 位行政区划代码'),
    name: z.string().min(1),
  }),
  effectiveFrom: z.iso.date(),
  lawVersion: z.string().min(1),
  sources: z.array(z.strictObject({ title: z.string().min(1), articles: z.string() })).min(1),
};
