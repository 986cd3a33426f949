import { t } from '../i18n';
import { daysBetween } from './dates';

/**
 * Locale-aware formatting for insights and the review screen: numbers and dates in the user's
 * locale, amounts in the org's currency. Salesforce locales use underscores (`de_DE`); Intl wants
 * BCP 47 (`de-DE`).
 */
export interface FormatOptions {
  locale: string | undefined;
  currency: string | undefined;
  timeZone: string | undefined;
}

export interface Formatter {
  locale: string;
  number(value: number): string;
  currency(value: number, currency?: string): string;
  percent(value: number): string;
  /** An ISO date (`YYYY-MM-DD`), shown as a calendar day without shifting zones. */
  date(isoDate: string): string;
  /** An instant, shown in the user's zone. */
  dateTime(iso: string): string;
  /** "today", "in 3 days", "2 days ago", relative to `today` (an ISO date). */
  relativeDays(isoDate: string, today: string): string;
  list(items: string[]): string;
}

export function toBcp47(locale: string | undefined): string {
  const candidate = (locale ?? 'en-US').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * Relative days ("in 3 days") and lists ("A and B") are words inside Sofie's sentences, so they
 * follow the catalogue's language; the user's locale refines it when both are one language.
 */
function wordsLocale(locale: string): string {
  const language = t('uiLanguage');
  return locale.split('-')[0] === language ? locale : language;
}

export function createFormatter(opts: FormatOptions): Formatter {
  const locale = toBcp47(opts.locale);
  const timeZone = opts.timeZone ?? 'UTC';
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const words = wordsLocale(locale);
  const relative = new Intl.RelativeTimeFormat(words, { numeric: 'auto' });
  const listFormat = new Intl.ListFormat(words, { style: 'long', type: 'conjunction' });

  return {
    locale,
    number: (value) => numberFormat.format(value),
    currency: (value, currency) => {
      const code = currency ?? opts.currency;
      if (!code) return numberFormat.format(value);

      return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(value);
    },
    percent: (value) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      ),
    date: (isoDate) => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso) => {
      const date = new Date(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
      return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
    },
    relativeDays: (isoDate, today) => relative.format(daysBetween(today, isoDate), 'day'),
    list: (items) => listFormat.format(items),
  };
}
