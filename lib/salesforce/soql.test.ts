import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  SOSL_RESERVED,
  isSoqlIdentifier,
  soqlDate,
  soqlDateTime,
  soqlIdentifier,
  soqlLike,
  soqlString,
  soslTerm,
} from './soql';

const UNESCAPE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** Reads one SOQL string literal the way Salesforce does; returns its value and where it ended. */
function readLiteral(text: string): { value: string; end: number } {
  expect(text[0]).toBe("'");
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") return { value, end: i };
    if (c === '\\') {
      const next = text[++i]!;
      value += UNESCAPE[next] ?? next;
    } else {
      value += c;
    }
  }

  throw new Error('unterminated literal');
}

const HOSTILE = [
  "O'Brien",
  "' OR Name LIKE '%",
  "x' OR Id != null OR Name = 'y",
  'back\\slash\\',
  '\\',
  "\\'",
  'quote "double"',
  'line\nbreak\r\ttab\b\f',
  '%_%',
  '日本語 🚀',
  '',
];

describe('soqlString', () => {
  it.each(HOSTILE)('keeps %j one literal with the same value', (value) => {
    const literal = soqlString(value);

    expect(readLiteral(literal)).toEqual({ value, end: literal.length - 1 });
  });

  it('escapes exactly as Salesforce documents', () => {
    expect(soqlString('O\'Brien \\ "x"\n')).toBe("'O\\'Brien \\\\ \\\"x\\\"\\n'");
  });

  it('never lets any text end the literal early', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const literal = soqlString(value);

        expect(readLiteral(literal)).toEqual({ value, end: literal.length - 1 });
      }),
    );
  });
});

describe('soqlLike', () => {
  it('escapes wildcards in the value and adds those the mode asks for', () => {
    expect(soqlLike('50%_off')).toBe("'%50\\%\\_off%'");
    expect(soqlLike('Acme', 'startsWith')).toBe("'Acme%'");
    expect(soqlLike('Acme', 'endsWith')).toBe("'%Acme'");
    expect(soqlLike("O'Brien", 'exact')).toBe("'O\\'Brien'");
  });

  it('keeps hostile text inside one literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const literal = soqlLike(value);

        expect(readLiteral(literal).end).toBe(literal.length - 1);
      }),
    );
  });
});

describe('soslTerm', () => {
  it('escapes every reserved character with a backslash', () => {
    expect(soslTerm(SOSL_RESERVED)).toBe(
      SOSL_RESERVED.split('')
        .map((c) => `\\${c}`)
        .join(''),
    );
  });

  it('leaves ordinary text alone and turns control characters into spaces', () => {
    expect(soslTerm('Acme Corp 42')).toBe('Acme Corp 42');
    expect(soslTerm('a\nb\u0000c')).toBe('a b c');
  });

  it('escapes a hostile term so no reserved character stays bare', () => {
    expect(soslTerm('} RETURNING User(Id) FIND {x*')).toBe(
      '\\} RETURNING User\\(Id\\) FIND \\{x\\*',
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const term = soslTerm(value);
        let unescaped = '';
        for (let i = 0; i < term.length; i++) {
          const c = term[i]!;
          if (c === '\\') unescaped += term[++i];
          else expect(SOSL_RESERVED.includes(c)).toBe(false);
          if (c !== '\\') unescaped += c;
        }

        const spaced = [...value].map((c) => (c.charCodeAt(0) < 0x20 || c === '\x7f' ? ' ' : c));
        expect(unescaped).toBe(spaced.join(''));
      }),
    );
  });
});

describe('soqlIdentifier', () => {
  it.each([
    'Name',
    'Id',
    'Status__c',
    'Account__r.Owner.Name',
    'ns__Thing__c',
    'Owner.Name',
    'Location__Latitude__s',
    'Due_Date__c',
    'Account.Parent.Parent.Parent.Parent.Name',
  ])('accepts %s', (name) => {
    expect(soqlIdentifier(name)).toBe(name);
  });

  it.each([
    '',
    'Name, (SELECT Id FROM Contacts)',
    'Name FROM User --',
    "Name'",
    'Name__',
    '_Name',
    '1Name',
    'Name___c',
    'Bad__z',
    'Owner..Name',
    '.Name',
    'Name.',
    'Na me',
    'Name\n',
    'A.B.C.D.E.F.G',
    'x'.repeat(81),
  ])('throws on %j without echoing it', (name) => {
    expect(() => soqlIdentifier(name)).toThrow('Not a valid Salesforce API name');
    expect(isSoqlIdentifier(name)).toBe(false);
  });
});

describe('dates', () => {
  it('writes a date literal in UTC', () => {
    expect(soqlDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-03-31');
    expect(soqlDate('2026-02-28')).toBe('2026-02-28');
  });

  it('writes a dateTime literal in UTC without milliseconds', () => {
    expect(soqlDateTime(new Date('2026-03-31T08:15:42.123+02:00'))).toBe('2026-03-31T06:15:42Z');
  });

  it.each(['2026-02-30', '2026-2-3', "2026-02-03' OR 1=1", 'yesterday'])(
    'throws on the date text %j',
    (text) => {
      expect(() => soqlDate(text)).toThrow(RangeError);
    },
  );

  it('throws on invalid dates and on years Salesforce cannot store', () => {
    expect(() => soqlDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => soqlDateTime(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => soqlDateTime(new Date('1600-01-01T00:00:00Z'))).toThrow(RangeError);
  });
});
