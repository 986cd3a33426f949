/** SOSL: `FIND {term} [IN ... FIELDS] [RETURNING Obj(fields WHERE ... ORDER BY ... LIMIT n), ...] [LIMIT n]`. */
import type { DataContext } from '../context';
import type { Query } from '../soql/ast';
import { compileQuery } from '../soql/compile';
import { QueryFailure, queryError } from '../soql/errors';
import { type JsonRecord, rows } from '../soql/execute';
import { QuerySyntaxError, tokenize } from '../soql/lexer';
import { condition, TokenStream } from '../soql/parser';
import { DATA_OBJECTS } from '../schema/schema';
import { type SfFailure, failure } from '../types';
import { parseTerm, type SearchTerm } from './term';

export interface SearchSpec {
  term: SearchTerm;
  scope: 'ALL' | 'NAME' | 'EMAIL' | 'PHONE';
  returning: Query[];
  limit?: number;
}

const TEXT_TYPES = ['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'combobox'];

function returningItem(s: TokenStream): Query {
  const from = s.ident();
  const query: Query = { select: [], from: from.value, fromPos: from.pos, orderBy: [] };
  if (!s.acceptPunct('(')) {
    query.select.push({ kind: 'field', path: ['Id'], pos: from.pos });
    return query;
  }
  do {
    const f = s.ident();
    query.select.push({ kind: 'field', path: f.value.split('.'), pos: f.pos });
  } while (s.acceptPunct(','));
  if (s.acceptKeyword('WHERE')) query.where = condition(s);
  if (s.acceptKeyword('ORDER')) {
    s.expectKeyword('BY');
    do {
      const f = s.ident();
      const descending = s.acceptKeyword('DESC') ? true : (s.acceptKeyword('ASC'), false);
      query.orderBy.push({
        path: f.value.split('.'),
        descending,
        nullsLast: descending,
        pos: f.pos,
      });
    } while (s.acceptPunct(','));
  }
  if (s.acceptKeyword('LIMIT')) query.limit = s.integer();
  s.expectPunct(')');
  return query;
}

export function parseSosl(text: string): SearchSpec | SfFailure {
  const open = /^\s*FIND\s*\{/i.exec(text);
  let close = -1;
  for (let i = open ? open[0].length : 0; open && i < text.length; i++) {
    if (text.charAt(i) === '\\') i++;
    else if (text.charAt(i) === '}') {
      close = i;
      break;
    }
  }
  if (!open || close < 0) {
    return failure(
      400,
      'MALFORMED_SEARCH',
      'No search term found. The search term must be enclosed in braces.',
    );
  }
  const term = parseTerm(text.slice(open[0].length, close), open[0].length);
  const s = new TokenStream(tokenize(' '.repeat(close + 1) + text.slice(close + 1)));
  let scope: SearchSpec['scope'] = 'ALL';
  if (s.acceptKeyword('IN')) {
    const word = s.ident().value.toUpperCase();
    if (!['ALL', 'NAME', 'EMAIL', 'PHONE'].includes(word)) s.fail();
    scope = word as SearchSpec['scope'];
    s.expectKeyword('FIELDS');
  }
  const returning: Query[] = [];
  if (s.acceptKeyword('RETURNING')) {
    do returning.push(returningItem(s));
    while (s.acceptPunct(','));
  }
  const limit = s.acceptKeyword('LIMIT') ? s.integer() : undefined;
  if (s.peek().kind !== 'eof') s.fail();
  return { term, scope, returning, limit };
}

function searchableText(
  ctx: DataContext,
  object: string,
  fields: Record<string, unknown>,
  scope: SearchSpec['scope'],
): string {
  const describe = ctx.store.schema.get(object)!;
  const chosen = describe.fields.filter((f) => {
    if (scope === 'NAME') return f.nameField || f.name === 'FirstName' || f.name === 'LastName';
    if (scope === 'EMAIL') return f.type === 'email';
    if (scope === 'PHONE') return f.type === 'phone';
    return TEXT_TYPES.includes(f.type);
  });
  return chosen
    .map((f) => fields[f.name])
    .filter((v) => typeof v === 'string')
    .join(' \n ');
}

export function runSearch(ctx: DataContext, spec: SearchSpec): JsonRecord[] {
  const queries =
    spec.returning.length > 0
      ? spec.returning
      : DATA_OBJECTS.filter((o) => ctx.store.schema.get(o)?.searchable).map((from) => ({
          select: [{ kind: 'field' as const, path: ['Id'], pos: 0 }],
          from,
          fromPos: 0,
          orderBy: [],
        }));
  const found: JsonRecord[] = [];
  for (const q of queries) {
    const compiled = compileQuery(ctx.store.schema, ctx.user.profile, q);
    const source = ctx.store
      .all(ctx.orgId, compiled.object.name)
      .filter(
        (r) =>
          !r.deleted &&
          spec.term.test(searchableText(ctx, compiled.object.name, r.fields, spec.scope)),
      );
    found.push(...rows(ctx, compiled, source).records);
  }
  return found.slice(0, spec.limit ?? 2000);
}

/** Parses and runs SOSL text, answering Salesforce's errors. */
export function search(
  ctx: DataContext,
  text: string,
): { ok: true; records: JsonRecord[] } | { ok: false; failure: SfFailure } {
  try {
    const spec = parseSosl(text);
    if ('errors' in spec) return { ok: false, failure: spec };
    return { ok: true, records: runSearch(ctx, spec) };
  } catch (error) {
    if (error instanceof QuerySyntaxError)
      return { ok: false, failure: queryError('MALFORMED_SEARCH', text, error.pos, error.message) };
    if (error instanceof QueryFailure)
      return { ok: false, failure: queryError(error.errorCode, text, error.pos, error.text) };
    throw error;
  }
}
