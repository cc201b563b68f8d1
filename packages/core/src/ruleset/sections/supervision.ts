// The village affairs supervision committee (村务监督委员会): size and who may not serve (J2-1, J2-3).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, type IntRange, intRangeSchema, listOf } from './common.js';
import { type KinRelation, kinRelationSchema, NEAR_RELATIVES } from './kinship.js';

/** Village posts that matter for the supervision committee's exclusions. */
export const VILLAGE_POSTS = [
  'committee-member',
  'clerk',
  'bookkeeper',
  'finance-staff',
  'collective-economy-manager',
] as const;
export type VillagePost = (typeof VILLAGE_POSTS)[number];

export interface SupervisionParams {
  /** `null`: the texts fix no size. */
  readonly size: Cited<IntRange | null>;
  /** Holders of these posts may not serve. */
  readonly barredPosts: Cited<readonly VillagePost[]>;
  /** Relatives (by `barredRelations`) of holders of these posts may not serve. */
  readonly relativesOfPostsBarred: Cited<readonly VillagePost[]>;
  readonly barredRelations: Cited<readonly KinRelation[]>;
}

const postsSchema = listOf(z.enum(VILLAGE_POSTS, { error: `村级职务只能是：${VILLAGE_POSTS.join('、')}` }));

export const supervisionSchema: z.ZodType<SupervisionParams> = z.strictObject({
  size: citedSchema(intRangeSchema.nullable()),
  barredPosts: citedSchema(postsSchema),
  relativesOfPostsBarred: citedSchema(postsSchema),
  barredRelations: citedSchema(listOf(kinRelationSchema)),
});

const nationalSupervision: SupervisionParams = {
  size: { value: null, rule: 'J2-1' },
  barredPosts: { value: ['committee-member'], rule: 'J2-1' },
  relativesOfPostsBarred: { value: ['committee-member'], rule: 'J2-1' },
  barredRelations: { value: NEAR_RELATIVES, rule: 'J2-1;C-5' },
};

export const shippedSupervision: Record<ShippedRuleSetId, SupervisionParams> = {
  'national-2018': nationalSupervision,
  'zhejiang-2020': {
    ...nationalSupervision,
    size: { value: { min: 3, max: 5 }, rule: 'J2-3' },
    barredPosts: { value: ['committee-member', 'clerk', 'bookkeeper'], rule: 'J2-1;J2-3' },
    barredRelations: { value: NEAR_RELATIVES, rule: 'J2-3' },
  },
  'shanghai-2020': {
    ...nationalSupervision,
    size: { value: { min: 3, max: 7 }, rule: 'J2-3' },
    barredPosts: {
      value: ['committee-member', 'collective-economy-manager', 'finance-staff'],
      rule: 'J2-3',
    },
    relativesOfPostsBarred: { value: ['committee-member', 'collective-economy-manager'], rule: 'J2-3' },
  },
  'beijing-2012': nationalSupervision,
  'henan-2011': nationalSupervision,
};
