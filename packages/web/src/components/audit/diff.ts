// Turns an audit entry's before/after snapshots into the fields that changed.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  // A scalar or list snapshot has no fields; show it whole under one name.
  return value === null || value === undefined ? {} : { 值: value };
}

export function show(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return '空';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function diffEntries(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }));
}
