/** The rule sets the project ships (tally-spec.md §1). Users may add others as JSON. */
export const SHIPPED_RULESET_IDS = [
  'national-2018',
  'zhejiang-2020',
  'shanghai-2020',
  'beijing-2012',
  'henan-2011',
] as const;

export type ShippedRuleSetId = (typeof SHIPPED_RULESET_IDS)[number];
