import { describe, expect, it } from 'vitest';

import { opportunity } from '@/components/review/review-fixtures';
import type { LoadedRecord } from '@/lib/salesforce/record-context';
import { DEFAULT_WRITE_POLICY } from '@/lib/settings/write-policy';

import {
  changedValues,
  checkInputs,
  initialInput,
  inputHint,
  picklistOptions,
} from './hand-edit-values';

const record: LoadedRecord = {
  ref: {
    orgId: '00D000000000001AAA',
    apiHost: 'acme.my.salesforce.com',
    objectApiName: 'Opportunity',
    recordId: '006000000000001AAA',
  },
  name: 'Globex pumps renewal',
  fields: {
    StageName: 'Retired',
    Amount: 48000,
    CloseDate: '2026-02-27',
    NextStep: null,
    Description: 'Renewal of the pump fleet',
  },
  lastModifiedDate: '2026-01-20T14:00:00.000Z',
  recordTypeId: undefined,
};
const field = (name: string) => opportunity.fields[name]!;

describe('hand-edit inputs', () => {
  it('start from the record’s current values', () => {
    expect(initialInput(field('Amount'), record)).toBe('48000');
    expect(initialInput(field('NextStep'), record)).toBe('');
    expect(initialInput(field('CloseDate'), record)).toBe('2026-02-27');
  });

  it('turn into the values to write, leaving out what did not change', () => {
    const inputs = { Amount: '52000.50', CloseDate: '2026-02-27', NextStep: ' Call Rose ' };

    expect(changedValues(inputs, opportunity, record)).toEqual({
      Amount: 52000.5,
      NextStep: 'Call Rose',
    });
  });

  it('go to review when every changed value is valid', () => {
    const outcome = checkInputs(
      { StageName: 'Closed Won', CloseDate: '2027-01-15' },
      opportunity,
      record,
      DEFAULT_WRITE_POLICY,
      'sandbox',
    );

    expect(outcome).toEqual({
      kind: 'ready',
      values: { StageName: 'Closed Won', CloseDate: '2027-01-15' },
    });
  });

  it('name the validator’s reason next to each bad field and keep nothing from going on', () => {
    const outcome = checkInputs(
      { NextStep: 'x'.repeat(256), CloseDate: '', Amount: '1e400' },
      opportunity,
      record,
      DEFAULT_WRITE_POLICY,
      'sandbox',
    );

    expect(outcome).toEqual({
      kind: 'invalid',
      problems: {
        NextStep: 'Next Step takes at most 255 characters.',
        CloseDate: 'Close Date cannot be empty.',
        Amount: 'Amount needs a number.',
      },
    });
  });

  it('say when nothing was changed', () => {
    expect(
      checkInputs({ Amount: '48000' }, opportunity, record, DEFAULT_WRITE_POLICY, 'sandbox'),
    ).toEqual({ kind: 'nothing-changed' });
  });
});

describe('picklistOptions', () => {
  it('offers the valid values and keeps an inactive current value so it is not changed by itself', () => {
    const values = picklistOptions(field('StageName'), opportunity, record, {});

    expect(values.map((p) => p.value)).toEqual([
      'Retired',
      'Prospecting',
      'Negotiation/Review',
      'Closed Won',
    ]);
    expect(values[0]?.label).toBe('Retired stage');
    expect(picklistOptions(field('NextStep'), opportunity, record, {})).toEqual([]);
  });
});

describe('inputHint', () => {
  it('shows the currency, a percent sign or how much of the length limit is used', () => {
    expect(inputHint(field('Amount'), '1', 'EUR')).toEqual({ kind: 'currency', code: 'EUR' });
    expect(inputHint(field('Amount'), '1', undefined)).toEqual({
      kind: 'currency',
      code: undefined,
    });
    expect(inputHint({ ...field('Amount'), type: 'percent' }, '1', 'EUR')).toEqual({
      kind: 'percent',
    });
    expect(inputHint(field('NextStep'), 'Call 👋', 'EUR')).toEqual({
      kind: 'length',
      used: 6,
      max: 255,
    });
    expect(inputHint(field('CloseDate'), '2026-01-01', 'EUR')).toBeUndefined();
  });
});
