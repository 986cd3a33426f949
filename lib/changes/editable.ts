import type { FieldMeta, FieldType, ObjectMeta } from '../salesforce/describe';
import type { Environment, FieldValues, LoadedRecord } from '../salesforce/record-context';
import type { WritePolicy } from '../settings/write-policy';

import { checkPolicy, validateChange } from './validate';

/**
 * Types a person can enter by hand. References are left out: a raw record id is no way to pick a
 * related record, and ids, addresses, locations and encrypted fields are never written.
 */
const HAND_EDIT_TYPES = new Set<FieldType>([
  'string',
  'textarea',
  'picklist',
  'multipicklist',
  'combobox',
  'boolean',
  'int',
  'double',
  'currency',
  'percent',
  'date',
  'datetime',
  'time',
  'email',
  'phone',
  'url',
]);

export interface EditableFields {
  /** API names of the fields offered, by label. */
  fields: string[];
  /** Why nothing at all can be edited here (writes off, production blocked, object not writable). */
  blocked?: string;
}

/**
 * The fields of a loaded record a person may edit by hand: the object and field are updateable for
 * the connected user, not calculated, of a type with an input, not blocked by policy, and read with
 * the record (so the base value of the change is known without another request).
 */
export function editableFields(
  object: ObjectMeta,
  record: LoadedRecord,
  policy: WritePolicy,
  environment: Environment,
): EditableFields {
  const whole = checkPolicy(policy, environment, object.name, '');
  if (!whole.ok) return { fields: [], blocked: whole.reason };

  // TODO [2027-03-01]: offer fields beyond the ones the record view reads, once their current
  // values can be read in the same request.
  const fields = Object.values(object.fields)
    .filter(
      (f) =>
        object.updateable &&
        f.updateable &&
        !f.calculated &&
        HAND_EDIT_TYPES.has(f.type) &&
        f.name in record.fields &&
        checkPolicy(policy, environment, object.name, f.name).ok,
    )
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((f) => f.name);
  return { fields };
}

/** Fields whose label or API name contains every word of the query, ignoring case. */
export function filterFields(fields: FieldMeta[], query: string): FieldMeta[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return fields;

  return fields.filter((f) => {
    const text = `${f.label} ${f.name}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/**
 * Checks hand-entered values with the validator suggestions go through, against the record as it
 * would be with all of them (a dependent picklist follows a controller edited alongside it).
 * Answers the reason per field that cannot be written; empty when all can.
 */
export function checkHandEdits(
  values: FieldValues,
  object: ObjectMeta,
  record: LoadedRecord,
  policy: WritePolicy,
  environment: Environment,
): Record<string, string> {
  const after: FieldValues = { ...record.fields, ...values };
  const problems: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    const result = validateChange(
      { field, proposedValue: value },
      object,
      record,
      policy,
      environment,
      after,
    );
    if (!result.ok) problems[field] = result.reason;
  }

  return problems;
}
