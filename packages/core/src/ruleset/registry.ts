import { SHIPPED_RULESET_IDS, type ShippedRuleSetId } from './ids.js';
import type { RuleSet } from './rule-set.js';
import { shippedSections } from './sections/index.js';
import { beijing2012Meta, beijing2012Tally } from './shipped/beijing-2012.js';
import { henan2011Meta, henan2011Tally } from './shipped/henan-2011.js';
import { national2018Meta, national2018Tally } from './shipped/national-2018.js';
import { shanghai2020Meta, shanghai2020Tally } from './shipped/shanghai-2020.js';
import { zhejiang2020Meta, zhejiang2020Tally } from './shipped/zhejiang-2020.js';

const shipped: Record<ShippedRuleSetId, RuleSet> = {
  'national-2018': { ...national2018Meta, tally: national2018Tally, ...shippedSections['national-2018'] },
  'zhejiang-2020': { ...zhejiang2020Meta, tally: zhejiang2020Tally, ...shippedSections['zhejiang-2020'] },
  'shanghai-2020': { ...shanghai2020Meta, tally: shanghai2020Tally, ...shippedSections['shanghai-2020'] },
  'beijing-2012': { ...beijing2012Meta, tally: beijing2012Tally, ...shippedSections['beijing-2012'] },
  'henan-2011': { ...henan2011Meta, tally: henan2011Tally, ...shippedSections['henan-2011'] },
};

export function isShippedRuleSetId(id: string): id is ShippedRuleSetId {
  return (SHIPPED_RULESET_IDS as readonly string[]).includes(id);
}

/** A shipped rule set, or one of `extra` (user-supplied, already validated) by id. */
export function getRuleSet(id: string, extra: readonly RuleSet[] = []): RuleSet | undefined {
  if (isShippedRuleSetId(id)) return shipped[id];
  return extra.find((r) => r.id === id);
}

/** The shipped rule sets in their published order, then `extra`. */
export function listRuleSets(extra: readonly RuleSet[] = []): readonly RuleSet[] {
  return [...SHIPPED_RULESET_IDS.map((id) => shipped[id]), ...extra];
}
