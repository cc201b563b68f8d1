import type { RuleSetMeta } from './meta.js';
import type { Sections } from './sections/index.js';
import type { TallyParams } from './tally-params.js';

/** A complete rule set: identity, counting parameters and the other sections of law. */
export type RuleSet = RuleSetMeta & { readonly tally: TallyParams } & Sections;
