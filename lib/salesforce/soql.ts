/**
 * Building SOQL and SOSL from values safely. Values are always quoted and escaped here; identifiers
 * (objects, fields, relationship paths) are validated and never escaped, because no escaping makes
 * user text a safe identifier.
 */
const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function escapeSoql(value: string): string {
  return value.replace(/[\\'"\n\r\t\b\f]/g, (c) => STRING_ESCAPES[c] ?? c);
}

/** A quoted SOQL string literal: `O'Brien` → `'O\'Brien'`. */
export function soqlString(value: string): string {
  return `'${escapeSoql(value)}'`;
}

export type LikeMode = 'contains' | 'startsWith' | 'endsWith' | 'exact';

/**
 * A quoted pattern for `LIKE` that matches the value literally: `%` and `_` in the value are
 * escaped, and the wildcards that `mode` asks for are added around it.
 */
export function soqlLike(value: string, mode: LikeMode = 'contains'): string {
  const literal = escapeSoql(value).replace(/[%_]/g, (c) => `\\${c}`);
  const before = mode === 'contains' || mode === 'endsWith' ? '%' : '';
  const after = mode === 'contains' || mode === 'startsWith' ? '%' : '';
  return `'${before}${literal}${after}'`;
}

/** Every character SOSL reserves, each to be preceded by a backslash. */
export const SOSL_RESERVED = `?&|!{}[]()^~*:\\"'+-`;

/**
 * A search term with every reserved SOSL character escaped, so the user's text is searched for as
 * typed. Control characters become spaces, since SOSL has no escape for them.
 */
export function soslTerm(value: string): string {
  let out = '';
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) out += ' ';
    else out += SOSL_RESERVED.includes(c) ? `\\${c}` : c;
  }

  return out;
}

const NAME_PART = '[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*';
const SUFFIX = '__(?:c|r|s|e|x|b|pc|pr|mdt|kav|ka|History|Share|Feed|ChangeEvent)';
/** A standard name, or a custom one: an optional namespace, the name, then a suffix. */
const SEGMENT = new RegExp(`^(?:${NAME_PART}|(?:${NAME_PART}__)?${NAME_PART}${SUFFIX})$`);
/** SOQL follows at most five relationship levels from the queried object. */
const MAX_SEGMENTS = 6;

/** True for an API name or a dotted relationship path such as `Account.Owner.Name`. */
export function isSoqlIdentifier(name: string): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) return false;
  const segments = name.split('.');
  return (
    segments.length <= MAX_SEGMENTS && segments.every((s) => s.length <= 80 && SEGMENT.test(s))
  );
}

/**
 * An object or field name checked to be a plain API name (`Name`, `Status__c`, `ns__Thing__c`,
 * `Account__r.Owner.Name`). Anything else is a bug in the caller and throws; the message leaves
 * the text out, as it may have come from a user.
 */
export function soqlIdentifier(name: string): string {
  if (!isSoqlIdentifier(name)) throw new TypeError('Not a valid Salesforce API name');
  return name;
}

/** Salesforce stores dates from 1700 to 4000. */
function assertValidDate(date: Date): void {
  const year = date instanceof Date ? date.getUTCFullYear() : Number.NaN;
  if (!(year >= 1700 && year <= 4000)) {
    throw new RangeError('Not a valid date');
  }
}

/**
 * A SOQL date literal (`2026-03-31`, unquoted). A `Date` is read in UTC; a `YYYY-MM-DD` string is
 * checked and kept, which is what a date field's value looks like.
 */
export function soqlDate(date: Date | string): string {
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const parsed = match ? new Date(`${date}T00:00:00Z`) : new Date(Number.NaN);
    assertValidDate(parsed);
    if (parsed.toISOString().slice(0, 10) !== date) throw new RangeError('Not a valid date');
    return date;
  }

  assertValidDate(date);
  return date.toISOString().slice(0, 10);
}

/** A SOQL dateTime literal in UTC, without milliseconds: `2026-03-31T08:15:00Z`. */
export function soqlDateTime(date: Date): string {
  assertValidDate(date);
  return `${date.toISOString().slice(0, 19)}Z`;
}
