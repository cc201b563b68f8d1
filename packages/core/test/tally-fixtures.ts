// Small builders for counting tests: a scenario from a few lines, counted under a rule set.
import assert from 'node:assert/strict';
import { getRuleSet } from '../src/ruleset/registry.js';
import type { RuleSet } from '../src/ruleset/rule-set.js';
import type { TallyParams } from '../src/ruleset/tally-params.js';
import type { BallotGroup, ElectionScenario, Office, Person } from '../src/scenario/types.js';
import type { ElectionResult } from '../src/tally/result-types.js';
import { tally } from '../src/tally/tally.js';

export const OFFICES: readonly Office[] = [
  { id: 'chair', title: '主任', seats: 1, rank: 1, womenOnly: false },
  { id: 'vice', title: '副主任', seats: 1, rank: 2, womenOnly: false },
  { id: 'member', title: '委员', seats: 3, rank: 3, womenOnly: false },
];

export const WOMEN_OFFICES: readonly Office[] = [
  { id: 'chair', title: '主任', seats: 1, rank: 1, womenOnly: false },
  { id: 'vice', title: '副主任', seats: 1, rank: 2, womenOnly: false },
  { id: 'women', title: '妇女委员', seats: 1, rank: 3, womenOnly: true },
  { id: 'member', title: '委员', seats: 2, rank: 3, womenOnly: false },
];

/** p1..pN; the ids listed in `women` are women, the rest men */
export function people(count: number, women: readonly string[] = []): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    name: `村民${i + 1}`,
    sex: women.includes(`p${i + 1}`) ? 'F' : 'M',
    relations: [],
  }));
}

export function scenario(
  over: Partial<ElectionScenario> & { ballots: Iterable<BallotGroup> },
): ElectionScenario {
  return {
    format: 'huanjie-scenario/1',
    name: '测试',
    ruleset: 'national-2018',
    body: 'village-committee',
    round: 'first',
    registered: 1000,
    voted: 800,
    issued: 800,
    offices: OFFICES,
    people: people(10),
    electedBefore: [],
    ...over,
  };
}

export function ruleSet(id: string, tallyOverrides: Partial<TallyParams> = {}): RuleSet {
  const base = getRuleSet(id);
  assert.ok(base, `rule set ${id}`);
  return { ...base, tally: { ...base.tally, ...tallyOverrides } };
}

export function count(s: ElectionScenario, rs: RuleSet = ruleSet(s.ruleset)): ElectionResult {
  const out = tally(s, rs);
  assert.ok(out.ok, out.ok ? '' : `${out.error.path}: ${out.error.message}`);
  assert.equal(out.value.kind, 'election');
  return out.value.result as ElectionResult;
}

export function office(r: ElectionResult, id: string) {
  const found = r.offices.find((o) => o.id === id);
  assert.ok(found, `office ${id} in result`);
  return found;
}
