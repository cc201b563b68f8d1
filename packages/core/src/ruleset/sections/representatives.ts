// Village representatives and the representatives' meeting (law-rules §(c3), C3-1..C3-7).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import {
  citedSchema,
  type Fraction,
  fractionSchema,
  type IntRange,
  intRangeSchema,
  listOf,
  nonNegativeIntSchema,
  positiveIntSchema,
} from './common.js';

/** One tier: villages with at least `fromPopulation` people need at least `minRepresentatives`. */
export interface PopulationTier {
  readonly fromPopulation: number;
  readonly minRepresentatives: number;
}

/**
 * The floor on the number of representatives:
 * `by-population` (Zhejiang tiers), `fixed` (Shanghai 35), `when-chosen-by-group` (Beijing: 一般 ≥ 30
 * when groups choose them), or `none`.
 */
export type RepresentativeFloor =
  | { readonly kind: 'none' }
  | { readonly kind: 'by-population'; readonly tiers: readonly PopulationTier[] }
  | { readonly kind: 'fixed'; readonly min: number }
  | { readonly kind: 'when-chosen-by-group'; readonly min: number };

/** The size from which a village may set up a representatives' meeting; `null`: the text sets none. */
export type MeetingThreshold =
  | { readonly kind: 'population'; readonly min: number }
  | { readonly kind: 'households'; readonly min: number };

export interface RepresentativesParams {
  /** Households per representative when chosen by households (每五户至十五户推选一人). */
  readonly householdsPerRepresentative: Cited<IntRange>;
  /** Women representatives, as a share of the whole meeting (committee members included). */
  readonly womenShareMin: Cited<Fraction>;
  /** Representatives, as a share of the whole meeting. */
  readonly representativesShareMin: Cited<Fraction>;
  readonly onePerHousehold: Cited<boolean>;
  readonly floor: Cited<RepresentativeFloor>;
  readonly meetingThreshold: Cited<MeetingThreshold | null>;
}

const floorSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('by-population'),
      tiers: listOf(
        z.strictObject({ fromPopulation: nonNegativeIntSchema, minRepresentatives: positiveIntSchema }),
      )
        .min(1, { error: '按人口分档（tiers）至少要有一档' })
        .refine(
          (tiers) => tiers.every((t, i) => i === 0 || t.fromPopulation > tiers[i - 1]!.fromPopulation),
          {
            error: '按人口分档（tiers）须按 fromPopulation 从小到大排列',
          },
        ),
    }),
    z.strictObject({ kind: z.literal('fixed'), min: positiveIntSchema }),
    z.strictObject({ kind: z.literal('when-chosen-by-group'), min: positiveIntSchema }),
  ],
  { error: '代表人数下限（floor.kind）只能是 none、by-population、fixed、when-chosen-by-group' },
);

const thresholdSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('population'), min: positiveIntSchema }),
    z.strictObject({ kind: z.literal('households'), min: positiveIntSchema }),
  ],
  { error: '设立代表会议的条件（meetingThreshold.kind）只能是 population 或 households' },
);

export const representativesSchema: z.ZodType<RepresentativesParams> = z.strictObject({
  householdsPerRepresentative: citedSchema(intRangeSchema),
  womenShareMin: citedSchema(fractionSchema),
  representativesShareMin: citedSchema(fractionSchema),
  onePerHousehold: citedSchema(z.boolean({ error: '必须是 true 或 false' })),
  floor: citedSchema(floorSchema),
  meetingThreshold: citedSchema(thresholdSchema.nullable()),
});

const nationalRepresentatives: RepresentativesParams = {
  householdsPerRepresentative: { value: { min: 5, max: 15 }, rule: 'C3-2' },
  womenShareMin: { value: { num: 1, den: 3 }, rule: 'C3-1' },
  representativesShareMin: { value: { num: 4, den: 5 }, rule: 'C3-1' },
  onePerHousehold: { value: false, rule: 'C3-2' },
  floor: { value: { kind: 'none' }, rule: 'C3-2' },
  meetingThreshold: { value: null, rule: 'C3-1' },
};

export const shippedRepresentatives: Record<ShippedRuleSetId, RepresentativesParams> = {
  'national-2018': nationalRepresentatives,
  'zhejiang-2020': {
    ...nationalRepresentatives,
    // Zhejiang says 若干户 without a number, so the national 5–15 (C3-2) still bounds it.
    onePerHousehold: { value: true, rule: 'C3-6' },
    floor: {
      value: {
        kind: 'by-population',
        tiers: [
          { fromPopulation: 0, minRepresentatives: 30 },
          { fromPopulation: 500, minRepresentatives: 40 },
          { fromPopulation: 1000, minRepresentatives: 50 },
        ],
      },
      rule: 'C3-6',
    },
    meetingThreshold: { value: { kind: 'population', min: 300 }, rule: 'C3-6' },
  },
  'shanghai-2020': {
    ...nationalRepresentatives,
    floor: { value: { kind: 'fixed', min: 35 }, rule: 'C3-7' },
  },
  'beijing-2012': {
    ...nationalRepresentatives,
    floor: { value: { kind: 'when-chosen-by-group', min: 30 }, rule: 'C3-7' },
    meetingThreshold: { value: { kind: 'households', min: 100 }, rule: 'C3-7' },
  },
  'henan-2011': nationalRepresentatives,
};
