import type { FieldMeta } from '../salesforce/describe';

export interface FormatOptions {
  locale: string;
  /** The org's currency (or the record's CurrencyIsoCode in multi-currency orgs). */
  currency: string | undefined;
  timeZone: string | undefined;
}

/**
 * A field value as a person reads it: dates and amounts in their locale, picklists by label,
 * booleans as words, references by name when the related record's name came with it. Never HTML:
 * the panel shows rich text through `sanitizeRichText` (./rich-text.ts) instead.
 */
export function formatFieldValue(
  field: Pick<FieldMeta, 'type' | 'picklistValues' | 'scale'>,
  value: unknown,
  options: FormatOptions,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = asText(value);

  switch (field.type) {
    case 'date':
      return formatDate(text, options, false);
    case 'datetime':
      return formatDate(text, options, true);
    case 'currency':
      if (typeof value !== 'number') return text;
      // Without the org's currency, show the amount alone rather than guess a currency.
      return options.currency
        ? new Intl.NumberFormat(options.locale, {
            style: 'currency',
            currency: options.currency,
          }).format(value)
        : new Intl.NumberFormat(options.locale, { maximumFractionDigits: field.scale || 2 }).format(
            value,
          );
    case 'percent':
      return typeof value === 'number'
        ? new Intl.NumberFormat(options.locale, {
            style: 'percent',
            maximumFractionDigits: 2,
          }).format(value / 100)
        : text;
    case 'double':
    case 'int':
      return typeof value === 'number'
        ? new Intl.NumberFormat(options.locale, { maximumFractionDigits: field.scale || 2 }).format(
            value,
          )
        : text;
    case 'boolean':
      return value === true ? '✓' : '✗';
    case 'picklist':
    case 'combobox':
      return field.picklistValues.find((p) => p.value === value)?.label ?? text;
    case 'multipicklist':
      return text
        .split(';')
        .map((v) => field.picklistValues.find((p) => p.value === v)?.label ?? v)
        .join(', ');
    default:
      return text;
  }
}

function formatDate(value: string, options: FormatOptions, withTime: boolean): string {
  // A date-only value is a calendar day: format it in UTC so no time zone moves it a day.
  const parsed = new Date(withTime ? value.replace(/\+0000$/, 'Z') : `${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return value;
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short', timeZone: options.timeZone } : { timeZone: 'UTC' }),
  }).format(parsed);
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
