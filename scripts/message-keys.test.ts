import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { messageFrom, placeholderMismatches, readCatalogues, substitutionsUsed } from './locales';

/** Every source file that can show text: lib, components and entrypoints, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const { en, de } = readCatalogues();

describe('the message catalogues', () => {
  it('hold every key the code passes to t() as a literal, in English and German', () => {
    const used = ['lib', 'components', 'entrypoints']
      .flatMap(sources)
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map(
          (match) => match[1]!,
        ),
      );

    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !en![key])).toEqual([]);
    expect(used.filter((key) => !de![key])).toEqual([]);
  });

  it('use the same substitutions in German as in English', () => {
    expect(placeholderMismatches(en!, { de: de! })).toEqual({});
  });

  it('notice a translation that drops a substitution', () => {
    const reference = { a: { message: 'Owner: $1' } };
    const dropped = { a: { message: 'Inhaber' } };

    expect(placeholderMismatches(reference, { de: dropped })).toEqual({
      de: ['a (placeholders differ from en)'],
    });
  });
});

describe('messageFrom', () => {
  it('fills named placeholders and bare substitutions the way Chrome does', () => {
    const catalogue = {
      named: { message: 'Connect $ORG$', placeholders: { org: { content: '$1' } } },
      bare: { message: '$2 of $1 cost $$5' },
    };
    const message = messageFrom(catalogue);

    expect(message('named', 'Acme')).toBe('Connect Acme');
    expect(message('bare', ['3', '2'])).toBe('2 of 3 cost $5');
    expect(message('missing')).toBe('');
    expect(substitutionsUsed(catalogue.bare)).toEqual([1, 2]);
  });
});
