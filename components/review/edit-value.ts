import { checkDependency, recordTypeValues } from '@/lib/changes';
import type { FieldMeta, ObjectMeta, PicklistValue } from '@/lib/salesforce/describe';
import type { FieldValues } from '@/lib/salesforce/record-context';

/** The kind of input that fits a field type. */
export type EditorKind =
  | 'picklist'
  | 'multipicklist'
  | 'checkbox'
  | 'number'
  | 'date'
  | 'datetime'
  | 'time'
  | 'textarea'
  | 'text';

export function editorKindOf(field: FieldMeta | undefined): EditorKind {
  switch (field?.type) {
    case 'picklist':
      return 'picklist';
    case 'multipicklist':
      return 'multipicklist';
    case 'boolean':
      return 'checkbox';
    case 'int':
    case 'double':
    case 'currency':
    case 'percent':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'time':
      return 'time';
    case 'textarea':
      return 'textarea';
    default:
      return 'text';
  }
}

/** What the input holds: text for most kinds, a flag for a checkbox, a list for a multi-select. */
export type InputValue = string | boolean | string[];

const pad = (n: number) => String(n).padStart(2, '0');

/** `datetime-local` works in the browser's zone, without seconds. */
function localDateTime(iso: string): string {
  const date = new Date(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(date.getTime())) return '';

  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

export function toInputValue(kind: EditorKind, value: unknown): InputValue {
  if (kind === 'checkbox') return value === true;
  if (value === undefined || value === null) return kind === 'multipicklist' ? [] : '';
  if (kind === 'multipicklist') return typeof value === 'string' ? value.split(';') : [];
  if (kind === 'number') return typeof value === 'number' ? String(value) : '';
  if (typeof value !== 'string') return JSON.stringify(value);
  if (kind === 'datetime') return localDateTime(value);
  if (kind === 'time') return value.slice(0, 5);

  return value;
}

/**
 * The value to write for what was entered, in the shape the REST API takes. Nonsense (a number
 * that does not parse) is passed on as is so validation can say what is wrong with it.
 */
export function fromInputValue(kind: EditorKind, input: InputValue): unknown {
  if (kind === 'checkbox') return input === true;
  if (Array.isArray(input)) return input.length ? input.join(';') : null;
  if (typeof input !== 'string') return input;

  const text = kind === 'textarea' ? input : input.trim();
  if (text === '') return null;
  if (kind === 'number') return Number(text);
  if (kind === 'datetime') {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? text : date.toISOString();
  }

  if (kind === 'time') return /^\d{2}:\d{2}$/.test(text) ? `${text}:00.000Z` : text;

  return text;
}

/**
 * The values a picklist may take on this record: active, allowed for its record type and, for a
 * dependent picklist, for the controlling value the record would have.
 */
export function allowedPicklistValues(
  object: ObjectMeta,
  field: FieldMeta,
  recordTypeId: string | undefined,
  fields: FieldValues,
): PicklistValue[] {
  const byRecordType = recordTypeValues(object, field, recordTypeId);
  return field.picklistValues.filter(
    (p) =>
      p.active &&
      (!byRecordType || byRecordType.includes(p.value)) &&
      checkDependency(object, field, p.value, fields).ok,
  );
}

/** The HTML input type for the kinds shown in a plain `<input>`; text fields by their format. */
export function htmlInputTypeOf(kind: EditorKind, field: FieldMeta | undefined): string {
  if (kind !== 'text') return HTML_INPUT_TYPES[kind] ?? 'text';

  return TEXT_FORMATS[field?.type ?? ''] ?? 'text';
}

const HTML_INPUT_TYPES: Partial<Record<EditorKind, string>> = {
  number: 'number',
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
};

const TEXT_FORMATS: Record<string, string> = { email: 'email', phone: 'tel', url: 'url' };
