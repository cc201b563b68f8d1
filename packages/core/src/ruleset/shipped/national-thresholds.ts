import { cited } from '../cited.js';
import type { TallyParams } from '../tally-params.js';

/**
 * The thresholds the national law fixes (Art 15, Art 16); every shipped province
 * keeps them, so the five rule sets share this one definition.
 */
export const nationalThresholds = {
  turnoutQuorum: cited({ op: 'more-than', num: 1, den: 2 }, 'F-1;C-2'),
  firstRoundQuota: cited({ op: 'more-than', num: 1, den: 2 }, 'F-2;C-2'),
  runoffQuota: cited({ op: 'at-least', num: 1, den: 3 }, 'F-5;C-2'),
  recallQuorum: cited({ op: 'more-than', num: 1, den: 2 }, 'H-2;C-2'),
  recallApproval: cited({ op: 'more-than', num: 1, den: 2 }, 'H-2;C-2'),
} as const satisfies Partial<TallyParams>;
