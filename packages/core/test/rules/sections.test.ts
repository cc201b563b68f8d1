import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { SHIPPED_RULESET_IDS } from '../../src/ruleset/ids.js';
import { type Sections, sectionsSchemaShape, shippedSections } from '../../src/ruleset/sections/index.js';

const schema = z.object(sectionsSchemaShape);

/** Every `{value, rule}` leaf of the sections, with its path. */
function citedLeaves(node: unknown, path: string[] = []): { path: string; rule: string }[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if ('value' in record && typeof record.rule === 'string')
    return [{ path: path.join('.'), rule: record.rule }];
  return Object.entries(record).flatMap(([k, v]) => citedLeaves(v, [...path, k]));
}

function issues(sections: unknown): string[] {
  const r = schema.safeParse(sections);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('rule-set sections', () => {
  test('every shipped rule set passes its own schema', () => {
    for (const id of SHIPPED_RULESET_IDS) assert.deepEqual(issues(shippedSections[id]), [], id);
  });

  test('every value carries law-rules IDs (e.g. B-1, C3-6, J2-3) or the seed it comes from', () => {
    const id = /^([A-J]\d?-\d+|seed-\d{3} .+)$/;
    for (const rs of SHIPPED_RULESET_IDS) {
      const leaves = citedLeaves(shippedSections[rs]);
      assert.ok(leaves.length >= 50, `${rs}: ${leaves.length} cited values`);
      for (const leaf of leaves) {
        for (const part of leaf.rule.split(';')) assert.match(part, id, `${rs} ${leaf.path}`);
      }
    }
  });

  test('B-1/B-2/B-3/B-11: the national day counts hold in every shipped set', () => {
    for (const id of SHIPPED_RULESET_IDS) {
      const c = shippedSections[id].calendar;
      assert.deepEqual(
        [
          c.voterListDaysBefore.value,
          c.objectionWindowDays.value,
          c.objectionDecisionDays.value,
          c.handoverWithinDays.value,
        ],
        [20, 5, 3, 10],
        id,
      );
    }
  });

  test('C3-1/H-1: shares are integer pairs, never floats', () => {
    const s = shippedSections['national-2018'];
    assert.deepEqual(s.representatives.womenShareMin, { value: { num: 1, den: 3 }, rule: 'C3-1' });
    assert.deepEqual(s.representatives.representativesShareMin.value, { num: 4, den: 5 });
    assert.deepEqual(s.recall.voterSignersShareMin.value, { num: 1, den: 5 });
  });

  test('a user rule set with a fractional day count, a float share and an empty rule is refused in Chinese', () => {
    const base: Sections = shippedSections['zhejiang-2020'];
    const bad = {
      ...base,
      calendar: { ...base.calendar, voterListDaysBefore: { value: 19.5, rule: 'B-1' } },
      representatives: { ...base.representatives, womenShareMin: { value: 0.33, rule: '' } },
    };
    assert.deepEqual(issues(bad), [
      'calendar.voterListDaysBefore.value: 必须是整数',
      'representatives.womenShareMin.value: 比例须写成整数对 {"num": 分子, "den": 分母}，不能用小数',
      'representatives.womenShareMin.rule: 规则依据（rule）不能为空，须写明 law-rules.md 的条目编号',
    ]);
  });

  test('an unknown kin relation or a reversed range is refused with the field named', () => {
    const base: Sections = shippedSections['national-2018'];
    const bad = {
      ...base,
      committee: {
        ...base.committee,
        size: { value: { min: 7, max: 3 }, rule: 'C1-1' },
        electionCommitteeKinAdvisory: { value: ['cousin'], rule: 'C2-4' },
      },
    };
    const found = issues(bad);
    assert.ok(found.includes('committee.size.value: 范围的下限（min）不能大于上限（max）'), found.join('\n'));
    assert.ok(
      found.some((m) => m.startsWith('committee.electionCommitteeKinAdvisory.value.0: 亲属关系只能是')),
      found.join('\n'),
    );
  });
});
