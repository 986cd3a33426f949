import { t } from '../i18n';
import type { FieldValues } from '../salesforce/record-context';

import type { ChangeSet, FieldChange } from './types';
import { effectiveValue, sameValue } from './types';

export type MergeStatus = 'unchanged-by-others' | 'changed-by-others' | 'same-as-proposed';

export interface MergedField {
  field: string;
  label: string;
  base: unknown;
  current: unknown;
  proposed: unknown;
  status: MergeStatus;
}

export interface MergeResult {
  fields: MergedField[];
  /** The change set rebased on the current record, ready for another review. */
  changeSet: ChangeSet;
  /** True when no field needs a new decision. */
  clean: boolean;
}

function statusOf(base: unknown, current: unknown, proposed: unknown): MergeStatus {
  if (sameValue(current, proposed)) return 'same-as-proposed';
  return sameValue(current, base) ? 'unchanged-by-others' : 'changed-by-others';
}

function rebase(change: FieldChange, current: unknown, status: MergeStatus): FieldChange {
  const rebased: FieldChange = { ...change, baseValue: current };

  if (status === 'changed-by-others') {
    // Someone else's newer value is kept unless the reviewer picks ours again.
    return {
      ...rebased,
      decision: 'pending',
      editedValue: current,
      note: t('mergeTheirsKept'),
    };
  }

  return rebased;
}

/**
 * Three-way merge after a write was refused because the record changed (412). Base is what the
 * proposal saw, current what the record holds now, proposed what the reviewer approved.
 */
export function mergeAfterConflict(
  changeSet: ChangeSet,
  currentRecordFields: FieldValues,
  currentLastModified: string,
): MergeResult {
  const fields: MergedField[] = [];
  const changes = changeSet.changes.map((change) => {
    const current = currentRecordFields[change.field] ?? null;
    const proposed = effectiveValue(change);
    const status = statusOf(change.baseValue, current, proposed);
    fields.push({
      field: change.field,
      label: change.label,
      base: change.baseValue,
      current,
      proposed,
      status,
    });
    return rebase(change, current, status);
  });

  return {
    fields,
    changeSet: { ...changeSet, baseLastModifiedDate: currentLastModified, changes },
    clean: fields.every((f) => f.status !== 'changed-by-others'),
  };
}
