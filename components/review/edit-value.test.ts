import { describe, expect, it } from 'vitest';

import { slimField } from '@/lib/salesforce/describe';

import {
  allowedPicklistValues,
  editorKindOf,
  fromInputValue,
  htmlInputTypeOf,
  toInputValue,
} from './edit-value';
import { opportunity } from './review-fixtures';

describe('editorKindOf', () => {
  it.each([
    ['picklist', 'picklist'],
    ['multipicklist', 'multipicklist'],
    ['boolean', 'checkbox'],
    ['currency', 'number'],
    ['int', 'number'],
    ['date', 'date'],
    ['datetime', 'datetime'],
    ['time', 'time'],
    ['textarea', 'textarea'],
    ['email', 'text'],
    ['reference', 'text'],
  ])('%s fields get a %s input', (type, kind) => {
    expect(editorKindOf(slimField({ name: 'X', type }))).toBe(kind);
  });
});

describe('input values', () => {
  it('turns entries into the values the REST API takes', () => {
    expect(fromInputValue('number', '12.5')).toBe(12.5);
    expect(fromInputValue('number', '')).toBeNull();
    expect(fromInputValue('checkbox', true)).toBe(true);
    expect(fromInputValue('multipicklist', ['Email', 'Chat'])).toBe('Email;Chat');
    expect(fromInputValue('multipicklist', [])).toBeNull();
    expect(fromInputValue('time', '14:30')).toBe('14:30:00.000Z');
    expect(fromInputValue('text', '  padded  ')).toBe('padded');
    expect(fromInputValue('textarea', ' keeps\nspacing ')).toBe(' keeps\nspacing ');
  });

  it('leaves an unparseable number for validation to refuse', () => {
    expect(Number.isNaN(fromInputValue('number', 'abc'))).toBe(true);
  });

  it('round-trips a date and time through the local input', () => {
    const iso = '2026-03-10T08:30:00.000Z';

    const back = fromInputValue('datetime', toInputValue('datetime', iso));

    expect(back).toBe(iso);
  });

  it('fills inputs from stored values', () => {
    expect(toInputValue('multipicklist', 'Email;Chat')).toEqual(['Email', 'Chat']);
    expect(toInputValue('number', 48000)).toBe('48000');
    expect(toInputValue('checkbox', null)).toBe(false);
    expect(toInputValue('text', null)).toBe('');
  });
});

describe('allowedPicklistValues', () => {
  it('leaves out inactive values and those the record type does not allow', () => {
    const stage = opportunity.fields.StageName!;
    const object = {
      ...opportunity,
      recordTypePicklists: { '012000000000001AAA': { StageName: ['Prospecting', 'Retired'] } },
    };

    expect(allowedPicklistValues(opportunity, stage, undefined, {}).map((p) => p.value)).toEqual([
      'Prospecting',
      'Negotiation/Review',
      'Closed Won',
    ]);
    expect(
      allowedPicklistValues(object, stage, '012000000000001AAA', {}).map((p) => p.value),
    ).toEqual(['Prospecting']);
  });
});

describe('htmlInputTypeOf', () => {
  it.each([
    ['email', 'email'],
    ['phone', 'tel'],
    ['url', 'url'],
    ['string', 'text'],
    ['currency', 'number'],
    ['percent', 'number'],
    ['date', 'date'],
    ['datetime', 'datetime-local'],
    ['time', 'time'],
  ])('%s fields get an <input type=%s>', (type, html) => {
    const field = slimField({ name: 'X', type });

    expect(htmlInputTypeOf(editorKindOf(field), field)).toBe(html);
  });
});
