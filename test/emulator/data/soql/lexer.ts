/** Splits SOQL (and SOSL's RETURNING part) into tokens that remember where they started. */
export type TokenKind =
  'ident' | 'string' | 'number' | 'date' | 'datetime' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  value: string;
  pos: number;
}

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;
const NUMBER = /^-?\d+(\.\d+)?/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/;
const OPS = ['!=', '<>', '<=', '>=', '=', '<', '>'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    if (c === "'") {
      let value = '';
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== "'") {
        if (text.charAt(j) === '\\') {
          const next = text.charAt(j + 1);
          value +=
            { n: '\n', t: '\t', r: '\r' }[next] ??
            (next === '%' || next === '_' ? `\\${next}` : next);
          j += 2;
        } else {
          value += text.charAt(j++);
        }
      }
      if (j >= text.length) throw new QuerySyntaxError('unexpected token: <EOF>', text.length);
      tokens.push({ kind: 'string', value, pos: i });
      i = j + 1;
      continue;
    }
    const match =
      (DATETIME.exec(rest) && { kind: 'datetime' as const, re: DATETIME }) ||
      (DATE.exec(rest) && { kind: 'date' as const, re: DATE }) ||
      (NUMBER.exec(rest) && { kind: 'number' as const, re: NUMBER }) ||
      (IDENT.exec(rest) && { kind: 'ident' as const, re: IDENT });
    if (match) {
      const value = match.re.exec(rest)![0];
      tokens.push({ kind: match.kind, value, pos: i });
      i += value.length;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ kind: 'op', value: op === '<>' ? '!=' : op, pos: i });
      i += op.length;
      continue;
    }
    if ('(),:'.includes(c)) {
      tokens.push({ kind: 'punct', value: c, pos: i });
      i++;
      continue;
    }
    throw new QuerySyntaxError(`unexpected token: '${c}'`, i);
  }
  tokens.push({ kind: 'eof', value: '<EOF>', pos: text.length });
  return tokens;
}
