import { t } from '../../i18n';
import type { FieldMeta } from '../../salesforce/describe';
import { zonedInstant } from '../dates';

import { parseDatePhrase } from './date-phrase';
import { parseNumberPhrase } from './number-phrase';

export interface ValueContext {
  today: string;
  timeZone: string;
  locale: string;
  /** The currency amounts on this record are in. */
  currency: string | undefined;
}

export type ValueParse = { ok: true; value: unknown } | { ok: false; message: string };

const TRUE_WORDS = new Set(['true', 'yes', 'on', 'checked', 'ticked', 'y', '1', 'ja']);
const FALSE_WORDS = new Set(['false', 'no', 'off', 'unchecked', 'unticked', 'n', '0', 'nein']);
const BLANK_WORDS = new Set(['blank', 'empty', 'nothing', 'none', 'null', 'clear']);

const simplify = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function picklistValue(field: FieldMeta, text: string): ValueParse {
  const options = field.picklistValues.filter((p) => p.active);
  const wanted = text.toLowerCase();
  const exact = options.find(
    (p) => p.value.toLowerCase() === wanted || p.label.toLowerCase() === wanted,
  );
  if (exact) return { ok: true, value: exact.value };

  const key = simplify(text);
  const loose = options.filter((p) => simplify(p.value) === key || simplify(p.label) === key);
  const partial = loose.length
    ? loose
    : options.filter((p) => key.length >= 3 && simplify(p.label).includes(key));
  if (partial.length === 1) return { ok: true, value: partial[0]!.value };

  const choices = (partial.length > 1 ? partial : options).map((p) => p.label).slice(0, 12);
  return {
    ok: false,
    message: t('parseNotAChoice', [text, field.label, choices.join(', ')]),
  };
}

function numberValue(field: FieldMeta, text: string, ctx: ValueContext): ValueParse {
  const parsed = parseNumberPhrase(text, ctx.locale);
  if (!parsed.ok) return { ok: false, message: t('parseNotANumber', text) };

  if (
    field.type === 'currency' &&
    parsed.currency &&
    ctx.currency &&
    parsed.currency !== ctx.currency
  ) {
    return {
      ok: false,
      message: t('parseWrongCurrency', [field.label, ctx.currency, text, parsed.currency]),
    };
  }

  return { ok: true, value: parsed.value };
}

function dateValue(field: FieldMeta, text: string, ctx: ValueContext): ValueParse {
  const timed = /^(.*?)\s+at\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  const date = parseDatePhrase(timed ? (timed[1] ?? '') : text, ctx.today, ctx.locale);
  if (!date) return { ok: false, message: t('parseNotADate', text) };
  if (field.type === 'date') return { ok: true, value: date };

  let hour = timed ? Number(timed[2]) : 9;
  const minute = timed?.[3] ? Number(timed[3]) : 0;
  const meridiem = timed?.[4]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { ok: true, value: zonedInstant(date, hour, minute, ctx.timeZone) };
}

/** Reads a typed value for a field, by the field's type. */
export function parseFieldValue(field: FieldMeta, raw: string, ctx: ValueContext): ValueParse {
  const text = raw.trim().replace(/^["“'‘](.*)["”'’]$/, '$1');
  if (BLANK_WORDS.has(text.toLowerCase()) && field.type !== 'boolean')
    return { ok: true, value: null };

  switch (field.type) {
    case 'picklist':
      return picklistValue(field, text);
    case 'multipicklist': {
      const parts = text.split(/\s*(?:;|,|\band\b)\s*/).filter(Boolean);
      const values: string[] = [];
      for (const part of parts) {
        const one = picklistValue(field, part);
        if (!one.ok) return one;
        values.push(one.value as string);
      }
      return { ok: true, value: values.join(';') };
    }
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, message: t('parseNotYesNo', [field.label, text]) };
    }
    case 'int':
    case 'double':
    case 'currency':
    case 'percent':
      return numberValue(field, text, ctx);
    case 'date':
    case 'datetime':
      return dateValue(field, text, ctx);
    case 'string':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'url':
    case 'combobox':
    case 'encryptedstring':
      return text
        ? { ok: true, value: text }
        : { ok: false, message: t('parseNeedsValue', field.label) };
    case 'id':
    case 'reference':
    case 'time':
    case 'address':
    case 'location':
    case 'base64':
    case 'anyType':
      return { ok: false, message: t('parseCannotSet', field.label) };
  }
}
