import { t, type MessageKey } from '../i18n';
import { isIsoDate, parseInstant } from '../insights/dates';
import type { FieldMeta, FieldType } from '../salesforce/describe';

import type { RejectionCode } from './types';

export type ValueCheck = { ok: true } | { ok: false; code: RejectionCode; reason: string };

const OK: ValueCheck = { ok: true };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?Z?$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const TEXT_TYPES = new Set(['string', 'textarea', 'email', 'phone', 'url', 'encryptedstring']);
const NUMBER_TYPES = new Set(['int', 'double', 'currency', 'percent']);

function invalid(field: FieldMeta, expected: MessageKey, ...more: string[]): ValueCheck {
  return { ok: false, code: 'invalid-value', reason: t(expected, [field.label, ...more]) };
}

/** Characters as Salesforce counts them (code points, not UTF-16 units). */
export function textLength(value: string): number {
  return [...value].length;
}

function checkText(field: FieldMeta, value: unknown): ValueCheck {
  if (typeof value !== 'string') return invalid(field, 'valueNeedsText');

  if (field.length > 0 && textLength(value) > field.length) {
    return {
      ok: false,
      code: 'too-long',
      reason: t('valueTooLong', [field.label, String(field.length)]),
    };
  }

  if (field.type === 'email' && !EMAIL.test(value)) return invalid(field, 'valueNeedsEmail');
  if (field.type === 'url' && /\s/.test(value)) return invalid(field, 'valueNeedsUrl');
  return OK;
}

function checkNumber(field: FieldMeta, value: unknown): ValueCheck {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return invalid(field, 'valueNeedsNumber');
  if (field.type === 'int' && !Number.isInteger(value))
    return invalid(field, 'valueNeedsWholeNumber');

  // precision counts every digit, scale the ones after the point
  const integerDigits = field.precision - field.scale;
  if (field.precision > 0 && Math.abs(Math.trunc(value)).toString().length > integerDigits) {
    return invalid(field, 'valueNeedsDigits', String(integerDigits));
  }

  return OK;
}

/** Type and format of a non-blank value. Picklist membership is checked separately. */
export function checkValueType(field: FieldMeta, value: unknown): ValueCheck {
  if (TEXT_TYPES.has(field.type)) return checkText(field, value);
  if (NUMBER_TYPES.has(field.type)) return checkNumber(field, value);

  if (field.type === 'picklist' || field.type === 'multipicklist' || field.type === 'combobox') {
    return checkText(field, value);
  }

  const check = OTHER_CHECKS[field.type];
  return check ? check(field, value) : unsupported(field);
}

function unsupported(field: FieldMeta): ValueCheck {
  return {
    ok: false,
    code: 'unsupported-type',
    reason: t('valueUnsupportedType', field.label),
  };
}

type Check = (field: FieldMeta, value: unknown) => ValueCheck;

/** Types without a check here (id, address, location, base64, anyType) are never written. */
const OTHER_CHECKS: Partial<Record<FieldType, Check>> = {
  boolean: (field, value) => (typeof value === 'boolean' ? OK : invalid(field, 'valueNeedsYesNo')),
  date: (field, value) =>
    typeof value === 'string' && isIsoDate(value) ? OK : invalid(field, 'valueNeedsDate'),
  datetime: (field, value) =>
    typeof value === 'string' && DATETIME.test(value) && parseInstant(value)
      ? OK
      : invalid(field, 'valueNeedsDateTime'),
  time: (field, value) =>
    typeof value === 'string' && TIME.test(value) ? OK : invalid(field, 'valueNeedsTime'),
  reference: (field, value) =>
    typeof value === 'string' && RECORD_ID.test(value) ? OK : invalid(field, 'valueNeedsRecordId'),
};
