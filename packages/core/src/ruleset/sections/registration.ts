// Who may be registered to vote (law-rules §(a), A-1..A-7).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, listOf, nonNegativeIntSchema, positiveIntSchema } from './common.js';

/**
 * Provincial extra categories. Each needs the person's application and a recorded decision;
 * `approver` is who decides it (`null`: the text read does not name the decider, so any recorded
 * decision of the election committee or the village meetings is accepted).
 */
export type ExtraCategory =
  | { readonly kind: 'village-work'; readonly minYears: number; readonly approver: 'villagers-meeting' }
  | { readonly kind: 'spouse-village'; readonly approver: 'election-committee' }
  | { readonly kind: 'collective-rights-former-villager'; readonly approver: 'election-committee' }
  | { readonly kind: 'former-agricultural-hukou'; readonly approver: null }
  | { readonly kind: 'talent'; readonly approver: null };

export const EXTRA_CATEGORY_KINDS = [
  'village-work',
  'spouse-village',
  'collective-rights-former-villager',
  'former-agricultural-hukou',
  'talent',
] as const;

/** Beijing's list-exclusions, lifted when the condition ends before election day. */
export const LIST_EXCLUSIONS = ['lost-capacity', 'unreachable'] as const;
export type ListExclusion = (typeof LIST_EXCLUSIONS)[number];

export interface RegistrationParams {
  /** 年满十八周岁, counted to election day. */
  readonly minAge: Cited<number>;
  /** Category (3): 在本村居住一年以上. */
  readonly category3MinResidenceYears: Cited<number>;
  readonly extraCategories: Cited<readonly ExtraCategory[]>;
  readonly listExclusions: Cited<readonly ListExclusion[]>;
}

const extraCategorySchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('village-work'),
      minYears: positiveIntSchema,
      approver: z.literal('villagers-meeting'),
    }),
    z.strictObject({ kind: z.literal('spouse-village'), approver: z.literal('election-committee') }),
    z.strictObject({
      kind: z.literal('collective-rights-former-villager'),
      approver: z.literal('election-committee'),
    }),
    z.strictObject({ kind: z.literal('former-agricultural-hukou'), approver: z.null() }),
    z.strictObject({ kind: z.literal('talent'), approver: z.null() }),
  ],
  { error: `附加选民类别（extraCategories）只能是：${EXTRA_CATEGORY_KINDS.join('、')}` },
);

export const registrationSchema: z.ZodType<RegistrationParams> = z.strictObject({
  minAge: citedSchema(positiveIntSchema),
  category3MinResidenceYears: citedSchema(nonNegativeIntSchema),
  extraCategories: citedSchema(listOf(extraCategorySchema)),
  listExclusions: citedSchema(
    listOf(
      z.enum(LIST_EXCLUSIONS, { error: '除名情形（listExclusions）只能是 lost-capacity 或 unreachable' }),
    ),
  ),
});

const nationalRegistration: RegistrationParams = {
  minAge: { value: 18, rule: 'A-1;A-5' },
  category3MinResidenceYears: { value: 1, rule: 'A-2' },
  extraCategories: { value: [], rule: 'A-2' },
  listExclusions: { value: [], rule: 'A-1' },
};

export const shippedRegistration: Record<ShippedRuleSetId, RegistrationParams> = {
  'national-2018': nationalRegistration,
  'zhejiang-2020': {
    ...nationalRegistration,
    // 浙江 Art 13(三) adds 村务工作一年以上 to the category (3) residence test, same approval.
    extraCategories: {
      value: [{ kind: 'village-work', minYears: 1, approver: 'villagers-meeting' }],
      rule: 'A-6',
    },
  },
  'shanghai-2020': {
    ...nationalRegistration,
    extraCategories: {
      value: [
        { kind: 'spouse-village', approver: 'election-committee' },
        { kind: 'collective-rights-former-villager', approver: 'election-committee' },
      ],
      rule: 'A-6',
    },
  },
  'beijing-2012': {
    ...nationalRegistration,
    // The decider for Beijing Art 13(三) is not quoted in law-rules, so it is left open.
    extraCategories: { value: [{ kind: 'former-agricultural-hukou', approver: null }], rule: 'A-6' },
    listExclusions: { value: ['lost-capacity', 'unreachable'], rule: 'A-7' },
  },
  'henan-2011': {
    ...nationalRegistration,
    // The decider for Henan Art 20(四) is not quoted in law-rules, so it is left open.
    extraCategories: { value: [{ kind: 'talent', approver: null }], rule: 'A-6' },
  },
};
