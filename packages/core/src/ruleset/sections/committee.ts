// The villagers' committee and the village election committee: sizes, term and kinship bars (§(c)).
import { z } from 'zod';
import type { Cited } from '../cited.js';
import type { ShippedRuleSetId } from '../ids.js';
import { citedSchema, type IntRange, intRangeSchema, listOf, positiveIntSchema } from './common.js';
import { CLOSE_FAMILY, type KinRelation, kinRelationSchema, NEAR_RELATIVES } from './kinship.js';

/**
 * Kinship bar across the village bodies (Party organization, villagers' committee, co-operative),
 * with a wider set for a person holding several top posts at once (一肩挑).
 */
export interface CrossBodyKinBar {
  readonly relations: readonly KinRelation[];
  readonly oneShoulderRelations: readonly KinRelation[];
}

/** Who must leave the election committee once nominations are known (C2-2, C2-6). */
export interface ElectionCommitteeRecusal {
  /** A self-nominee withdraws like a nominated candidate. */
  readonly selfNominees: boolean;
  /** Relations of a candidate or self-nominee that also force a member out. */
  readonly relativesOfNominees: readonly KinRelation[];
}

export interface CommitteeParams {
  readonly size: Cited<IntRange>;
  readonly womanMemberRequired: Cited<boolean>;
  readonly termYears: Cited<number>;
  // The bar among villagers' committee members themselves (C1-5) is `tally.kinBar`.
  readonly crossBodyKinBar: Cited<CrossBodyKinBar | null>;
  readonly electionCommitteeSize: Cited<IntRange>;
  readonly electionCommitteeOddPreferred: Cited<boolean>;
  /** Relations that should not serve together on the election committee (不宜: a warning, not a bar). */
  readonly electionCommitteeKinAdvisory: Cited<readonly KinRelation[]>;
  readonly electionCommitteeRecusal: Cited<ElectionCommitteeRecusal>;
}

const relationsSchema = listOf(kinRelationSchema);

export const committeeSchema: z.ZodType<CommitteeParams> = z.strictObject({
  size: citedSchema(intRangeSchema),
  womanMemberRequired: citedSchema(z.boolean({ error: '必须是 true 或 false' })),
  termYears: citedSchema(positiveIntSchema),
  crossBodyKinBar: citedSchema(
    z.strictObject({ relations: relationsSchema, oneShoulderRelations: relationsSchema }).nullable(),
  ),
  electionCommitteeSize: citedSchema(intRangeSchema),
  electionCommitteeOddPreferred: citedSchema(z.boolean({ error: '必须是 true 或 false' })),
  electionCommitteeKinAdvisory: citedSchema(relationsSchema),
  electionCommitteeRecusal: citedSchema(
    z.strictObject({
      selfNominees: z.boolean({ error: '必须是 true 或 false' }),
      relativesOfNominees: relationsSchema,
    }),
  ),
});

const nationalCommittee: CommitteeParams = {
  size: { value: { min: 3, max: 7 }, rule: 'C1-1' },
  womanMemberRequired: { value: true, rule: 'C1-2' },
  termYears: { value: 5, rule: 'B-15' },
  crossBodyKinBar: { value: null, rule: 'C1-5' },
  // The 规程 sets a floor of 3 and no ceiling (C2-4).
  electionCommitteeSize: { value: { min: 3, max: null }, rule: 'C2-4' },
  electionCommitteeOddPreferred: { value: true, rule: 'C2-4' },
  electionCommitteeKinAdvisory: { value: NEAR_RELATIVES, rule: 'C2-4' },
  electionCommitteeRecusal: { value: { selfNominees: false, relativesOfNominees: [] }, rule: 'C2-2' },
};

// Beijing 2012 and Henan 2011 still say 3 years; the 2018 national law (5 years, B-15) supersedes them (I-9).
export const shippedCommittee: Record<ShippedRuleSetId, CommitteeParams> = {
  'national-2018': nationalCommittee,
  'zhejiang-2020': {
    ...nationalCommittee,
    // Seed 003 (a Zhejiang county plan) bars these relations across the Party organization,
    // villagers' committee and co-operative, and widens them for a 一肩挑 person.
    crossBodyKinBar: {
      value: { relations: CLOSE_FAMILY, oneShoulderRelations: NEAR_RELATIVES },
      rule: 'C1-5;seed-003 三(二)',
    },
    electionCommitteeSize: { value: { min: 5, max: 9 }, rule: 'C2-5' },
    electionCommitteeRecusal: {
      value: { selfNominees: true, relativesOfNominees: CLOSE_FAMILY },
      rule: 'C2-2;C2-6',
    },
  },
  'shanghai-2020': {
    ...nationalCommittee,
    electionCommitteeSize: { value: { min: 7, max: 9 }, rule: 'C2-5' },
  },
  'beijing-2012': {
    ...nationalCommittee,
    electionCommitteeSize: { value: { min: 5, max: 9 }, rule: 'C2-5' },
  },
  'henan-2011': {
    ...nationalCommittee,
    electionCommitteeSize: { value: { min: 7, max: 9 }, rule: 'C2-5' },
  },
};
