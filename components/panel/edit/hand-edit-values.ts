import {
  allowedPicklistValues,
  editorKindOf,
  fromInputValue,
  toInputValue,
  type InputValue,
} from '@/components/review/edit-value';
import { checkHandEdits, sameValue } from '@/lib/changes';
import type { FieldMeta, ObjectMeta, PicklistValue } from '@/lib/salesforce/describe';
import type { Environment, FieldValues, LoadedRecord } from '@/lib/salesforce/record-context';
import type { WritePolicy } from '@/lib/settings/write-policy';

/** What a person has entered so far: field API name → input, in the order they picked them. */
export type HandInputs = Record<string, InputValue>;

export function initialInput(field: FieldMeta, record: LoadedRecord): InputValue {
  return toInputValue(editorKindOf(field), record.fields[field.name]);
}

/** The values to write for the inputs, leaving out fields whose value did not change. */
export function changedValues(
  inputs: HandInputs,
  object: ObjectMeta,
  record: LoadedRecord,
): FieldValues {
  const values: FieldValues = {};
  for (const [name, input] of Object.entries(inputs)) {
    const value = fromInputValue(editorKindOf(object.fields[name]), input);
    if (!sameValue(value, record.fields[name])) values[name] = value;
  }

  return values;
}

export type HandEditOutcome =
  | { kind: 'ready'; values: FieldValues }
  | { kind: 'nothing-changed' }
  | { kind: 'invalid'; problems: Record<string, string> };

/** Whether the entered values can go to review, with the validator's reason per bad field. */
export function checkInputs(
  inputs: HandInputs,
  object: ObjectMeta,
  record: LoadedRecord,
  policy: WritePolicy,
  environment: Environment,
): HandEditOutcome {
  const values = changedValues(inputs, object, record);
  if (!Object.keys(values).length) return { kind: 'nothing-changed' };

  const problems = checkHandEdits(values, object, record, policy, environment);
  return Object.keys(problems).length ? { kind: 'invalid', problems } : { kind: 'ready', values };
}

/**
 * The options of a picklist input: the values valid on the record as it would be with the other
 * entries (a dependent picklist follows its controller edited alongside), plus the current value
 * when it is no longer valid, so opening the input never changes the field by itself.
 */
export function picklistOptions(
  field: FieldMeta,
  object: ObjectMeta,
  record: LoadedRecord,
  inputs: HandInputs,
): PicklistValue[] {
  const isPicklist = field.type === 'picklist' || field.type === 'multipicklist';
  if (!isPicklist) return [];

  const after: FieldValues = { ...record.fields };
  for (const [name, input] of Object.entries(inputs)) {
    if (name !== field.name) after[name] = fromInputValue(editorKindOf(object.fields[name]), input);
  }

  const allowed = allowedPicklistValues(object, field, record.recordTypeId, after);
  const current = record.fields[field.name];
  if (field.type !== 'picklist' || typeof current !== 'string' || !current) return allowed;
  if (allowed.some((p) => p.value === current)) return allowed;

  const known = field.picklistValues.find((p) => p.value === current);
  return [
    { value: current, label: known?.label ?? current, active: false, defaultValue: false },
    ...allowed,
  ];
}

/** What to show beside a number or text input: the currency, a percent sign, a length limit. */
export type InputHint =
  | { kind: 'currency'; code: string | undefined }
  | { kind: 'percent' }
  | { kind: 'length'; used: number; max: number }
  | undefined;

const LIMITED_TEXT = new Set(['string', 'textarea', 'email', 'phone', 'url']);

export function inputHint(
  field: FieldMeta,
  input: InputValue,
  currency: string | undefined,
): InputHint {
  // Without the record's or the org's currency, the hint still says it is an amount of money.
  if (field.type === 'currency') return { kind: 'currency', code: currency };
  if (field.type === 'percent') return { kind: 'percent' };
  if (LIMITED_TEXT.has(field.type) && field.length > 0 && typeof input === 'string') {
    return { kind: 'length', used: [...input].length, max: field.length };
  }

  return undefined;
}
