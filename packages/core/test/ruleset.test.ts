import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { SHIPPED_RULESET_IDS } from '../src/ruleset/ids.js';
import { parseRuleSet } from '../src/ruleset/parse.js';
import { getRuleSet, listRuleSets } from '../src/ruleset/registry.js';
import { formula, meets, minimumToMeet } from '../src/ruleset/threshold.js';
import { count, office, scenario } from './tally-fixtures.js';

/** tally-spec.md §1, column by column */
const TABLE = {
  overvoteScope: ['office', 'ballot', 'ballot', 'ballot', 'office'],
  crossOffice: ['void-ballot', 'void-ballot', 'void-ballot', 'void-ballot', 'independent'],
  overcollectionBase: ['voted', 'voted', 'voted', 'voted', 'issued'],
  kinBar: [
    [],
    ['spouse', 'parent-child', 'sibling'],
    ['spouse', 'parent-child', 'grandparent-grandchild'],
    [],
    [],
  ],
  womenRule: ['flag', 'reserved-office', 'flag', 'flag', 'flag'],
  runoffTurnoutRequired: [false, false, false, false, true],
  runoffExtraCandidates: [1, 1, 1, 1, 1],
  vacancyAllowedFrom: [null, 3, 3, 4, null],
  vacancyNeedsChair: [false, false, false, true, false],
} as const;

describe('rule sets (tally-spec §1)', () => {
  test('the five shipped rule sets hold exactly the values of tally-spec §1', () => {
    assert.deepEqual(
      listRuleSets().map((r) => r.id),
      [...SHIPPED_RULESET_IDS],
    );
    for (const [param, values] of Object.entries(TABLE)) {
      SHIPPED_RULESET_IDS.forEach((id, i) => {
        const rs = getRuleSet(id)!;
        const got = rs.tally[param as keyof typeof TABLE].value;
        assert.deepEqual(got, values[i], `${id}.${param}`);
      });
    }
  });

  test('every value cites a rule ID that exists in law-rules.md', () => {
    const lawRules = readFileSync(new URL('../../../../shared/domain/law-rules.md', import.meta.url), 'utf8');
    for (const rs of listRuleSets()) {
      for (const [param, c] of Object.entries(rs.tally)) {
        for (const id of c.rule.split(';')) {
          assert.ok(lawRules.includes(`| ${id} |`), `${rs.id}.${param} cites ${id}, not in law-rules.md`);
        }
      }
    }
  });

  test('C-2: thresholds are integer comparisons at the exact boundary', () => {
    const half = { op: 'more-than', num: 1, den: 2 } as const;
    const third = { op: 'at-least', num: 1, den: 3 } as const;
    assert.equal(meets(half, 500, 1000), false);
    assert.equal(meets(half, 501, 1000), true);
    assert.equal(meets(third, 233, 700), false);
    assert.equal(meets(third, 234, 700), true);
    assert.equal(meets(third, 300, 900), true);
    assert.equal(minimumToMeet(half, 1000), 501);
    assert.equal(minimumToMeet(half, 999), 500);
    assert.equal(minimumToMeet(third, 700), 234);
    assert.equal(minimumToMeet(third, 900), 300);
    assert.equal(minimumToMeet({ op: 'at-least', num: 4, den: 5 }, 11), 9);
    assert.equal(formula(half, 'votes', 'voted'), '2*votes > voted');
    assert.equal(formula({ op: 'at-least', num: 4, den: 5 }, 'x', 'n'), '5*x >= 4*n');
  });
});

function userRuleSet(): Record<string, unknown> {
  const base = getRuleSet('zhejiang-2020')!;
  return JSON.parse(
    JSON.stringify({
      ...base,
      id: 'jiangsu-2019',
      title: '江苏省（测试）',
      jurisdiction: { code: '320000', name: '江苏省' },
      effectiveFrom: '2019-09-27',
    }),
  );
}

describe('parseRuleSet: a province adds a rule set as JSON', () => {
  test('a complete rule set parses and counts like a shipped one', () => {
    const doc = userRuleSet();
    (doc.tally as Record<string, unknown>).overvoteScope = { value: 'office', rule: 'E-6' };
    const out = parseRuleSet(doc);
    assert.ok(out.ok, out.ok ? '' : JSON.stringify(out.error));
    if (!out.ok) return;
    const s = scenario({
      ruleset: 'jiangsu-2019',
      ballots: [{ n: 500, marks: { chair: ['p1', 'p2'], vice: ['p3'] } }],
    });
    const r = count(s, out.value);
    assert.equal(r.voidBallots, 0);
    assert.deepEqual(office(r, 'vice').elected, ['p3']);
  });

  test('errors name the field path, in Chinese', () => {
    const doc = userRuleSet();
    const t = doc.tally as Record<string, Record<string, unknown>>;
    t.kinBar = { value: ['spouse', 'cousin'], rule: 'C1-5' };
    t.runoffExtraCandidates = { value: 1.5, rule: 'F-6' };
    delete t.womenRule;
    t.crossOffice = { value: 'void-ballot', rule: 'Zhejiang art 27' };
    const out = parseRuleSet(doc);
    assert.equal(out.ok, false);
    if (out.ok) return;
    const paths = out.error.map((e) => e.path);
    assert.ok(paths.includes('tally.kinBar.value[1]'));
    assert.ok(paths.includes('tally.runoffExtraCandidates.value'));
    assert.ok(paths.includes('tally.crossOffice.rule'));
    const missing = out.error.find((e) => e.path === 'tally.womenRule');
    assert.equal(missing?.message, '缺少此字段');
    for (const e of out.error) assert.match(e.message, /[\u4e00-\u9fff]/, `${e.path}: ${e.message}`);
  });

  test('a threshold above 1 and a bad date are refused', () => {
    const doc = userRuleSet();
    doc.effectiveFrom = '2019-02-30';
    (doc.tally as Record<string, unknown>).firstRoundQuota = {
      value: { op: 'more-than', num: 3, den: 2 },
      rule: 'F-2',
    };
    const out = parseRuleSet(doc);
    assert.equal(out.ok, false);
    const paths = out.ok ? [] : out.error.map((e) => e.path);
    assert.ok(paths.includes('effectiveFrom'));
    assert.ok(paths.includes('tally.firstRoundQuota.value.num'));
  });

  test('an unknown or misspelt key is refused, not silently ignored', () => {
    const doc = userRuleSet();
    (doc.committee as Record<string, unknown>).memberKinBar = { value: ['spouse'], rule: 'C1-5' };
    (doc.tally as Record<string, unknown>).overvoteScop = { value: 'office', rule: 'E-6' };
    const out = parseRuleSet(doc);
    assert.equal(out.ok, false);
    const messages = out.ok ? '' : out.error.map((e) => `${e.path}: ${e.message}`).join('\n');
    assert.match(messages, /committee.*memberKinBar|memberKinBar/);
    assert.match(messages, /overvoteScop/);
  });

  test('a shipped id cannot be replaced', () => {
    const out = parseRuleSet({ ...userRuleSet(), id: 'zhejiang-2020' });
    assert.equal(out.ok, false);
    assert.equal(out.ok ? '' : out.error[0]?.path, 'id');
  });
});
