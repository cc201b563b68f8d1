/**
 * Every rule value carries the law-rules.md ID it comes from (e.g. "F-2", "B-1"),
 * so a screen or a report can always say which rule produced a number.
 */
export interface Cited<T> {
  readonly value: T;
  /** law-rules.md rule ID(s), e.g. "E-4" or "B-8;G-3" */
  readonly rule: string;
}

export function cited<T>(value: T, rule: string): Cited<T> {
  return { value, rule };
}
