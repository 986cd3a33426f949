import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  isValidId,
  keyPrefix,
  normaliseId,
  objectForKeyPrefix,
  sameId,
  to18,
  wellKnownObject,
} from './ids';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Any 15 base-62 characters: the structural space of ids. */
const id15Arbitrary = fc
  .array(fc.constantFrom(...BASE62.split('')), { minLength: 15, maxLength: 15 })
  .map((chars) => chars.join(''));

describe('to18', () => {
  it('adds the checksum Salesforce documents', () => {
    expect(to18('00D000000000062')).toBe('00D000000000062EAA');
    expect(to18('001xx000003DGb2')).toBe('001xx000003DGb2AAG');
    expect(to18('0015000000VALDt')).toBe('0015000000VALDtAAP');
  });

  it('throws on anything but a 15-character id', () => {
    expect(() => to18('001xx000003DGb2AAG')).toThrow(RangeError);
    expect(() => to18('view')).toThrow(RangeError);
  });
});

describe('normaliseId', () => {
  it('turns a 15-character id into its 18-character form', () => {
    expect(normaliseId('001xx000003DGb2')).toBe('001xx000003DGb2AAG');
  });

  it('accepts an 18-character id only when its checksum matches', () => {
    expect(normaliseId('001xx000003DGb2AAG')).toBe('001xx000003DGb2AAG');
    expect(normaliseId('001xx000003DGb2AAA')).toBeUndefined();
    expect(normaliseId('001xx000003dgb2AAG')).toBeUndefined();
  });

  it.each([
    '',
    'view',
    '001xx000003DGb',
    '001xx000003DGb2A',
    '001xx000003DG-2',
    '001xx000003DGb2AAG1',
  ])('rejects %j', (id) => {
    expect(normaliseId(id)).toBeUndefined();
    expect(isValidId(id)).toBe(false);
  });

  it('gives the same 18-character id for both forms of any id', () => {
    fc.assert(
      fc.property(id15Arbitrary, (id15) => {
        const id18 = to18(id15);

        expect(normaliseId(id15)).toBe(id18);
        expect(normaliseId(id18)).toBe(id18);
        expect(sameId(id15, id18)).toBe(true);
      }),
    );
  });

  it('rejects an 18-character id whose checksum was altered', () => {
    fc.assert(
      fc.property(id15Arbitrary, fc.integer({ min: 0, max: 2 }), (id15, at) => {
        const id18 = to18(id15);
        const wrong = id18[15 + at] === 'A' ? 'B' : 'A';

        expect(normaliseId(id18.slice(0, 15 + at) + wrong + id18.slice(16 + at))).toBeUndefined();
      }),
    );
  });
});

describe('sameId', () => {
  it('is false for different records, invalid ids and missing ids', () => {
    expect(sameId('001xx000003DGb2', '001xx000003DGb3')).toBe(false);
    expect(sameId('001xx000003DGb2', '001XX000003DGB2')).toBe(false);
    expect(sameId('view', 'view')).toBe(false);
    expect(sameId(undefined, '001xx000003DGb2')).toBe(false);
  });
});

describe('key prefixes', () => {
  it('reads the prefix of a valid id only', () => {
    expect(keyPrefix('500xx000000abcd')).toBe('500');
    expect(keyPrefix('500')).toBeUndefined();
  });

  it('knows the prefixes that are the same in every org, and nothing inherited', () => {
    expect(wellKnownObject('001')).toBe('Account');
    expect(wellKnownObject('00Q')).toBe('Lead');
    expect(wellKnownObject('a0X')).toBeUndefined();
    expect(wellKnownObject('toString')).toBeUndefined();
  });

  it('maps a prefix through the org describeGlobal, preferring the record object over shares', () => {
    const global = [
      { name: 'Project__c', keyPrefix: 'a01' },
      { name: 'Thing__Share', keyPrefix: '02c' },
      { name: 'OtherShare', keyPrefix: '02c' },
      { name: 'Account', keyPrefix: '001' },
      { name: 'AccountShare', keyPrefix: '001' },
      { name: 'Lead', keyPrefix: null },
    ];

    expect(objectForKeyPrefix('a01', global)).toBe('Project__c');
    expect(objectForKeyPrefix('001', global)).toBe('Account');
    expect(objectForKeyPrefix('02c', global)).toBe('Thing__Share');
    expect(objectForKeyPrefix('00Q', global)).toBeUndefined();
  });
});
