import { addDays, addMonths, endOfMonth, isIsoDate, weekdayOf } from '../dates';

/**
 * Turns a date phrase into an ISO date, relative to `today` (the user's calendar day).
 * "next Friday" is the first Friday after today; "Friday" and "this Friday" may be today.
 * Slashed dates follow the locale: month first in the United States, day first elsewhere.
 */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'BZ', 'FM', 'MH', 'PW']);

function indexOfName(names: string[], word: string): number {
  if (word.length < 3) return -1;
  return names.findIndex((n) => n.startsWith(word));
}

function monthFirst(locale: string): boolean {
  const region = locale.replace(/_/g, '-').split('-')[1]?.toUpperCase();
  return region ? MONTH_FIRST_REGIONS.has(region) : locale.toLowerCase() === 'en';
}

function ymd(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A day and month without a year: the next time it comes round, today included. */
function upcoming(today: string, month: number, day: number): string | undefined {
  const year = Number(today.slice(0, 4));
  const thisYear = ymd(year, month, day);
  if (thisYear && thisYear >= today) return thisYear;
  return ymd(year + 1, month, day);
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function weekdayPhrase(phrase: string, today: string): string | undefined {
  const match = /^(next|this|on|coming)?\s*([a-z]+)$/.exec(phrase);
  if (!match) return undefined;

  const target = indexOfName(WEEKDAYS, match[2] ?? '');
  if (target === -1) return undefined;

  let ahead = (target - weekdayOf(today) + 7) % 7;
  if (match[1] === 'next' && ahead === 0) ahead = 7;
  return addDays(today, ahead);
}

function relativePhrase(phrase: string, today: string): string | undefined {
  const fixed: Record<string, string> = {
    today,
    tomorrow: addDays(today, 1),
    yesterday: addDays(today, -1),
    'day after tomorrow': addDays(today, 2),
    'end of month': endOfMonth(today),
    'end of the month': endOfMonth(today),
    'end of this month': endOfMonth(today),
    'end of next month': endOfMonth(today, 1),
    'end of the next month': endOfMonth(today, 1),
    'next week': addDays(today, (8 - weekdayOf(today)) % 7 || 7),
    'end of year': `${today.slice(0, 4)}-12-31`,
    'end of the year': `${today.slice(0, 4)}-12-31`,
    'end of this year': `${today.slice(0, 4)}-12-31`,
  };
  if (phrase === 'next month') return addDays(endOfMonth(today), 1);
  if (fixed[phrase]) return fixed[phrase];

  const endOfQuarter = /^end of (?:(this|the|next) )?quarter$/.exec(phrase);
  if (endOfQuarter) {
    const month = Number(today.slice(5, 7));
    const toQuarterEnd = 2 - ((month - 1) % 3) + (endOfQuarter[1] === 'next' ? 3 : 0);
    return endOfMonth(today, toQuarterEnd);
  }

  const inN =
    /^(?:in\s+)?(\d+|a|an|one|two|three)\s+(day|week|month)s?(?:\s+from\s+(?:now|today))?$/.exec(
      phrase,
    );
  if (inN && (phrase.startsWith('in ') || phrase.includes(' from '))) {
    const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };
    const n = words[inN[1] ?? ''] ?? Number(inN[1]);
    if (inN[2] === 'day') return addDays(today, n);
    if (inN[2] === 'week') return addDays(today, 7 * n);
    return addMonths(today, n);
  }

  return undefined;
}

function numericDate(phrase: string, today: string, locale: string): string | undefined {
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(phrase) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(phrase);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/.exec(phrase);
  if (dotted) {
    const [d, m] = [Number(dotted[1]), Number(dotted[2])];
    return dotted[3] ? ymd(fullYear(dotted[3]), m, d) : upcoming(today, m, d);
  }

  const slashed = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(phrase);
  if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const [m, d] = monthFirst(locale) ? [a, b] : [b, a];
    return ymd(fullYear(slashed[3] ?? ''), m, d);
  }

  return undefined;
}

function wordDate(phrase: string, today: string): string | undefined {
  const cleaned = phrase
    .replace(/,/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\bof\b/g, ' ');
  const words = cleaned.split(/\s+/).filter(Boolean);
  const monthWord = words.find((w) => indexOfName(MONTHS, w.replace(/\.$/, '')) !== -1);
  if (!monthWord) return undefined;

  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const day = numbers.find((n) => n >= 1 && n <= 31);
  const year = numbers.find((n) => n >= 1000);
  if (day === undefined || words.length !== numbers.length + 1) return undefined;

  const month = indexOfName(MONTHS, monthWord.replace(/\.$/, '')) + 1;
  return year ? ymd(year, month, day) : upcoming(today, month, day);
}

export function parseDatePhrase(text: string, today: string, locale: string): string | undefined {
  const phrase = text
    .trim()
    .toLowerCase()
    .replace(/^(on|by|until|for)\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');
  return (
    relativePhrase(phrase, today) ??
    weekdayPhrase(phrase, today) ??
    numericDate(phrase, today, locale) ??
    wordDate(phrase, today)
  );
}
