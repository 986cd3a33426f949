/**
 * SOQL date literals as time ranges [start, end) in UTC, relative to the emulator clock.
 * Weeks start on Sunday (en_US); quarters are calendar quarters (fiscal year starts in January).
 */
export const DATE_LITERALS = [
  'YESTERDAY',
  'TODAY',
  'TOMORROW',
  'LAST_WEEK',
  'THIS_WEEK',
  'NEXT_WEEK',
  'LAST_MONTH',
  'THIS_MONTH',
  'NEXT_MONTH',
  'LAST_90_DAYS',
  'NEXT_90_DAYS',
  'LAST_QUARTER',
  'THIS_QUARTER',
  'NEXT_QUARTER',
  'LAST_YEAR',
  'THIS_YEAR',
  'NEXT_YEAR',
];

export const N_DATE_LITERALS = [
  'LAST_N_DAYS',
  'NEXT_N_DAYS',
  'N_DAYS_AGO',
  'LAST_N_WEEKS',
  'NEXT_N_WEEKS',
  'LAST_N_MONTHS',
  'NEXT_N_MONTHS',
  'LAST_N_YEARS',
  'NEXT_N_YEARS',
];

export interface Range {
  start: number;
  end: number;
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);

export function dateLiteralRange(name: string, n: number, now: Date): Range {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  const day = (offset: number) => utc(y, m, d + offset);
  const week = (offset: number) => utc(y, m, d - now.getUTCDay() + 7 * offset);
  const month = (offset: number) => utc(y, m + offset, 1);
  const quarter = (offset: number) => utc(y, Math.floor(m / 3) * 3 + 3 * offset, 1);
  const year = (offset: number) => utc(y + offset, 0, 1);
  const ranges: Record<string, () => Range> = {
    YESTERDAY: () => ({ start: day(-1), end: day(0) }),
    TODAY: () => ({ start: day(0), end: day(1) }),
    TOMORROW: () => ({ start: day(1), end: day(2) }),
    LAST_WEEK: () => ({ start: week(-1), end: week(0) }),
    THIS_WEEK: () => ({ start: week(0), end: week(1) }),
    NEXT_WEEK: () => ({ start: week(1), end: week(2) }),
    LAST_MONTH: () => ({ start: month(-1), end: month(0) }),
    THIS_MONTH: () => ({ start: month(0), end: month(1) }),
    NEXT_MONTH: () => ({ start: month(1), end: month(2) }),
    LAST_90_DAYS: () => ({ start: day(-90), end: day(1) }),
    NEXT_90_DAYS: () => ({ start: day(1), end: day(91) }),
    LAST_QUARTER: () => ({ start: quarter(-1), end: quarter(0) }),
    THIS_QUARTER: () => ({ start: quarter(0), end: quarter(1) }),
    NEXT_QUARTER: () => ({ start: quarter(1), end: quarter(2) }),
    LAST_YEAR: () => ({ start: year(-1), end: year(0) }),
    THIS_YEAR: () => ({ start: year(0), end: year(1) }),
    NEXT_YEAR: () => ({ start: year(1), end: year(2) }),
    LAST_N_DAYS: () => ({ start: day(-n), end: day(1) }),
    NEXT_N_DAYS: () => ({ start: day(1), end: day(n + 1) }),
    N_DAYS_AGO: () => ({ start: day(-n), end: day(-n + 1) }),
    LAST_N_WEEKS: () => ({ start: week(-n), end: week(0) }),
    NEXT_N_WEEKS: () => ({ start: week(1), end: week(n + 1) }),
    LAST_N_MONTHS: () => ({ start: month(-n), end: month(0) }),
    NEXT_N_MONTHS: () => ({ start: month(1), end: month(n + 1) }),
    LAST_N_YEARS: () => ({ start: year(-n), end: year(0) }),
    NEXT_N_YEARS: () => ({ start: year(1), end: year(n + 1) }),
  };
  const range = ranges[name];
  if (!range) throw new Error(`Unknown date literal ${name}`);
  return range();
}
