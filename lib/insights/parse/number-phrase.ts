/**
 * Numbers as people type them: "12k", "1.5m", "€12,000", "12.000,50 €", "20%". Separators follow
 * the locale when only one kind appears ("12,500" is twelve thousand five hundred in English and
 * twelve and a half in German); with both kinds, the last one is the decimal point.
 */
const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };
const CODES = /\b(EUR|USD|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|CZK|INR|CNY)\b/i;
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  tsd: 1e3,
  m: 1e6,
  mm: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  mrd: 1e9,
};

export type NumberParse =
  { ok: true; value: number; currency?: string; percent: boolean } | { ok: false };

function decimalComma(locale: string): boolean {
  const sample = new Intl.NumberFormat(locale.replace(/_/g, '-')).format(1.5);
  return sample.includes(',');
}

function normaliseDigits(digits: string, locale: string): string | undefined {
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    return digits.split(thousands).join('').replace(decimal, '.');
  }

  const separator = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : undefined;
  if (!separator) return digits;

  const groups = digits.split(separator);
  const groupedByThousands = groups.length > 2 || groups[1]?.length === 3;
  const isDecimalSeparator = (separator === ',') === decimalComma(locale);
  if (groups.length > 2 || (groupedByThousands && !isDecimalSeparator)) {
    return groups.every((g, i) => i === 0 || g.length === 3) ? groups.join('') : undefined;
  }

  return separator === ',' ? digits.replace(',', '.') : digits;
}

export function parseNumberPhrase(text: string, locale: string): NumberParse {
  let phrase = text.trim();
  let currency: string | undefined;

  for (const [symbol, code] of Object.entries(SYMBOLS)) {
    if (phrase.includes(symbol)) {
      currency = code;
      phrase = phrase.replace(symbol, ' ');
    }
  }

  const code = CODES.exec(phrase);
  if (code) {
    currency = code[1]?.toUpperCase();
    phrase = phrase.replace(code[0], ' ');
  }

  const percent = phrase.includes('%');
  phrase = phrase.replace('%', ' ').replace(/\s+/g, ' ').trim();

  const match = /^([-+]?)(\d[\d.,]*)\s*([a-z]*)\.?$/i.exec(
    phrase.replace(/(\d) (?=\d{3}\b)/g, '$1'),
  );
  if (!match) return { ok: false };

  const digits = normaliseDigits(match[2] ?? '', locale);
  const unit = (match[3] ?? '').toLowerCase();
  const multiplier = unit === '' ? 1 : MULTIPLIERS[unit];
  if (digits === undefined || multiplier === undefined) return { ok: false };

  const value = Number(digits) * multiplier * (match[1] === '-' ? -1 : 1);
  if (!Number.isFinite(value)) return { ok: false };

  // Rounding keeps 1.1m from becoming 1100000.0000000002.
  const rounded = Math.round(value * 1e6) / 1e6;
  return currency
    ? { ok: true, value: rounded, currency, percent }
    : { ok: true, value: rounded, percent };
}
