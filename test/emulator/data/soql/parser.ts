/** A recursive-descent parser for the SOQL subset in ast.ts. */
import type { CompareOp, Condition, Literal, OrderItem, Query, SelectItem } from './ast';
import { DATE_LITERALS, N_DATE_LITERALS } from './date-literals';
import { QuerySyntaxError, type Token, tokenize } from './lexer';

export class TokenStream {
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  isKeyword(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'ident' && t.value.toUpperCase() === word;
  }

  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.next();
    return true;
  }

  acceptPunct(p: string): boolean {
    const t = this.peek();
    if (t.kind !== 'punct' || t.value !== p) return false;
    this.next();
    return true;
  }

  fail(t: Token = this.peek()): never {
    throw new QuerySyntaxError(`unexpected token: '${t.value}'`, t.pos);
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) this.fail();
    return this.next();
  }

  expectPunct(p: string): void {
    if (!this.acceptPunct(p)) this.fail();
  }

  ident(): Token {
    const t = this.peek();
    if (t.kind !== 'ident') this.fail();
    return this.next();
  }

  integer(): number {
    const t = this.next();
    if (t.kind !== 'number' || !/^\d+$/.test(t.value)) this.fail(t);
    return Number(t.value);
  }
}

function selectItem(s: TokenStream): SelectItem {
  const t = s.peek();
  if (t.kind === 'punct' && t.value === '(') {
    s.next();
    const query = parseQueryBody(s);
    s.expectPunct(')');
    return { kind: 'subquery', query, pos: t.pos };
  }
  if (s.isKeyword('COUNT') && s.peek(1).value === '(' && s.peek(2).value === ')') {
    s.next();
    s.next();
    s.next();
    return { kind: 'count', pos: t.pos };
  }
  return { kind: 'field', path: s.ident().value.split('.'), pos: t.pos };
}

export function literal(s: TokenStream): Literal {
  const t = s.next();
  switch (t.kind) {
    case 'string':
      return { kind: 'string', value: t.value };
    case 'number':
      return { kind: 'number', value: Number(t.value) };
    case 'date':
      return { kind: 'date', value: t.value };
    case 'datetime':
      return { kind: 'datetime', value: t.value };
    case 'ident': {
      const word = t.value.toUpperCase();
      if (word === 'TRUE' || word === 'FALSE') return { kind: 'boolean', value: word === 'TRUE' };
      if (word === 'NULL') return { kind: 'null' };
      if (DATE_LITERALS.includes(word)) return { kind: 'dateLiteral', name: word, n: 0 };
      if (N_DATE_LITERALS.includes(word)) {
        s.expectPunct(':');
        return { kind: 'dateLiteral', name: word, n: s.integer() };
      }
      return s.fail(t);
    }
    case 'op':
    case 'punct':
    case 'eof':
      return s.fail(t);
  }
}

function comparison(s: TokenStream): Condition {
  const field = s.ident();
  const path = field.value.split('.');
  const negate = s.acceptKeyword('NOT');
  if (s.acceptKeyword('IN')) {
    s.expectPunct('(');
    const values = [literal(s)];
    while (s.acceptPunct(',')) values.push(literal(s));
    s.expectPunct(')');
    return { kind: 'in', path, values, negate, pos: field.pos };
  }
  if (negate) s.fail();
  if (s.acceptKeyword('LIKE')) {
    return { kind: 'compare', path, op: 'like', value: literal(s), pos: field.pos };
  }
  const op = s.next();
  if (op.kind !== 'op') s.fail(op);
  return { kind: 'compare', path, op: op.value as CompareOp, value: literal(s), pos: field.pos };
}

function primary(s: TokenStream): Condition {
  if (s.acceptKeyword('NOT')) return { kind: 'not', cond: primary(s) };
  if (s.acceptPunct('(')) {
    const cond = condition(s);
    s.expectPunct(')');
    return cond;
  }
  return comparison(s);
}

export function condition(s: TokenStream): Condition {
  let left = primary(s);
  let chain: 'and' | 'or' | undefined;
  for (;;) {
    const at = s.peek();
    const kind = s.acceptKeyword('AND') ? 'and' : s.acceptKeyword('OR') ? 'or' : undefined;
    if (!kind) return left;
    // SOQL refuses to mix AND and OR without parentheses.
    if (chain && chain !== kind) s.fail(at);
    chain = kind;
    left = { kind, left, right: primary(s) };
  }
}

function orderItem(s: TokenStream): OrderItem {
  const t = s.ident();
  const descending = s.acceptKeyword('DESC') ? true : (s.acceptKeyword('ASC'), false);
  let nullsLast = descending;
  if (s.acceptKeyword('NULLS')) {
    if (s.acceptKeyword('LAST')) nullsLast = true;
    else if (s.acceptKeyword('FIRST')) nullsLast = false;
    else s.fail();
  }
  return { path: t.value.split('.'), descending, nullsLast, pos: t.pos };
}

function parseQueryBody(s: TokenStream): Query {
  s.expectKeyword('SELECT');
  const select = [selectItem(s)];
  while (s.acceptPunct(',')) select.push(selectItem(s));
  s.expectKeyword('FROM');
  const from = s.ident();
  const query: Query = { select, from: from.value, fromPos: from.pos, orderBy: [] };
  if (s.acceptKeyword('USING')) {
    s.expectKeyword('SCOPE');
    s.ident();
  }
  if (s.acceptKeyword('WHERE')) query.where = condition(s);
  if (s.acceptKeyword('WITH')) s.ident();
  if (s.isKeyword('ORDER')) {
    s.next();
    s.expectKeyword('BY');
    query.orderBy.push(orderItem(s));
    while (s.acceptPunct(',')) query.orderBy.push(orderItem(s));
  }
  if (s.acceptKeyword('LIMIT')) query.limit = s.integer();
  if (s.acceptKeyword('OFFSET')) query.offset = s.integer();
  if (s.acceptKeyword('FOR')) s.ident();
  return query;
}

/** Parses a whole SOQL statement; throws QuerySyntaxError with the position of the problem. */
export function parseSoql(text: string): Query {
  const s = new TokenStream(tokenize(text));
  const query = parseQueryBody(s);
  if (s.peek().kind !== 'eof') s.fail();
  return query;
}
