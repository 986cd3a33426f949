import { t } from '../i18n';
import type { FieldType } from '../salesforce/describe';
import type { FieldValues } from '../salesforce/record-context';

import type { ChangeSet, FieldChange } from './types';
import { sameValue } from './types';

export interface AppliedFieldChange {
  field: string;
  label: string;
  type: FieldType;
  before: unknown;
  after: unknown;
}

/** What the audit log keeps of a written change set. */
export interface AppliedChangeSet extends Omit<ChangeSet, 'changes' | 'baseLastModifiedDate'> {
  appliedAt: string;
  /** The record's LastModifiedDate after the write. */
  lastModifiedDate: string;
  changes: AppliedFieldChange[];
}

/**
 * A change set that puts the previous values back. A field someone changed after our write is not
 * reverted: the row is rejected with a note, so undo never overwrites a colleague's work.
 */
export function undoChangeSet(
  applied: AppliedChangeSet,
  currentFields: FieldValues,
  opts: { id: string; now: Date; currentLastModified: string },
): ChangeSet {
  const changes = applied.changes.map((c): FieldChange => {
    const current = currentFields[c.field] ?? null;
    const untouched = sameValue(current, c.after);
    const row: FieldChange = {
      field: c.field,
      label: c.label,
      type: c.type,
      baseValue: current,
      proposedValue: c.before,
      provenance: { kind: 'user' },
      decision: untouched ? 'accepted' : 'rejected',
    };
    if (!untouched) row.note = t('undoWouldOverwrite');
    return row;
  });

  return {
    id: opts.id,
    ref: applied.ref,
    orgName: applied.orgName,
    environment: applied.environment,
    user: applied.user,
    createdAt: opts.now.toISOString(),
    baseLastModifiedDate: opts.currentLastModified,
    changes,
  };
}
