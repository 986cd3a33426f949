/**
 * Turns JSON values from a request into stored values for a field's type, or the error Salesforce
 * answers. Numbers and booleans may come as strings ("10000"), as Salesforce allows.
 */
import { parseSfDate, parseSfDateTime, sfDateTime } from '../dates';
import { failure, type FieldDescribe, type FieldValue, type SfFailure } from '../types';

const TEXT = [
  'string',
  'textarea',
  'picklist',
  'multipicklist',
  'combobox',
  'email',
  'phone',
  'url',
  'encryptedstring',
];
const NUMBER = ['int', 'double', 'currency', 'percent'];
export const ID_SHAPE = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

export type Coerced = { ok: true; value: FieldValue } | { ok: false; failure: SfFailure };

const parserError = (javaType: string, token: string, value: string, tail: string): Coerced => ({
  ok: false,
  failure: failure(
    400,
    'JSON_PARSER_ERROR',
    `Cannot deserialize instance of ${javaType} from ${token} value ${value} or ${tail}`,
  ),
});

const wrongType = (field: FieldDescribe, value: unknown): Coerced => ({
  ok: false,
  failure: failure(
    400,
    'INVALID_TYPE_ON_FIELD_IN_RECORD',
    `${field.label}: value not of required type: ${JSON.stringify(value)}`,
    [field.name],
  ),
});

export function coerce(field: FieldDescribe, value: unknown): Coerced {
  if (value === null) return { ok: true, value: null };
  if (typeof value === 'object') {
    return parserError(
      field.type === 'boolean' ? 'boolean' : 'string',
      Array.isArray(value) ? 'START_ARRAY' : 'START_OBJECT',
      Array.isArray(value) ? '[' : '{',
      'request may be missing a required field',
    );
  }
  const scalar = value as string | number | boolean;
  if (TEXT.includes(field.type)) return { ok: true, value: String(scalar) };
  if (NUMBER.includes(field.type)) {
    if (typeof value === 'number')
      return { ok: true, value: field.type === 'int' ? Math.trunc(value) : value };
    if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
      return { ok: true, value: Number(value) };
    }
    if (typeof value === 'string') {
      return parserError(
        field.type === 'int' ? 'int' : 'double',
        'VALUE_STRING',
        value,
        'request may be missing a required field',
      );
    }
    return wrongType(field, value);
  }
  if (field.type === 'boolean') {
    if (typeof value === 'boolean') return { ok: true, value };
    if (value === 'true' || value === 'false') return { ok: true, value: value === 'true' };
    if (typeof value === 'string')
      return parserError(
        'boolean',
        'VALUE_STRING',
        value,
        'request may be missing a required field',
      );
    return wrongType(field, value);
  }
  if (field.type === 'date') {
    if (typeof value !== 'string') return wrongType(field, value);
    if (parseSfDate(value)) return { ok: true, value };
    const asDateTime = parseSfDateTime(value);
    if (asDateTime) return { ok: true, value: value.slice(0, 10) };
    return parserError('date', 'VALUE_STRING', value, 'value is not in the correct format');
  }
  if (field.type === 'datetime') {
    if (typeof value !== 'string') return wrongType(field, value);
    const d = parseSfDateTime(value);
    if (d) return { ok: true, value: sfDateTime(d) };
    return parserError('datetime', 'VALUE_STRING', value, 'value is not in the correct format');
  }
  if (field.type === 'reference' || field.type === 'id') {
    if (typeof value === 'string' && (value === '' || ID_SHAPE.test(value)))
      return { ok: true, value: value === '' ? null : value };
    return {
      ok: false,
      failure: failure(
        400,
        'MALFORMED_ID',
        `${field.label}: id value of incorrect type: ${String(scalar)}`,
        [field.name],
      ),
    };
  }
  return {
    ok: true,
    value:
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null,
  };
}
