import type { RecordContext } from '../salesforce/record-context';

import type { ChangeSet, Decision, FieldChange, Provenance } from './types';

export interface NewFieldChange {
  field: string;
  proposedValue: unknown;
  provenance: Provenance;
}

/**
 * A pending change set for the record in `context`. Labels, types and base values come from the
 * loaded record and its describe; unknown fields are kept (validation rejects them with a reason).
 */
export function createChangeSet(
  context: RecordContext,
  proposals: NewFieldChange[],
  opts: { id: string; now: Date },
): ChangeSet {
  const changes = proposals.map((p): FieldChange => {
    const meta = context.object.fields[p.field];
    return {
      field: p.field,
      label: meta?.label ?? p.field,
      type: meta?.type ?? 'anyType',
      baseValue: context.record.fields[p.field] ?? null,
      proposedValue: p.proposedValue,
      provenance: p.provenance,
      decision: 'pending',
    };
  });

  return {
    id: opts.id,
    ref: context.record.ref,
    orgName: context.org.name,
    environment: context.org.environment,
    user: { id: context.user.id, username: context.user.username },
    createdAt: opts.now.toISOString(),
    baseLastModifiedDate: context.record.lastModifiedDate,
    changes,
  };
}

/** A copy with one row decided; an edited value replaces the proposal for that row. */
export function decide(
  changeSet: ChangeSet,
  field: string,
  decision: Decision,
  editedValue?: unknown,
): ChangeSet {
  return {
    ...changeSet,
    changes: changeSet.changes.map((c) => {
      if (c.field !== field) return c;

      const next: FieldChange = { ...c, decision };
      if (editedValue !== undefined) next.editedValue = editedValue;
      return next;
    }),
  };
}

/**
 * Adds freshly prepared rows to the record's stored change set: a row for a field already in it
 * replaces that row (the newer intent wins, as a pending decision), others are appended. The
 * stored set keeps its id and its base `LastModifiedDate`, so a change made in Salesforce since
 * then still leads to the conflict view rather than a silent overwrite.
 */
export function mergeChangeSets(stored: ChangeSet, fresh: ChangeSet): ChangeSet {
  const freshFields = new Set(fresh.changes.map((c) => c.field));
  return {
    ...stored,
    changes: [...stored.changes.filter((c) => !freshFields.has(c.field)), ...fresh.changes],
  };
}
