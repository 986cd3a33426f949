import { describe, expect, it } from 'vitest';

import { fromText, patchOf, toText } from './field-codec';

describe('field codec', () => {
  it('shows a list one entry a line and reads it back, blank meaning no restriction', () => {
    expect(toText('writableObjects', ['Account', 'Case'])).toBe('Account\nCase');
    expect(fromText('writableObjects', ' Account \n\n Case ')).toEqual(['Account', 'Case']);
    expect(fromText('writableObjects', '  \n')).toBeNull();
    expect(toText('writableObjects', null)).toBe('');
  });

  it('shows blocked fields as "Object: field, field" lines and reads them back', () => {
    const map = { '*': ['OwnerId'], Account: ['Rating', 'AnnualRevenue'] };

    const text = toText('blockedFields', map);

    expect(text).toBe('*: OwnerId\nAccount: Rating, AnnualRevenue');
    expect(fromText('blockedFields', text)).toEqual(map);
  });

  it('passes unreadable text through for validation to explain', () => {
    expect(fromText('blockedFields', 'Account Rating')).toBe('Account Rating');
    expect(fromText('maxFieldsPerChange', 'ten')).toBe('ten');
    expect(fromText('maxFieldsPerChange', ' 12 ')).toBe(12);
  });

  it('turns a whole draft into a patch', () => {
    expect(patchOf({ maxFieldsPerChange: '3', writeMode: 'off', verboseLogging: true })).toEqual({
      maxFieldsPerChange: 3,
      writeMode: 'off',
      verboseLogging: true,
    });
  });
});
