/**
 * SOSL search terms: reserved characters must be escaped with a backslash; `*` and `?` are
 * wildcards; double quotes make a phrase. A term becomes a matcher over a record's text.
 */
import { QuerySyntaxError } from '../soql/lexer';

const RESERVED = new Set([..."&|!{}[]()^~:\\'+-"]);

export interface SearchTerm {
  /** Each word must match a word of the text (AND), or the phrase must occur. */
  test(text: string): boolean;
}

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function parseTerm(raw: string, offset = 0): SearchTerm {
  const words: string[] = [];
  const phrases: string[] = [];
  let current = '';
  let inPhrase = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (c === '\\' && i + 1 < raw.length) {
      current += escapeRegExp(raw.charAt(++i));
    } else if (c === '"') {
      if (inPhrase) phrases.push(current);
      else if (current) words.push(current);
      current = '';
      inPhrase = !inPhrase;
    } else if (RESERVED.has(c)) {
      throw new QuerySyntaxError(
        `Invalid search term: the reserved character '${c}' must be escaped with a backslash`,
        offset + i,
      );
    } else if (/\s/.test(c) && !inPhrase) {
      if (current) words.push(current);
      current = '';
    } else {
      current += c === '*' ? '\\S*' : c === '?' ? '\\S' : escapeRegExp(c);
    }
  }
  if (inPhrase)
    throw new QuerySyntaxError(
      'Invalid search term: unbalanced double quotes',
      offset + raw.length,
    );
  if (current) words.push(current);
  const plain = [...words, ...phrases].join('').replace(/\\S\*?/g, '');
  if (plain.replace(/\\/g, '').length < 2) {
    throw new QuerySyntaxError('search term must be longer than one character', offset);
  }
  const wordRes = words.map((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${w}($|[^\\p{L}\\p{N}])`, 'iu'));
  const phraseRes = phrases.map((p) => new RegExp(p.replace(/\s+/g, '\\s+'), 'i'));
  return { test: (text) => [...wordRes, ...phraseRes].every((re) => re.test(text)) };
}
