/** How a rule violation from core reaches a user: the field, the reason, and the rule IDs it rests on. */
import type { Violation } from '@huanjie/core';

/** 'B-2;B-2;C-3' → 'B-2;C-3': two parameters of one rule set may cite the same article. */
export function uniqueRules(rule: string): string {
  return [...new Set(rule.split(';').filter((r) => r.length > 0))].join(';');
}

/** A violation as stored and returned: the rule IDs without repeats. */
export interface Problem {
  rule: string;
  field: string;
  reason: string;
}

export function toProblem(v: Violation, defaultField: string): Problem {
  return { rule: uniqueRules(v.rule), field: v.field ?? defaultField, reason: v.reason };
}

/** 「申诉日期：…（B-2;C-3）」 */
export function problemText(p: Problem): string {
  return p.rule ? `${p.field}：${p.reason}（${p.rule}）` : `${p.field}：${p.reason}`;
}
