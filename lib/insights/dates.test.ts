import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  isIsoDate,
  localDate,
  toLocalDate,
  weekdayOf,
  zonedInstant,
} from './dates';

describe('localDate', () => {
  it('puts a late-evening UTC instant on the next day in Berlin', () => {
    const instant = new Date('2026-03-10T23:30:00Z');

    expect(localDate(instant, 'Europe/Berlin')).toBe('2026-03-11');
    expect(localDate(instant, 'UTC')).toBe('2026-03-10');
    expect(localDate(instant, 'America/Los_Angeles')).toBe('2026-03-10');
  });
});

describe('toLocalDate', () => {
  it('keeps date fields and converts Salesforce datetimes with +0000 offsets', () => {
    expect(toLocalDate('2026-05-01', 'Asia/Tokyo')).toBe('2026-05-01');
    expect(toLocalDate('2026-05-01T20:00:00.000+0000', 'Asia/Tokyo')).toBe('2026-05-02');
    expect(toLocalDate(null, 'UTC')).toBeUndefined();
    expect(toLocalDate('not a date', 'UTC')).toBeUndefined();
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
  });

  it('clamps month ends and finds the end of a later month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(endOfMonth('2026-01-15', 1)).toBe('2026-02-28');
    expect(endOfMonth('2028-01-15', 1)).toBe('2028-02-29');
    expect(endOfMonth('2026-12-05', 1)).toBe('2027-01-31');
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(weekdayOf('2026-01-16')).toBe(5);
  });

  it('turns a wall-clock time into the right instant across daylight saving', () => {
    expect(zonedInstant('2026-01-15', 9, 0, 'Europe/Berlin')).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedInstant('2026-07-15', 9, 0, 'Europe/Berlin')).toBe('2026-07-15T07:00:00.000Z');
  });
});
