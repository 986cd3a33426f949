import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createFormatter } from '../insights/format';
import { DEFAULT_WRITE_POLICY } from '../settings/write-policy';
import { auditEntry } from '../audit/audit-fixtures';
import { NOW, opportunityPastClose } from '../../test/fixtures/contexts/scenarios';

import { createChangeSet, decide } from './change-set';
import { displayChange, displayValue, textDiff } from './display';
import { mergeAfterConflict } from './merge';
import { parseChangeSet } from './schema';
import { approvedPayload } from './payload';
import type { AppliedChangeSet } from './undo';
import { undoChangeSet, undoFromAudit, undoOfChangeSet } from './undo';
import { validateChangeSet } from './validate';

const rule = { kind: 'rule' as const, ruleId: 'test', reason: 'because', evidence: [] };

function pendingSet() {
  const context = opportunityPastClose();
  const changeSet = createChangeSet(
    context,
    [
      { field: 'CloseDate', proposedValue: '2026-03-13', provenance: rule },
      { field: 'NextStep', proposedValue: 'Send revised proposal', provenance: { kind: 'user' } },
      { field: 'StageName', proposedValue: 'Negotiation/Review', provenance: { kind: 'user' } },
    ],
    { id: 'cs-1', now: NOW },
  );
  return { context, changeSet };
}

describe('createChangeSet', () => {
  it('takes labels, types and base values from the record and stays plain JSON', () => {
    const { changeSet } = pendingSet();

    expect(changeSet.changes[0]).toMatchObject({
      field: 'CloseDate',
      label: 'Close Date',
      type: 'date',
      baseValue: '2026-02-27',
      decision: 'pending',
    });
    expect(changeSet.baseLastModifiedDate).toBe('2026-01-20T14:00:00.000+0000');
    expect(JSON.parse(JSON.stringify(changeSet))).toEqual(changeSet);
  });

  it('reads a stored change set back and refuses a damaged one', () => {
    const { changeSet } = pendingSet();
    const stored: unknown = JSON.parse(JSON.stringify(changeSet));

    expect(parseChangeSet(stored)).toEqual(changeSet);
    expect(parseChangeSet({ ...changeSet, changes: [{ field: 'X' }] })).toBeUndefined();
  });
});

describe('approvedPayload', () => {
  it('writes only accepted valid rows, with edited values winning', () => {
    const { context, changeSet } = pendingSet();
    let reviewed = decide(changeSet, 'CloseDate', 'accepted', '2026-03-31');
    reviewed = decide(reviewed, 'NextStep', 'rejected');
    reviewed = decide(reviewed, 'StageName', 'accepted');

    const payload = approvedPayload(reviewed, context.object, context.record, DEFAULT_WRITE_POLICY);

    expect(payload).toEqual({ CloseDate: '2026-03-31', StageName: 'Negotiation/Review' });
  });

  it('drops an accepted row that fails validation and refuses a set over the size limit', () => {
    const { context, changeSet } = pendingSet();
    let reviewed = decide(changeSet, 'CloseDate', 'accepted', 'soon');
    reviewed = decide(reviewed, 'NextStep', 'accepted');
    const policy = { ...DEFAULT_WRITE_POLICY, maxFieldsPerChange: 1 };

    const payload = approvedPayload(reviewed, context.object, context.record, DEFAULT_WRITE_POLICY);
    const limited = validateChangeSet(reviewed, context.object, context.record, policy);

    expect(payload).toEqual({ NextStep: 'Send revised proposal' });
    expect(limited.ok).toBe(false);
    expect(limited.results[0]).toMatchObject({ ok: false, code: 'too-many-fields' });
    expect(approvedPayload(reviewed, context.object, context.record, policy)).toEqual({});
  });
});

describe('mergeAfterConflict', () => {
  it('sorts each field into unchanged, changed by others or already the same', () => {
    const { changeSet } = pendingSet();
    const approved = decide(
      decide(decide(changeSet, 'CloseDate', 'accepted'), 'NextStep', 'accepted'),
      'StageName',
      'accepted',
    );
    const current = {
      CloseDate: '2026-02-27',
      NextStep: 'Colleague: call Rose',
      StageName: 'Negotiation/Review',
    };

    const merged = mergeAfterConflict(approved, current, '2026-03-10T08:00:00.000+0000');

    expect(merged.fields.map((f) => [f.field, f.status])).toEqual([
      ['CloseDate', 'unchanged-by-others'],
      ['NextStep', 'changed-by-others'],
      ['StageName', 'same-as-proposed'],
    ]);
    expect(merged.fields[1]).toMatchObject({
      base: null,
      current: 'Colleague: call Rose',
      proposed: 'Send revised proposal',
    });
    expect(merged.clean).toBe(false);
    expect(merged.changeSet.baseLastModifiedDate).toBe('2026-03-10T08:00:00.000+0000');
    expect(merged.changeSet.changes.map((c) => c.decision)).toEqual([
      'accepted',
      'pending',
      'accepted',
    ]);
    expect(merged.changeSet.changes[1]?.editedValue).toBe('Colleague: call Rose');
  });

  it('writes only our untouched rows after the merge by default', () => {
    const { context, changeSet } = pendingSet();
    const approved = decide(decide(changeSet, 'CloseDate', 'accepted'), 'NextStep', 'accepted');
    const current = { ...context.record.fields, NextStep: 'Colleague value' };

    const merged = mergeAfterConflict(approved, current, '2026-03-10T08:00:00.000+0000');
    const reaccepted = decide(merged.changeSet, 'NextStep', 'accepted');
    const record = { ...context.record, fields: current };

    expect(approvedPayload(reaccepted, context.object, record, DEFAULT_WRITE_POLICY)).toEqual({
      CloseDate: '2026-03-13',
    });
  });

  it('treats equal instants in different notations as unchanged', () => {
    const { changeSet } = pendingSet();
    const withDatetime = {
      ...changeSet,
      changes: [{ ...changeSet.changes[0]!, baseValue: '2026-03-01T10:00:00.000+0000' }],
    };

    const merged = mergeAfterConflict(withDatetime, { CloseDate: '2026-03-01T10:00:00.000Z' }, 'x');

    expect(merged.fields[0]?.status).toBe('unchanged-by-others');
  });
});

