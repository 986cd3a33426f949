import { z } from 'zod';

import type { ObjectMeta } from './describe';

/** Field API name → the picklist values a record type offers for it. */
export type RecordTypeValues = Record<string, string[]>;

const collectionSchema = z.object({
  picklistFieldValues: z.record(
    z.string(),
    z.object({ values: z.array(z.looseObject({ value: z.string() })) }),
  ),
});

const RECORD_TYPE_ID = /^012[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;
const OBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The UI API path of every picklist's values for one record type
 * (`ui-api/object-info/<object>/picklist-values/<recordTypeId>`), or undefined when either part
 * is not what it claims to be (record values never become a path unchecked).
 */
export function recordTypePicklistPath(
  objectApiName: string,
  recordTypeId: string,
): string | undefined {
  if (!OBJECT_NAME.test(objectApiName) || !RECORD_TYPE_ID.test(recordTypeId)) return undefined;

  return `ui-api/object-info/${objectApiName}/picklist-values/${recordTypeId}`;
}

/** Reads Salesforce's PicklistValuesCollection; undefined when the answer has another shape. */
export function parsePicklistCollection(body: unknown): RecordTypeValues | undefined {
  const parsed = collectionSchema.safeParse(body);
  if (!parsed.success) return undefined;

  return Object.fromEntries(
    Object.entries(parsed.data.picklistFieldValues).map(([field, { values }]) => [
      field,
      values.map((v) => v.value),
    ]),
  );
}

/** The describe with one record type's values added, for validation and the editor to narrow by. */
export function withRecordTypeValues(
  object: ObjectMeta,
  recordTypeId: string,
  values: RecordTypeValues,
): ObjectMeta {
  return {
    ...object,
    recordTypePicklists: { ...object.recordTypePicklists, [recordTypeId]: values },
  };
}

/**
 * Whether changing `fields` of a record of this record type needs its picklist values first:
 * only when a picklist field is among them and the record type's values are not known yet.
 */
export function needsRecordTypeValues(
  object: ObjectMeta,
  recordTypeId: string | undefined,
  fields: readonly string[],
): boolean {
  if (!recordTypeId || object.recordTypePicklists?.[recordTypeId]) return false;

  return fields.some((name) => {
    const type = object.fields[name]?.type;
    return type === 'picklist' || type === 'multipicklist';
  });
}
