import { ok, type Result } from '../ruleset/result.js';
import type { RuleSet } from '../ruleset/rule-set.js';
import type { Scenario, ScenarioError } from '../scenario/types.js';
import type { ElectionReasons, RecallReasons } from './reasons.js';
import { tallyRecall } from './recall.js';
import type { ElectionResult, RecallResult } from './result-types.js';
import { tallyElection } from './tally-election.js';

export type TallyOutcome =
  | { readonly kind: 'election'; readonly result: ElectionResult; readonly reasons: ElectionReasons }
  | { readonly kind: 'recall'; readonly result: RecallResult; readonly reasons: RecallReasons };

/**
 * Counts one round under the given rule set. The rule set is passed in (resolve an id
 * with getRuleSet at the edge), so a user-supplied rule set counts the same way as a
 * shipped one. An error comes back only for a streamed ballot that breaks the format.
 */
export function tally(scenario: Scenario, ruleSet: RuleSet): Result<TallyOutcome, ScenarioError> {
  if (scenario.body === 'recall') {
    const out = tallyRecall(scenario, ruleSet);
    return out.ok ? ok({ kind: 'recall', ...out.value }) : out;
  }
  const out = tallyElection(scenario, ruleSet);
  return out.ok ? ok({ kind: 'election', ...out.value }) : out;
}