describe('undoChangeSet', () => {
  // Notes are translated; the key stands in for the text here.
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  const applied: AppliedChangeSet = {
    id: 'cs-1',
    ref: opportunityPastClose().record.ref,
    orgName: 'Acme',
    environment: 'sandbox',
    user: { id: '005000000000002AAA', username: 'sales@acme.example' },
    createdAt: '2026-03-10T08:00:00.000Z',
    appliedAt: '2026-03-10T08:05:00.000Z',
    lastModifiedDate: '2026-03-10T08:05:00.000+0000',
    changes: [
      {
        field: 'CloseDate',
        label: 'Close Date',
        type: 'date',
        before: '2026-02-27',
        after: '2026-03-13',
      },
      { field: 'NextStep', label: 'Next Step', type: 'string', before: null, after: 'Call Rose' },
    ],
  };

  it('proposes the previous values and refuses fields someone changed since', () => {
    const current = { CloseDate: '2026-03-13', NextStep: 'Someone else wrote this' };

    const undo = undoChangeSet(applied, current, {
      id: 'cs-2',
      now: NOW,
      currentLastModified: '2026-03-10T08:30:00.000+0000',
      auditId: 'a-1',
    });

    expect(undo.changes.map((c) => [c.field, c.decision, c.proposedValue])).toEqual([
      ['CloseDate', 'accepted', '2026-02-27'],
      ['NextStep', 'rejected', null],
    ]);
    expect(undo.changes[0]?.note).toBeUndefined();
    expect(undo.changes[1]?.note).toBe('undoFieldChangedSince');
    expect(undo.changes[0]?.provenance).toEqual({ kind: 'undo', auditId: 'a-1' });
    expect(undo.baseLastModifiedDate).toBe('2026-03-10T08:30:00.000+0000');
    expect(undoOfChangeSet(undo.id)).toBe('a-1');
    expect(undoOfChangeSet('cs-1')).toBeUndefined();
  });

  it('builds the undo of an audit entry from the record as read now, with field types', () => {
    const fresh = opportunityPastClose();
    const entry = auditEntry({
      id: 'a-9',
      fields: [
        {
          field: 'NextStep',
          label: 'Next Step',
          before: 'Old step',
          after: fresh.record.fields.NextStep,
        },
        { field: 'Gone__c', label: 'Gone', before: 'x', after: 'y' },
      ],
    });

    const { changeSet, missing } = undoFromAudit(entry, fresh, { id: 'u', now: NOW });

    expect(changeSet.changes).toMatchObject([
      { field: 'NextStep', type: 'string', proposedValue: 'Old step', decision: 'accepted' },
    ]);
    expect(changeSet.baseLastModifiedDate).toBe(fresh.record.lastModifiedDate);
    expect(changeSet.ref).toEqual(fresh.record.ref);
    expect(undoOfChangeSet(changeSet.id)).toBe('a-9');
    expect(missing).toEqual(['Gone']);
  });
});

describe('display', () => {
  const fmt = createFormatter({ locale: 'en_GB', currency: 'EUR', timeZone: 'Europe/Berlin' });
  const { object, record } = opportunityPastClose();

  it('shows dates, amounts, picklist labels, references and blanks as people read them', () => {
    expect(displayValue('2026-02-27', object.fields.CloseDate, fmt)).toBe('27 Feb 2026');
    expect(displayValue(48000, object.fields.Amount, fmt)).toBe('€48,000.00');
    expect(displayValue(75, object.fields.Probability, fmt)).toBe('75%');
    expect(displayValue('Negotiation/Review', object.fields.StageName, fmt)).toBe(
      'Negotiation/Review',
    );
    expect(displayValue(record.fields.OwnerId, object.fields.OwnerId, fmt, record.fields)).toBe(
      'Sam Sales',
    );
    expect(displayValue(null, object.fields.NextStep, fmt)).toBe('—');
    expect(displayValue(true, object.fields.IsPrivate, fmt)).toBe('Yes');
  });

  it('diffs text by words', () => {
    expect(textDiff('Call Rose on Monday', 'Call Rose on Friday')).toEqual([
      { kind: 'same', text: 'Call Rose on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Friday' },
    ]);
    expect(displayChange(object.fields.NextStep, 'a b', 'a c', fmt).segments).toHaveLength(3);
    expect(displayChange(object.fields.Amount, 1, 2, fmt).segments).toBeUndefined();
  });
});
