import { describe, expect, it } from 'vitest';

import { createFormatter, toBcp47 } from './format';

describe('createFormatter', () => {
  it('formats amounts in the org currency with the user locale', () => {
    const german = createFormatter({ locale: 'de_DE', currency: 'EUR', timeZone: 'Europe/Berlin' });
    const american = createFormatter({ locale: 'en_US', currency: 'USD', timeZone: 'UTC' });

    expect(german.currency(12000.5)).toBe('12.000,50\u00a0€');
    expect(american.currency(12000.5)).toBe('$12,000.50');
    expect(american.currency(99, 'EUR')).toBe('€99.00');
  });

  it('shows a date field as the same calendar day in any zone', () => {
    const honolulu = createFormatter({
      locale: 'en-US',
      currency: 'USD',
      timeZone: 'Pacific/Honolulu',
    });

    expect(honolulu.date('2026-01-15')).toBe('Jan 15, 2026');
  });

  it('shows a datetime in the user zone and relative days in words', () => {
    const berlin = createFormatter({ locale: 'en-GB', currency: 'EUR', timeZone: 'Europe/Berlin' });

    expect(berlin.dateTime('2026-01-15T23:30:00.000+0000')).toBe('16 Jan 2026, 00:30');
    expect(berlin.relativeDays('2026-01-16', '2026-01-15')).toBe('tomorrow');
    expect(berlin.relativeDays('2026-01-10', '2026-01-15')).toBe('5 days ago');
    expect(berlin.list(['Ann', 'Bob', 'Cy'])).toBe('Ann, Bob and Cy');
  });

  it('falls back to en-US for a locale Intl cannot read', () => {
    expect(toBcp47('not a locale!')).toBe('en-US');
    expect(toBcp47(undefined)).toBe('en-US');
  });
});
