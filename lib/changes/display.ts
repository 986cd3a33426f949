import { diffWords } from 'diff';

import type { Formatter } from '../insights/format';
import type { FieldMeta } from '../salesforce/describe';
import type { FieldValues } from '../salesforce/record-context';

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Word-level diff of two texts, for showing what a text change does. */
export function textDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

function relatedName(field: FieldMeta, fields: FieldValues | undefined): string | undefined {
  if (!field.relationshipName || !fields) return undefined;

  const related = fields[field.relationshipName];
  if (related && typeof related === 'object' && 'Name' in related) {
    return typeof related.Name === 'string' ? related.Name : undefined;
  }

  return undefined;
}

function picklistLabel(field: FieldMeta, value: string): string {
  return value
    .split(';')
    .map((v) => field.picklistValues.find((p) => p.value === v)?.label ?? v)
    .join('; ');
}

/**
 * A field value as a person reads it: dates and amounts in their locale, picklist labels,
 * the name of a referenced record when the record carries its relationship. Blank is "—".
 */
export function displayValue(
  value: unknown,
  field: FieldMeta | undefined,
  fmt: Formatter,
  fields?: FieldValues,
): string {
  if (value === undefined || value === null || value === '') return '—';
  if (!field) return typeof value === 'string' ? value : JSON.stringify(value);

  if (typeof value === 'number') {
    if (field.type === 'currency') return fmt.currency(value);
    if (field.type === 'percent') return fmt.percent(value);
    return fmt.number(value);
  }

  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return JSON.stringify(value);

  if (field.type === 'date') return fmt.date(value);
  if (field.type === 'datetime') return fmt.dateTime(value);
  if (field.type === 'picklist' || field.type === 'multipicklist')
    return picklistLabel(field, value);
  if (field.type === 'reference') return relatedName(field, fields) ?? value;
  return value;
}

export interface ChangeDisplay {
  before: string;
  after: string;
  /** Present for free text, where a word diff says more than two whole values. */
  segments?: DiffSegment[];
}

const DIFFED = new Set(['string', 'textarea']);

export function displayChange(
  field: FieldMeta | undefined,
  before: unknown,
  after: unknown,
  fmt: Formatter,
  fields?: FieldValues,
): ChangeDisplay {
  const shown: ChangeDisplay = {
    before: displayValue(before, field, fmt, fields),
    after: displayValue(after, field, fmt),
  };
  if (field && DIFFED.has(field.type) && typeof before === 'string' && typeof after === 'string') {
    shown.segments = textDiff(before, after);
  }

  return shown;
}
