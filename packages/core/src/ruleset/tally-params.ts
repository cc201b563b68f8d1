import type { Cited } from './cited.js';
import type { KinRelation } from './sections/kinship.js';
import type { Threshold } from './threshold.js';

/** Relations that may not sit together on a committee (任职回避, law-rules C1-5). */
export const KIN_BAR_RELATIONS = ['spouse', 'parent-child', 'sibling', 'grandparent-grandchild'] as const;
export type KinBarRelation = (typeof KIN_BAR_RELATIONS)[number];

const KIN_BAR_RELATION_OF: Record<KinRelation, KinBarRelation> = {
  spouse: 'spouse',
  parent: 'parent-child',
  child: 'parent-child',
  sibling: 'sibling',
  grandparent: 'grandparent-grandchild',
  grandchild: 'grandparent-grandchild',
};

/** The pair a one-way relation belongs to: `parent` and `child` are both `parent-child`. */
export function kinBarRelationOf(relation: KinRelation): KinBarRelation {
  return KIN_BAR_RELATION_OF[relation];
}

export type OvervoteScope = 'ballot' | 'office';
export type CrossOffice = 'void-ballot' | 'independent';
export type OvercollectionBase = 'voted' | 'issued';
export type WomenRule = 'reserved-office' | 'flag';

/**
 * Every parameter the counting engine reads (tally-spec.md §1 and §2). Each value
 * carries the law-rules.md rule it comes from, so a result can say why.
 */
export interface TallyParams {
  readonly overvoteScope: Cited<OvervoteScope>;
  readonly crossOffice: Cited<CrossOffice>;
  readonly overcollectionBase: Cited<OvercollectionBase>;
  readonly kinBar: Cited<readonly KinBarRelation[]>;
  readonly womenRule: Cited<WomenRule>;
  readonly runoffTurnoutRequired: Cited<boolean>;
  readonly runoffExtraCandidates: Cited<number>;
  /** members elected in all rounds from which seats may stay empty; null: never */
  readonly vacancyAllowedFrom: Cited<number | null>;
  readonly vacancyNeedsChair: Cited<boolean>;
  /** people who voted, of the registered, for the vote to be valid (F-1) */
  readonly turnoutQuorum: Cited<Threshold>;
  /** a person's votes, of the people who voted, to win in a first round (F-2) */
  readonly firstRoundQuota: Cited<Threshold>;
  /** a person's votes, of the ballots collected, to win in a runoff (F-5) */
  readonly runoffQuota: Cited<Threshold>;
  /** people who voted in a recall, of the registered (H-2) */
  readonly recallQuorum: Cited<Threshold>;
  /** yes votes, of the people who voted in a recall (H-2) */
  readonly recallApproval: Cited<Threshold>;
}
