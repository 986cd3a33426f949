import { describe, expect, it } from 'vitest';

import { describes } from '../../test/fixtures/contexts/describes';

import type { InstructionOptions } from './instruction';
import { parseInstruction } from './instruction';

// Tuesday 10 March 2026, 10:00 in Berlin.
const OPTS: InstructionOptions = {
  now: new Date('2026-03-10T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  locale: 'en_GB',
  currency: 'EUR',
};

const opportunity = describes.Opportunity();

function changes(text: string, opts: Partial<InstructionOptions> = {}, object = opportunity) {
  const result = parseInstruction(text, object, { ...OPTS, ...opts });
  return Object.fromEntries(result.changes.map((c) => [c.field, c.value]));
}

describe('parseInstruction: several fields', () => {
  it('reads stage and an end-of-next-month close date from one sentence', () => {
    expect(changes('set stage to Negotiation and close date to end of next month')).toEqual({
      StageName: 'Negotiation/Review',
      CloseDate: '2026-04-30',
    });
  });

  it('splits on commas and semicolons but keeps "and" inside a text value', () => {
    expect(changes('next step: call Rose and Tim; amount 12k, probability 40%')).toEqual({
      NextStep: 'call Rose and Tim',
      Amount: 12000,
      Probability: 40,
    });
  });
});

describe('parseInstruction: dates', () => {
  it.each([
    ['move the close date to next Friday', '2026-03-13'],
    ['close date 2027-01-15', '2027-01-15'],
    ['close date today', '2026-03-10'],
    ['close date: tomorrow', '2026-03-11'],
    ['close date to Friday', '2026-03-13'],
    ['close date to next Tuesday', '2026-03-17'],
    ['close date to this Tuesday', '2026-03-10'],
    ['close date in 10 days', '2026-03-20'],
    ['close date in 2 weeks', '2026-03-24'],
    ['close date in a month', '2026-04-10'],
    ['close date end of month', '2026-03-31'],
    ['close date end of quarter', '2026-03-31'],
    ['close date end of next quarter', '2026-06-30'],
    ['close date next week', '2026-03-16'],
    ['close date next month', '2026-04-01'],
    ['close date 15 January 2027', '2027-01-15'],
    ['close date January 15th, 2027', '2027-01-15'],
    ['close date 2 Feb', '2027-02-02'],
    ['close date 15.01.2027', '2027-01-15'],
    ['close date 05/04/2026', '2026-04-05'],
  ])('%s → %s', (text, date) => {
    expect(changes(text).CloseDate).toBe(date);
  });

  it('reads slashed dates month first for a United States locale', () => {
    expect(changes('close date 05/04/2026', { locale: 'en_US' }).CloseDate).toBe('2026-05-04');
  });

  it('counts "today" from the user zone, not UTC', () => {
    const lateEvening = new Date('2026-03-10T23:30:00Z');

    expect(changes('close date today', { now: lateEvening }).CloseDate).toBe('2026-03-11');
    expect(changes('close date today', { now: lateEvening, timeZone: 'UTC' }).CloseDate).toBe(
      '2026-03-10',
    );
    expect(
      changes('close date next friday', { now: lateEvening, timeZone: 'America/New_York' })
        .CloseDate,
    ).toBe('2026-03-13');
  });

  it('rejects an impossible date with a clear sentence', () => {
    const result = parseInstruction('close date 2026-02-30', opportunity, OPTS);

    expect(result.changes).toEqual([]);
    expect(result.notUnderstood[0]?.message).toBe('I could not understand “2026-02-30” as a date.');
  });
});

describe('parseInstruction: numbers, picklists, booleans and text', () => {
  it.each([
    ['amount 12k', 12000],
    ['amount 1.5m', 1500000],
    ['amount €12,000', 12000],
    ['amount 12,000.50', 12000.5],
    ['amount 2.5 million', 2500000],
    ['amount to 48000', 48000],
  ])('%s → %d', (text, value) => {
    expect(changes(text).Amount).toBe(value);
  });

  it('reads German separators in a German locale', () => {
    expect(changes('amount 12.000,50 €', { locale: 'de_DE' }).Amount).toBe(12000.5);
    expect(changes('amount 12,5', { locale: 'de_DE' }).Amount).toBe(12.5);
  });

  it('refuses an amount in another currency than the record', () => {
    const result = parseInstruction('amount $5,000', opportunity, OPTS);

    expect(result.notUnderstood[0]?.message).toBe('Amount is in EUR, but “$5,000” is in USD.');
  });

  it('matches picklists by value or label and lists the choices when it cannot', () => {
    const caseMeta = describes.Case();

    expect(changes('priority high', {}, caseMeta)).toEqual({ Priority: 'High' });
    expect(changes('Status: working', {}, caseMeta)).toEqual({ Status: 'Working' });
    const result = parseInstruction('priority urgent', caseMeta, OPTS);
    expect(result.notUnderstood[0]?.message).toBe(
      '“urgent” is not a value of Priority. Choose one of: High, Medium, Low.',
    );
  });

  it('reads booleans, blanks and quoted text', () => {
    const caseMeta = describes.Case();

    expect(changes('escalated yes', {}, caseMeta)).toEqual({ IsEscalated: true });
    expect(changes('set next step to "Call Rose, then send offer"')).toEqual({
      NextStep: 'Call Rose, then send offer',
    });
    expect(changes('next step to blank')).toEqual({ NextStep: null });
  });

  it('forgives a small typo in a field name and matches API names', () => {
    expect(changes('stge to closed won')).toEqual({ StageName: 'Closed Won' });
    expect(changes('NextStep = demo')).toEqual({ NextStep: 'demo' });
  });

  it('sets datetimes at a given hour in the user zone', () => {
    const event = describes.Case();
    const result = parseInstruction('closed date tomorrow at 3pm', event, OPTS);

    expect(result.changes[0]).toMatchObject({
      field: 'ClosedDate',
      value: '2026-03-11T14:00:00.000Z',
    });
  });
});

describe('parseInstruction: what it cannot understand', () => {
  it('says so for text that names no field', () => {
    const result = parseInstruction('make it better', opportunity, OPTS);

    expect(result.changes).toEqual([]);
    expect(result.notUnderstood).toEqual([
      {
        text: 'make it better',
        message: 'I could not understand “make it better”: it names no field of Opportunity.',
      },
    ]);
  });

  it('keeps the understood part of a half-understood instruction', () => {
    const result = parseInstruction('stage negotiation; close date someday', opportunity, OPTS);

    expect(result.changes.map((c) => c.field)).toEqual(['StageName']);
    expect(result.notUnderstood[0]?.message).toBe('I could not understand “someday” as a date.');
  });

  it('answers an empty instruction', () => {
    expect(parseInstruction('  ', opportunity, OPTS).notUnderstood).toHaveLength(1);
  });
});
