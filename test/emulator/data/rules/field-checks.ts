/**
 * Per-field write checks in the order Salesforce applies them: the field exists for the caller,
 * may be written, parses, fits, and (for picklists) is an allowed value.
 */
import type { Profile } from '../../core/orgs';
import { canEditField, canSeeField } from '../access';
import { isValidFor, RECORD_TYPE_VALUES } from '../schema/picklists';
import type { Schema } from '../schema/schema';
import { type Fields, failure, type FieldDescribe, type SfFailure, str } from '../types';
import { coerce } from './coerce';

export type Checked = { ok: true; values: Fields } | { ok: false; failure: SfFailure };

export function checkFields(
  schema: Schema,
  profile: Profile,
  object: string,
  body: Record<string, unknown>,
  mode: 'create' | 'update',
): Checked {
  const values: Fields = {};
  const readOnly: string[] = [];
  const fields: [FieldDescribe, unknown][] = [];
  for (const [key, raw] of Object.entries(body)) {
    if (key === 'attributes') continue;
    const field = schema.field(object, key);
    if (!field || !canSeeField(profile, object, field.name)) {
      return {
        ok: false,
        failure: failure(
          400,
          'INVALID_FIELD',
          `No such column '${key}' on sobject of type ${object}`,
        ),
      };
    }
    if (field.name === 'Id' && mode === 'update') continue;
    const writable = mode === 'create' ? field.createable : field.updateable;
    if (!writable || !canEditField(profile, object, field.name)) readOnly.push(field.name);
    else fields.push([field, raw]);
  }
  if (readOnly.length > 0) {
    return {
      ok: false,
      failure: failure(
        400,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        readOnly,
      ),
    };
  }
  for (const [field, raw] of fields) {
    const coerced = coerce(field, raw);
    if (!coerced.ok) return coerced;
    const value = coerced.value;
    if (typeof value === 'string' && field.length > 0 && value.length > field.length) {
      return {
        ok: false,
        failure: failure(
          400,
          'STRING_TOO_LONG',
          `${field.label}: data value too large: ${value.slice(0, 40)} (max length=${field.length})`,
          [field.name],
        ),
      };
    }
    values[field.name] = value;
  }
  return { ok: true, values };
}

const badPicklist = (field: FieldDescribe, value: string) =>
  failure(
    400,
    'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
    `${field.label}: bad value for restricted picklist field: ${value}`,
    [field.name],
  );

/** Restricted, dependent and record-type picklist checks on the merged row. */
export function checkPicklists(
  schema: Schema,
  object: string,
  row: Fields,
  changed: string[],
): SfFailure | undefined {
  const recordTypeValues = RECORD_TYPE_VALUES[object]?.[str(row.RecordTypeId)] ?? {};
  const dependents = (schema.get(object)?.fields ?? [])
    .filter((f) => f.controllerName && changed.includes(f.controllerName))
    .map((f) => f.name);
  for (const name of [...changed, ...dependents]) {
    const field = schema.field(object, name);
    const value = row[name];
    if (!field || field.type !== 'picklist' || typeof value !== 'string') continue;
    const entry = field.picklistValues.find((p) => p.value === value);
    if (field.restrictedPicklist && !entry) return badPicklist(field, value);
    const subset = recordTypeValues[field.name];
    if (subset && !subset.includes(value)) return badPicklist(field, value);
    if (field.dependentPicklist && field.controllerName && entry?.validFor) {
      const controller = schema.field(object, field.controllerName)!;
      const index = controller.picklistValues.findIndex((p) => p.value === row[controller.name]);
      if (index < 0 || !isValidFor(entry.validFor, index)) return badPicklist(field, value);
    }
  }
  return undefined;
}

/** Fields a create must set and an update must not clear. */
export function missingRequired(
  schema: Schema,
  object: string,
  row: Fields,
  touched: string[] | 'all',
): string[] {
  return (schema.get(object)?.fields ?? [])
    .filter((f) => f.createable && !f.nillable && !f.defaultedOnCreate && f.type !== 'boolean')
    .filter((f) => touched === 'all' || touched.includes(f.name))
    .filter((f) => row[f.name] === null || row[f.name] === undefined || row[f.name] === '')
    .map((f) => f.name);
}
