import { z } from 'zod';
import { SHIPPED_RULESET_IDS } from './ids.js';
import { err, ok, type Result } from './result.js';
import type { RuleSet } from './rule-set.js';
import { metaShape, tallySchema } from './schema.js';
import { sectionsSchemaShape } from './sections/index.js';

export interface RuleSetError {
  /** where in the document, e.g. `tally.kinBar.value[1]` (empty for the whole document) */
  readonly path: string;
  /** Chinese, for the user */
  readonly message: string;
}

const ruleSetSchema = z.strictObject({ ...metaShape, tally: tallySchema, ...sectionsSchemaShape });

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = Reflect.get(cur, key);
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) return '缺少此字段';
  return issue.message;
}

/**
 * Validates a user-supplied rule set (JSON already parsed), so a province can add its
 * rules without a code change. Shipped IDs are refused: their results must stay fixed.
 */
export function parseRuleSet(json: unknown): Result<RuleSet, RuleSetError[]> {
  const parsed = ruleSetSchema.safeParse(json, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: describeIssue(issue, json),
      })),
    );
  }
  if ((SHIPPED_RULESET_IDS as readonly string[]).includes(parsed.data.id)) {
    return err([{ path: 'id', message: `"${parsed.data.id}" 是内置规则集的编号，自定义规则集请另取编号` }]);
  }
  return ok(parsed.data);
}

/** One line per error, `path: message`, for a terminal or a log. */
export function formatRuleSetErrors(errors: readonly RuleSetError[]): string {
  return errors.map((e) => `${e.path === '' ? '(规则集)' : e.path}: ${e.message}`).join('\n');
}
