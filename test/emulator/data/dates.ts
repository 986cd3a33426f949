/** Salesforce's date formats: dates `2026-12-03`, datetimes `2026-12-03T10:15:00.000+0000` (UTC). */
const DAY_MS = 86_400_000;

/** Salesforce keeps datetimes to the second. */
export function sfDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '.000+0000');
}

export function sfDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

/** Midnight UTC of the day `d` falls on. */
export function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Parses a date field value; undefined when it is not a real calendar date. */
export function parseSfDate(value: string): Date | undefined {
  if (!DATE.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || sfDate(d) !== value ? undefined : d;
}

/** Parses a datetime field value in the ISO forms Salesforce accepts. */
export function parseSfDateTime(value: string): Date | undefined {
  if (!DATETIME.test(value)) return undefined;
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const d = new Date(normalised);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The UI API's datetime form: `2026-12-03T10:15:00.000Z`. */
export function uiDateTime(value: string): string {
  return value.replace(/\+0000$/, 'Z');
}
