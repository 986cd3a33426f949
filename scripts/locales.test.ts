import { describe, expect, it } from 'vitest';

import { missingKeys, readCatalogues } from './locales';

describe('missingKeys', () => {
  it('names keys that are missing, empty or unknown in a language', () => {
    const en = { a: { message: 'A' }, b: { message: 'B' }, c: { message: 'C' } };
    const de = { a: { message: 'A' }, c: { message: ' ' }, z: { message: 'Z' } };

    expect(missingKeys(en, { de })).toEqual({ de: ['b', 'c', 'z (not in en)'] });
  });

  it('rejects message names Chrome would refuse', () => {
    const en = { 'a-b': { message: 'A' } };

    expect(missingKeys(en, { en })).toEqual({
      en: ['a-b (Chrome allows only letters, digits and _)'],
    });
  });

  it('finds the shipped catalogues complete', () => {
    const { en, ...others } = readCatalogues();

    expect(Object.keys(others)).toContain('de');
    expect(missingKeys(en!, others)).toEqual({});
  });
});
