// Results as values: every refusal names the rule it comes from and says why in Chinese.
import { err, ok, type Result } from '../ruleset/result.js';

/** One broken rule: the law-rules ID(s) and a reason a committee clerk can read. */
export interface Violation {
  readonly rule: string;
  readonly reason: string;
  /** The input field or place the reason is about, when there is one. */
  readonly field?: string;
}

/** The project's Result with every violation found (not only the first) as the error. */
export type Outcome<T> = Result<T, readonly Violation[]>;

export function succeed<T>(value: T): Outcome<T> {
  return ok(value);
}

export function fail<T>(violations: readonly Violation[]): Outcome<T> {
  return err(violations);
}

/** Succeeds with `value` only when no check produced a violation. */
export function collect<T>(violations: readonly Violation[], value: T): Outcome<T> {
  return violations.length === 0 ? succeed(value) : fail(violations);
}
