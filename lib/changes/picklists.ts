import type { FieldMeta, ObjectMeta } from '../salesforce/describe';
import type { FieldValues } from '../salesforce/record-context';

/**
 * Which picklist values a record may take: active values of the describe, narrowed by the
 * record type (UI API) and, for a dependent picklist, by the controlling field's current value.
 */
export function recordTypeValues(
  object: ObjectMeta,
  field: FieldMeta,
  recordTypeId: string | undefined,
): string[] | undefined {
  if (!recordTypeId) return undefined;

  return object.recordTypePicklists?.[recordTypeId]?.[field.name];
}

/**
 * `validFor` is a base64 bitmap over the controlling field's values: bit `i` (most significant
 * bit first in each byte) says the value is valid when the controller has its `i`-th value.
 */
export function validForIndex(validFor: string, index: number): boolean {
  const bytes = atob(validFor);
  const byte = bytes.charCodeAt(index >> 3);
  if (Number.isNaN(byte)) return false;

  return (byte & (0x80 >> (index & 7))) !== 0;
}

/** The index of a controlling value: a checkbox counts false as 0 and true as 1. */
export function controllerIndex(controller: FieldMeta, value: unknown): number | undefined {
  if (controller.type === 'boolean') return value === true ? 1 : 0;
  if (typeof value !== 'string') return undefined;

  const index = controller.picklistValues.findIndex((p) => p.value === value);
  return index === -1 ? undefined : index;
}

export type DependencyCheck = { ok: true } | { ok: false; controllerLabel: string };

export function checkDependency(
  object: ObjectMeta,
  field: FieldMeta,
  value: string,
  fields: FieldValues,
): DependencyCheck {
  if (!field.dependentPicklist || !field.controllerName) return { ok: true };

  const controller = object.fields[field.controllerName];
  if (!controller) return { ok: true };

  const entry = field.picklistValues.find((p) => p.value === value);
  const index = controllerIndex(controller, fields[controller.name]);
  const valid =
    entry?.validFor != null && index !== undefined && validForIndex(entry.validFor, index);
  return valid ? { ok: true } : { ok: false, controllerLabel: controller.label };
}
