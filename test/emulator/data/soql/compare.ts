/** WHERE and ORDER BY semantics: text compares case-insensitively, dates by their instant. */
import { parseSfDate, parseSfDateTime } from '../dates';
import type { FieldValue } from '../types';
import type { CompareOp, Literal } from './ast';
import { dateLiteralRange } from './date-literals';

type Scalar = string | number | boolean | null;

/** A field value as something comparable: dates become epoch ms, text lower case. */
export function comparable(type: string | undefined, value: FieldValue | undefined): Scalar {
  if (value === null || value === undefined || typeof value === 'object') return null;
  if (type === 'date' && typeof value === 'string') return parseSfDate(value)?.getTime() ?? null;
  if (type === 'datetime' && typeof value === 'string')
    return parseSfDateTime(value)?.getTime() ?? null;
  if (typeof value === 'string') return value.toLowerCase();
  return value;
}

function literalValue(type: string | undefined, lit: Literal): Scalar {
  switch (lit.kind) {
    case 'null':
      return null;
    case 'string':
      return lit.value.toLowerCase();
    case 'number':
    case 'boolean':
      return lit.value;
    case 'date':
      return Date.parse(`${lit.value}T00:00:00Z`);
    case 'datetime':
      return parseSfDateTime(lit.value)?.getTime() ?? null;
    case 'dateLiteral':
      return null;
  }
}

function likeToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length)
      source += pattern.charAt(++i).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'is');
}

export function matches(
  type: string | undefined,
  raw: FieldValue | undefined,
  op: CompareOp,
  lit: Literal,
  now: Date,
): boolean {
  const value = comparable(type, raw);
  if (lit.kind === 'dateLiteral') {
    if (typeof value !== 'number') return op === '!=';
    const { start, end } = dateLiteralRange(lit.name, lit.n, now);
    switch (op) {
      case '=':
        return value >= start && value < end;
      case '!=':
        return value < start || value >= end;
      case '<':
        return value < start;
      case '<=':
        return value < end;
      case '>':
        return value >= end;
      case '>=':
        return value >= start;
      case 'like':
        return false;
    }
  }
  const target = literalValue(type, lit);
  if (op === 'like')
    return typeof raw === 'string' && lit.kind === 'string' && likeToRegExp(lit.value).test(raw);
  if (op === '=') return value === target;
  if (op === '!=') return value !== target;
  if (value === null || target === null) return false;
  switch (op) {
    case '<':
      return value < target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '>=':
      return value >= target;
  }
}

/** ORDER BY comparison of two comparable values. */
export function orderCompare(
  a: Scalar,
  b: Scalar,
  descending: boolean,
  nullsLast: boolean,
): number {
  if (a === b) return 0;
  if (a === null) return nullsLast ? 1 : -1;
  if (b === null) return nullsLast ? -1 : 1;
  const result = a < b ? -1 : 1;
  return descending ? -result : result;
}
