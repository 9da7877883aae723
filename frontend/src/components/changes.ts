import { AUDIT_FIELD_LABELS } from '../locales/audit';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Fields that say when, not what: left out of the change list (they are in the raw data). */
const BOOKKEEPING = new Set(['updatedAt', 'version']);

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object'))
    return value.join('、');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}

function fields(state: unknown): Record<string, unknown> {
  return state && typeof state === 'object' && !Array.isArray(state)
    ? (state as Record<string, unknown>)
    : {};
}

/**
 * What an audit event changed, field by field: a new object lists its fields, a deleted one its
 * last values, a change only the fields whose value differs.
 */
export function changesOf(before: unknown, after: unknown): FieldChange[] {
  const old = fields(before);
  const now = fields(after);
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return keys
    .filter((key) => !BOOKKEEPING.has(key))
    .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
    .map((key) => ({
      field: key,
      label: AUDIT_FIELD_LABELS[key] ?? key,
      before: show(old[key]),
      after: show(now[key]),
    }));
}
