import type { ObjectMeta } from '../salesforce/describe';
import type { LoadedRecord } from '../salesforce/record-context';
import type { WritePolicy } from '../settings/write-policy';

import type { ChangeSet } from './types';
import { effectiveValue, sameValue } from './types';
import { validateChangeSet } from './validate';

/**
 * The PATCH body for a reviewed change set: accepted rows that pass validation, edited values
 * over proposals, blanks as `null`. Rows whose value equals the base are left out (nothing to
 * write). When the set as a whole breaks the policy's size limit nothing is written.
 */
export function approvedPayload(
  changeSet: ChangeSet,
  object: ObjectMeta,
  record: LoadedRecord,
  policy: WritePolicy,
): Record<string, unknown> {
  const { results } = validateChangeSet(changeSet, object, record, policy);
  const payload: Record<string, unknown> = {};

  changeSet.changes.forEach((change, i) => {
    if (change.decision !== 'accepted' || !results[i]?.ok) return;

    const value = effectiveValue(change);
    if (sameValue(value, change.baseValue)) return;

    payload[change.field] = value === undefined || value === '' ? null : value;
  });

  return payload;
}
