import { t } from '../i18n';
import type { FieldMeta, ObjectMeta } from '../salesforce/describe';
import type { Environment, FieldValues, LoadedRecord } from '../salesforce/record-context';
import type { WritePolicy } from '../settings/write-policy';

import { checkDependency, recordTypeValues } from './picklists';
import type { ChangeSet, ValidationResult } from './types';
import { effectiveValue } from './types';
import { checkValueType } from './value-checks';

const OK: ValidationResult = { ok: true };

/** What a change needs to be checked: the field and the value it would write. */
export interface ChangeToCheck {
  field: string;
  proposedValue?: unknown;
  editedValue?: unknown;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isBlocked(policy: WritePolicy, objectApiName: string, field: string): boolean {
  const lists = [policy.blockedFields[objectApiName] ?? [], policy.blockedFields['*'] ?? []];
  return lists.some((list) => list.includes(field) || list.includes('*'));
}

/** Policy rules that do not depend on the value. */
export function checkPolicy(
  policy: WritePolicy,
  environment: Environment,
  objectApiName: string,
  field: string,
): ValidationResult {
  if (policy.writeMode === 'off') {
    return { ok: false, code: 'writes-off', reason: t('validateWritesOff') };
  }

  if (environment === 'production' && !policy.allowProductionWrites) {
    return {
      ok: false,
      code: 'production-blocked',
      reason: t('validateSandboxOnly'),
    };
  }

  if (policy.writableObjects && !policy.writableObjects.includes(objectApiName)) {
    return {
      ok: false,
      code: 'object-not-writable',
      reason: t('validateObjectNotWritable', objectApiName),
    };
  }

  if (isBlocked(policy, objectApiName, field)) {
    return { ok: false, code: 'field-blocked', reason: t('validateFieldBlocked', field) };
  }

  return OK;
}

function checkPicklist(
  object: ObjectMeta,
  field: FieldMeta,
  value: string,
  record: LoadedRecord,
  fields: FieldValues,
): ValidationResult {
  const values = field.type === 'multipicklist' ? value.split(';') : [value];
  const active = field.picklistValues.filter((p) => p.active).map((p) => p.value);
  const known = field.picklistValues.map((p) => p.value);
  const byRecordType = recordTypeValues(object, field, record.recordTypeId);

  for (const one of values) {
    if ((field.restrictedPicklist || known.includes(one)) && !active.includes(one)) {
      return {
        ok: false,
        code: 'picklist-value',
        reason: t('validatePicklistInactive', [one, field.label]),
      };
    }

    if (byRecordType && (field.restrictedPicklist || known.includes(one))) {
      if (!byRecordType.includes(one)) {
        return {
          ok: false,
          code: 'record-type',
          reason: t('validateRecordType', [one, field.label]),
        };
      }
    }

    const dependency = checkDependency(object, field, one, fields);
    if (!dependency.ok) {
      return {
        ok: false,
        code: 'dependent-picklist',
        reason: t('validateDependent', [one, field.label, dependency.controllerLabel]),
      };
    }
  }

  return OK;
}

/**
 * Whether one field change may be written: policy, field access, required, type, length and
 * picklist rules for this record. `fields` are the record's values after the other accepted
 * changes (a dependent picklist follows a controller changed in the same set).
 */
export function validateChange(
  change: ChangeToCheck,
  object: ObjectMeta,
  record: LoadedRecord,
  policy: WritePolicy,
  environment: Environment,
  fields: FieldValues = record.fields,
): ValidationResult {
  const policyCheck = checkPolicy(policy, environment, object.name, change.field);
  if (!policyCheck.ok) return policyCheck;

  const field = object.fields[change.field];
  if (!field) {
    return {
      ok: false,
      code: 'unknown-field',
      reason: t('validateNoSuchField', [object.label, change.field]),
    };
  }

  if (!object.updateable || !field.updateable || field.calculated) {
    return { ok: false, code: 'not-updateable', reason: t('validateNotUpdateable', field.label) };
  }

  const value = change.editedValue !== undefined ? change.editedValue : change.proposedValue;
  if (isBlank(value)) {
    // A checkbox is never blank; other fields may be cleared when nillable.
    if (field.type === 'boolean' || !field.nillable) {
      return { ok: false, code: 'required', reason: t('validateRequired', field.label) };
    }

    return OK;
  }

  const typeCheck = checkValueType(field, value);
  if (!typeCheck.ok) return typeCheck;

  const isPicklist = field.type === 'picklist' || field.type === 'multipicklist';
  return isPicklist ? checkPicklist(object, field, value as string, record, fields) : OK;
}

export interface ChangeSetValidation {
  /** One result per row, in the order of `changeSet.changes`. */
  results: ValidationResult[];
  /** True when every accepted row is valid and the set respects the policy's size limit. */
  ok: boolean;
}

/** Checks every row against the record as it would be after the accepted rows. */
export function validateChangeSet(
  changeSet: ChangeSet,
  object: ObjectMeta,
  record: LoadedRecord,
  policy: WritePolicy,
): ChangeSetValidation {
  const accepted = changeSet.changes.filter((c) => c.decision === 'accepted');
  const after: FieldValues = { ...record.fields };
  for (const change of accepted) after[change.field] = effectiveValue(change);

  const tooMany = accepted.length > policy.maxFieldsPerChange;
  const results = changeSet.changes.map((change): ValidationResult => {
    if (tooMany && change.decision === 'accepted') {
      return {
        ok: false,
        code: 'too-many-fields',
        reason: t('validateTooManyFields', String(policy.maxFieldsPerChange)),
      };
    }

    return validateChange(change, object, record, policy, changeSet.environment, after);
  });
  const ok = results.every((r, i) => r.ok || changeSet.changes[i]?.decision !== 'accepted');
  return { results, ok };
}
