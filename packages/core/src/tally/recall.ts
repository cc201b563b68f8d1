import { err, ok, type Result } from '../ruleset/result.js';
import type { RuleSet } from '../ruleset/rule-set.js';
import type { RecallScenario, ScenarioError } from '../scenario/types.js';
import { checkThreshold, type RecallReasons } from './reasons.js';
import { RESULT_FORMAT, type RecallResult } from './result-types.js';
import { voteValidity } from './vote-validity.js';

/** tally-spec §7 (law-rules H-2): a recall passes with a quorum and a majority of those voting. */
export function tallyRecall(
  scenario: RecallScenario,
  ruleSet: RuleSet,
): Result<{ result: RecallResult; reasons: RecallReasons }, ScenarioError> {
  const params = ruleSet.tally;
  let collected = 0;
  let voidBallots = 0;
  let yes = 0;
  let no = 0;
  let i = 0;
  for (const group of scenario.ballots) {
    const n = group.n;
    if (!Number.isSafeInteger(n) || n < 1) {
      return err({
        path: `ballots[${i}].n`,
        message: `must be a whole number ≥ 1, got ${n}（应为不小于 1 的整数）`,
      });
    }
    collected += n;
    if (group.void === true) voidBallots += n;
    else if (group.recall === 'yes') yes += n;
    else no += n;
    i++;
  }
  const { registered, voted, issued } = scenario;
  const validity = voteValidity({ registered, voted, issued, collected }, params, false);
  const quorum = checkThreshold(params.recallQuorum, voted, registered, 'voted', 'registered');
  const approval = checkThreshold(params.recallApproval, yes, voted, 'yes', 'voted');
  const reason = quorum.met ? validity.reason : 'turnout';
  const result: RecallResult = {
    format: RESULT_FORMAT,
    ruleset: scenario.ruleset,
    round: 'first',
    valid: reason === null,
    invalidReason: reason,
    registered,
    voted,
    issued,
    collected,
    voidBallots,
    yes,
    no,
    passed: reason === null && approval.met,
  };
  return ok({ result, reasons: { quorum, approval, overcollection: validity.overcollection } });
}
