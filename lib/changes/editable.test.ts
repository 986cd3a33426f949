import { describe, expect, it } from 'vitest';

import { DEFAULT_WRITE_POLICY } from '../settings/write-policy';
import { NOW, opportunityPastClose } from '../../test/fixtures/contexts/scenarios';

import { createChangeSet, mergeChangeSets } from './change-set';
import { checkHandEdits, editableFields, filterFields } from './editable';

describe('editableFields', () => {
  it('offers updateable, loaded fields with an input and leaves out calculated and system ones', () => {
    const { object, record } = opportunityPastClose();

    const { fields, blocked } = editableFields(object, record, DEFAULT_WRITE_POLICY, 'sandbox');

    expect(blocked).toBeUndefined();
    expect(fields).toEqual(
      expect.arrayContaining(['Amount', 'CloseDate', 'NextStep', 'StageName', 'Probability']),
    );
    // formula, read-only, system and reference fields are never offered
    for (const name of ['IsClosed', 'IsWon', 'LastModifiedDate', 'CreatedDate', 'OwnerId', 'Id']) {
      expect(fields).not.toContain(name);
    }
  });

  it('leaves out a field the user may not update and fields the record view did not read', () => {
    const { object, record } = opportunityPastClose();
    object.fields.Probability = { ...object.fields.Probability!, updateable: false };

    const { fields } = editableFields(object, record, DEFAULT_WRITE_POLICY, 'sandbox');

    expect(fields).not.toContain('Probability');
    expect(object.fields.Description?.updateable).toBe(true);
    expect(fields).not.toContain('Description');
  });

  it('leaves out fields the policy blocks and says why nothing is offered when writes are off', () => {
    const { object, record } = opportunityPastClose();
    const blockedNextStep = { ...DEFAULT_WRITE_POLICY, blockedFields: { '*': ['NextStep'] } };

    expect(editableFields(object, record, blockedNextStep, 'sandbox').fields).not.toContain(
      'NextStep',
    );
    const off = editableFields(
      object,
      record,
      { ...DEFAULT_WRITE_POLICY, writeMode: 'off' },
      'sandbox',
    );
    expect(off.fields).toEqual([]);
    expect(off.blocked).toMatch(/switched off/);
  });

  it('sorts the offered fields by label', () => {
    const { object, record } = opportunityPastClose();

    const { fields } = editableFields(object, record, DEFAULT_WRITE_POLICY, 'sandbox');

    const labels = fields.map((f) => object.fields[f]!.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });
});

describe('filterFields', () => {
  const { object } = opportunityPastClose();
  const all = ['Amount', 'CloseDate', 'NextStep', 'StageName'].map((n) => object.fields[n]!);

  it('matches label or API name, ignoring case, every word', () => {
    expect(filterFields(all, 'close').map((f) => f.name)).toEqual(['CloseDate']);
    expect(filterFields(all, 'stagename').map((f) => f.name)).toEqual(['StageName']);
    expect(filterFields(all, 'next STEP').map((f) => f.name)).toEqual(['NextStep']);
    expect(filterFields(all, '  ')).toHaveLength(4);
    expect(filterFields(all, 'nothing like it')).toEqual([]);
  });
});

describe('checkHandEdits', () => {
  it('answers the validator’s reason per field that cannot be written', () => {
    const { object, record } = opportunityPastClose();

    const problems = checkHandEdits(
      { NextStep: 'x'.repeat(256), Amount: Number('12,5'), CloseDate: '2027-01-15' },
      object,
      record,
      DEFAULT_WRITE_POLICY,
      'sandbox',
    );

    expect(problems).toEqual({
      NextStep: 'Next Step takes at most 255 characters.',
      Amount: 'Amount needs a number.',
    });
  });

  it('accepts valid values of several types', () => {
    const { object, record } = opportunityPastClose();

    const problems = checkHandEdits(
      { StageName: 'Negotiation/Review', Amount: 52000.5, NextStep: 'Call Rose' },
      object,
      record,
      DEFAULT_WRITE_POLICY,
      'sandbox',
    );

    expect(problems).toEqual({});
  });

  it('refuses a value a restricted picklist does not have', () => {
    const { object, record } = opportunityPastClose();
    object.fields.StageName = { ...object.fields.StageName!, restrictedPicklist: true };

    const problems = checkHandEdits(
      { StageName: 'Almost there' },
      object,
      record,
      DEFAULT_WRITE_POLICY,
      'sandbox',
    );

    expect(problems.StageName).toMatch(/not an allowed value of Stage/);
  });
});

describe('mergeChangeSets', () => {
  it('keeps the stored set’s id and base, replaces rows of the same field and appends others', () => {
    const context = opportunityPastClose();
    const user = { kind: 'user' as const };
    const stored = createChangeSet(
      context,
      [
        { field: 'CloseDate', proposedValue: '2026-03-13', provenance: user },
        { field: 'NextStep', proposedValue: 'Old', provenance: user },
      ],
      { id: 'stored', now: NOW },
    );
    const fresh = createChangeSet(
      { ...context, record: { ...context.record, lastModifiedDate: '2026-02-01T00:00:00.000Z' } },
      [
        { field: 'NextStep', proposedValue: 'New', provenance: user },
        { field: 'Amount', proposedValue: 50000, provenance: user },
      ],
      { id: 'fresh', now: NOW },
    );

    const merged = mergeChangeSets(stored, fresh);

    expect(merged.id).toBe('stored');
    expect(merged.baseLastModifiedDate).toBe(stored.baseLastModifiedDate);
    expect(merged.changes.map((c) => [c.field, c.proposedValue])).toEqual([
      ['CloseDate', '2026-03-13'],
      ['NextStep', 'New'],
      ['Amount', 50000],
    ]);
  });
});
