/**
 * A ballot as the count sees it on polling day (唱票录入 or derived from a tally sheet): ruled void by
 * the election committee (E-7), a recall ballot's yes or no (H-2), or its marks per office (office id →
 * voter ids; none marked: a blank ballot, still valid: tally-spec §3).
 */
import type { Marks } from '../scenario/types.js';

export type EnteredBallot =
  | { readonly void: true }
  | { readonly void: false; readonly recall: 'yes' | 'no' }
  | { readonly void: false; readonly marks: Marks };
