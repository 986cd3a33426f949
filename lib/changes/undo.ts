import type { AuditEntry } from '../audit/types';
import { t } from '../i18n';
import type { FieldType, ObjectMeta } from '../salesforce/describe';
import type { FieldValues, LoadedRecord } from '../salesforce/record-context';

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

/** Change-set ids of undos name the audit entry they revert, so the write can be audited as one. */
const UNDO_PREFIX = 'undo:';

export function undoChangeSetId(auditId: string, unique: string): string {
  return `${UNDO_PREFIX}${auditId}:${unique}`;
}

/** The audit entry an undo change set reverts, or undefined for any other change set. */
export function undoOfChangeSet(changeSetId: string): string | undefined {
  if (!changeSetId.startsWith(UNDO_PREFIX)) return undefined;

  return changeSetId.slice(UNDO_PREFIX.length).split(':')[0] || undefined;
}

/**
 * A change set that puts the previous values back. A field someone changed after our write is not
 * reverted: the row is rejected with a note, so undo never overwrites a colleague's work.
 */
export function undoChangeSet(
  applied: AppliedChangeSet,
  currentFields: FieldValues,
  opts: { id: string; now: Date; currentLastModified: string; auditId: string },
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
      provenance: { kind: 'undo', auditId: opts.auditId },
      decision: untouched ? 'accepted' : 'rejected',
    };
    if (!untouched) row.note = t('undoFieldChangedSince', shownValue(current));
    return row;
  });

  return {
    id: undoChangeSetId(opts.auditId, opts.id),
    ref: applied.ref,
    orgName: applied.orgName,
    environment: applied.environment,
    user: applied.user,
    createdAt: opts.now.toISOString(),
    baseLastModifiedDate: opts.currentLastModified,
    changes,
  };
}

/**
 * The undo of an audit entry against the record as read just now. Fields the object no longer
 * describes, or the query did not return, cannot be compared and are left out.
 */
export function undoFromAudit(
  entry: AuditEntry,
  fresh: { object: ObjectMeta; record: LoadedRecord },
  opts: { id: string; now: Date },
): { changeSet: ChangeSet; missing: string[] } {
  const known = entry.fields.filter(
    (f) => fresh.object.fields[f.field] && f.field in fresh.record.fields,
  );
  const applied: AppliedChangeSet = {
    id: entry.changeSetId,
    ref: fresh.record.ref,
    orgName: entry.orgName,
    environment: entry.environment,
    user: entry.user,
    createdAt: entry.at,
    appliedAt: entry.at,
    lastModifiedDate: fresh.record.lastModifiedDate,
    changes: known.map((f) => ({
      field: f.field,
      label: f.label,
      type: fresh.object.fields[f.field]!.type,
      before: f.before,
      after: f.after,
    })),
  };
  const changeSet = undoChangeSet(applied, fresh.record.fields, {
    ...opts,
    auditId: entry.id,
    currentLastModified: fresh.record.lastModifiedDate,
  });
  const missing = entry.fields.filter((f) => !known.includes(f)).map((f) => f.label);
  return { changeSet, missing };
}

function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';

  return typeof value === 'string' ? value : JSON.stringify(value);
}
