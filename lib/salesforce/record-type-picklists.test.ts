import { describe, expect, it } from 'vitest';

import { accountMeta, RECORD_TYPE_ID } from './record-load.fixtures';
import {
  needsRecordTypeValues,
  parsePicklistCollection,
  recordTypePicklistPath,
  withRecordTypeValues,
} from './record-type-picklists';

/** The shape of the UI API's answer (PicklistValuesCollection), trimmed to two fields. */
const COLLECTION = {
  eTag: 'a1b2',
  picklistFieldValues: {
    Type: {
      controllerValues: {},
      defaultValue: null,
      eTag: 'c3',
      url: `/services/data/v62.0/ui-api/object-info/Account/picklist-values/${RECORD_TYPE_ID}/Type`,
      values: [
        { attributes: null, label: 'Customer', validFor: [], value: 'Customer' },
        { attributes: null, label: 'Partner', validFor: [], value: 'Partner' },
      ],
    },
    Rating: { controllerValues: {}, defaultValue: null, eTag: 'd4', url: '/x', values: [] },
  },
};

describe('parsePicklistCollection', () => {
  it('reads each picklist field’s values for the record type', () => {
    expect(parsePicklistCollection(COLLECTION)).toEqual({
      Type: ['Customer', 'Partner'],
      Rating: [],
    });
  });

  it('refuses an answer of another shape', () => {
    expect(parsePicklistCollection([{ errorCode: 'NOT_FOUND' }])).toBeUndefined();
    expect(parsePicklistCollection({ picklistFieldValues: { Type: { values: 'x' } } })).toBe(
      undefined,
    );
  });
});

describe('recordTypePicklistPath', () => {
  it('builds the UI API path for a real object name and record type id', () => {
    expect(recordTypePicklistPath('Opportunity', '012000000000002AAA')).toBe(
      'ui-api/object-info/Opportunity/picklist-values/012000000000002AAA',
    );
  });

  it.each([
    ['a path in the object name', 'Opportunity/../limits', '012000000000002AAA'],
    ['an id of another object', 'Opportunity', '001000000000001AAA'],
    ['a path in the id', 'Opportunity', '012000000000002AAA/../../x'],
  ])('refuses %s', (_, object, id) => {
    expect(recordTypePicklistPath(object, id)).toBeUndefined();
  });
});

describe('needsRecordTypeValues', () => {
  const object = accountMeta();

  it('is true for a picklist change on a record type whose values are not known', () => {
    expect(needsRecordTypeValues(object, RECORD_TYPE_ID, ['Phone', 'Type'])).toBe(true);
  });

  it('is false without a record type, without a picklist, or once the values are known', () => {
    const known = withRecordTypeValues(object, RECORD_TYPE_ID, { Type: ['Customer'] });

    expect(needsRecordTypeValues(object, undefined, ['Type'])).toBe(false);
    expect(needsRecordTypeValues(object, RECORD_TYPE_ID, ['Phone', 'Website'])).toBe(false);
    expect(needsRecordTypeValues(known, RECORD_TYPE_ID, ['Type'])).toBe(false);
  });
});

describe('withRecordTypeValues', () => {
  it('adds one record type’s values and keeps those of others and the describe itself', () => {
    const object = withRecordTypeValues(accountMeta(), '012000000000001AAA', { Type: ['A'] });

    const both = withRecordTypeValues(object, RECORD_TYPE_ID, { Type: ['B'] });

    expect(both.recordTypePicklists).toEqual({
      '012000000000001AAA': { Type: ['A'] },
      [RECORD_TYPE_ID]: { Type: ['B'] },
    });
    expect(both.fields).toBe(object.fields);
    expect(accountMeta().recordTypePicklists).toBeUndefined();
  });
});
