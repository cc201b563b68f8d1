import type { ScenarioError } from './types.js';

/** Past this many, further errors add nothing a person can act on. */
const MAX_ERRORS = 50;

/**
 * Reads untyped JSON field by field, recording a message with the exact path for each
 * problem and returning undefined, so one pass reports every error it can.
 */
export class JsonReader {
  readonly errors: ScenarioError[] = [];

  fail(path: string, message: string): undefined {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message });
    return undefined;
  }

  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    return this.fail(path, `expected an object（应为对象 {…}）`);
  }

  array(value: unknown, path: string): readonly unknown[] | undefined {
    if (Array.isArray(value)) return value;
    return this.fail(path, `expected a list（应为列表 […]）`);
  }

  /** a field that must be present */
  field(obj: Record<string, unknown>, key: string, path: string): unknown {
    const value = obj[key];
    if (value === undefined) return this.fail(join(path, key), `missing field "${key}"（缺少字段）`);
    return value;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value !== '') return value;
    return this.fail(path, `expected a non-empty string（应为非空字符串）`);
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const list = allowed.map((a) => `"${a}"`).join(' | ');
    return this.fail(path, `expected ${list}, got ${show(value)}（取值应为 ${list} 之一）`);
  }

  wholeNumber(value: unknown, min: number, path: string): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
    return this.fail(path, `must be a whole number ≥ ${min}, got ${show(value)}（应为不小于 ${min} 的整数）`);
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    return this.fail(path, `expected true or false, got ${show(value)}（应为 true 或 false）`);
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
