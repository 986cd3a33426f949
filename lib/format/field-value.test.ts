import { describe, expect, it } from 'vitest';

import { formatFieldValue } from './field-value';

const base = { picklistValues: [], scale: 0 };
const en = { locale: 'en-US', currency: 'EUR', timeZone: 'Europe/Berlin' };

describe('formatFieldValue', () => {
  it('shows a date-only value on its calendar day whatever the time zone', () => {
    expect(
      formatFieldValue({ ...base, type: 'date' }, '2026-12-31', {
        ...en,
        timeZone: 'Pacific/Honolulu',
      }),
    ).toBe('Dec 31, 2026');
  });

  it('formats amounts in the org currency and the reader locale', () => {
    expect(formatFieldValue({ ...base, type: 'currency', scale: 2 }, 12500, en)).toBe('€12,500.00');
    const german = formatFieldValue({ ...base, type: 'currency' }, 12500, {
      ...en,
      locale: 'de-DE',
    });
    expect(german.replace(/\s/g, ' ')).toBe('12.500,00 €');
  });

  it('shows an amount without a currency symbol when the currency is unknown', () => {
    expect(
      formatFieldValue({ ...base, type: 'currency', scale: 2 }, 48000, {
        ...en,
        currency: undefined,
      }),
    ).toBe('48,000');
  });

  it('shows picklists by label, booleans as marks and blanks as a dash', () => {
    const picklist = {
      ...base,
      type: 'picklist' as const,
      picklistValues: [{ value: 'Closed Won', label: 'Won', active: true, defaultValue: false }],
    };

    expect(formatFieldValue(picklist, 'Closed Won', en)).toBe('Won');
    expect(formatFieldValue({ ...base, type: 'boolean' }, true, en)).toBe('✓');
    expect(formatFieldValue({ ...base, type: 'string' }, null, en)).toBe('—');
  });

  it('formats a Salesforce datetime in the user time zone', () => {
    expect(
      formatFieldValue({ ...base, type: 'datetime' }, '2026-12-03T23:30:00.000+0000', en),
    ).toBe('Dec 4, 2026, 12:30 AM');
  });
});
