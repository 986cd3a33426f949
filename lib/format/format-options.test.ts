import { describe, expect, it } from 'vitest';

import type { FieldMeta } from '../salesforce/describe';
import { formatFieldValue } from './field-value';
import { formatOptionsFor } from './format-options';

function context(
  over: { currency?: string; locale?: string; timeZone?: string; recordCurrency?: string } = {},
) {
  return {
    org: { currencyIsoCode: over.currency } as never,
    user: { locale: over.locale, timeZone: over.timeZone } as never,
    record: {
      fields: over.recordCurrency ? { CurrencyIsoCode: over.recordCurrency } : {},
    } as never,
  };
}

const AMOUNT: Pick<FieldMeta, 'type' | 'picklistValues' | 'scale'> = {
  type: 'currency',
  picklistValues: [],
  scale: 2,
};

describe('formatOptionsFor', () => {
  it('uses the user’s Salesforce locale and zone and the org’s currency', () => {
    const options = formatOptionsFor(
      context({ currency: 'EUR', locale: 'de_DE', timeZone: 'Europe/Berlin' }),
      'en-US',
    );

    expect(options).toEqual({ locale: 'de-DE', currency: 'EUR', timeZone: 'Europe/Berlin' });
    expect(formatFieldValue(AMOUNT, 48000, options).replace(/\s/g, ' ')).toBe('48.000,00 €');
  });

  it('shows an amount in the record’s own currency in a multi-currency org', () => {
    const options = formatOptionsFor(
      context({ currency: 'EUR', locale: 'en_US', recordCurrency: 'USD' }),
      'en-US',
    );

    expect(formatFieldValue(AMOUNT, 48000, options)).toBe('$48,000.00');
  });

  it('falls back to the browser’s language, and to a plain number without a known currency', () => {
    const options = formatOptionsFor(context(), 'en-GB');

    expect(options).toEqual({ locale: 'en-GB', currency: undefined, timeZone: undefined });
    expect(formatFieldValue(AMOUNT, 48000, options)).toBe('48,000');
  });

  it('does not break on a locale the browser cannot read', () => {
    const options = formatOptionsFor(context({ locale: 'not a locale!' }), '');

    expect(options.locale).toBe('en-US');
  });
});
