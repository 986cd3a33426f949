import { describe, expect, it } from 'vitest';

import { DEFAULT_WRITE_POLICY } from '@/lib/settings/write-policy';

import { approveBlockOf, progressOf, writeBlockOf } from '@/lib/changes/approval';
import { changeSetOf, row } from './review-fixtures';

const ok = { ok: true } as const;
const bad = { ok: false, code: 'too-long', reason: 'too long' } as const;

function block(
  decisions: ('pending' | 'accepted' | 'rejected')[],
  results: (typeof ok | typeof bad)[],
  extra: Partial<Parameters<typeof approveBlockOf>[0]> = {},
) {
  const changeSet = changeSetOf(decisions.map((decision, i) => row(`F${i}`, 'x', { decision })));
  return approveBlockOf({
    changeSet,
    validation: results,
    busy: false,
    confirmationNeeded: false,
    typed: '',
    orgName: 'Acme',
    ...extra,
  });
}

describe('approveBlockOf', () => {
  it.each([
    [['accepted', 'pending'], [ok, ok], 'pending'],
    [['accepted', 'pending'], [ok, bad], undefined],
    [['accepted', 'accepted'], [ok, bad], 'invalid'],
    [['rejected', 'rejected'], [ok, ok], 'nothing'],
    [['accepted', 'rejected'], [ok, ok], undefined],
  ] as const)('%j with %j → %s', (decisions, results, expected) => {
    expect(block([...decisions], [...results])).toBe(expected);
  });

  it('waits for the org name typed exactly and for a write in progress', () => {
    const needs = { confirmationNeeded: true, orgName: 'Acme' };

    expect(block(['accepted'], [ok], { ...needs, typed: 'Acme ' })).toBe('confirmation');
    expect(block(['accepted'], [ok], { ...needs, typed: 'Acme' })).toBeUndefined();
    expect(block(['accepted'], [ok], { busy: true })).toBe('busy');
  });
});

describe('writeBlockOf', () => {
  it('is a preview when writing is off or production is not allowed', () => {
    const noProduction = { ...DEFAULT_WRITE_POLICY, allowProductionWrites: false };

    expect(writeBlockOf({ ...DEFAULT_WRITE_POLICY, writeMode: 'off' }, 'sandbox')).toBe(
      'writes-off',
    );
    expect(writeBlockOf(noProduction, 'production')).toBe('production-off');
    expect(writeBlockOf(noProduction, 'sandbox')).toBeUndefined();
  });
});

describe('progressOf', () => {
  it('counts rows that cannot be written apart from decisions', () => {
    const changeSet = changeSetOf([
      row('A', 1, { decision: 'accepted' }),
      row('B', 1, { decision: 'rejected' }),
      row('C', 1),
      row('D', 1, { decision: 'accepted' }),
    ]);

    expect(progressOf(changeSet, [ok, ok, ok, bad])).toEqual({
      accepted: 1,
      rejected: 1,
      pending: 1,
      invalid: 1,
    });
  });
});
