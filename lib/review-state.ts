import type { MergedField } from './changes/merge';
import type { ChangeSet, ValidationResult } from './changes/types';
import type { WritePolicy } from './settings/write-policy';

/** What the panel's review screen shows for the record's prepared change set. */
export interface ReviewState {
  changeSet: ChangeSet;
  /** One result per row, in the order of `changeSet.changes`. */
  validation: ValidationResult[];
  /** After a 412: base, now in Salesforce and proposed, per field. */
  conflict: MergedField[] | undefined;
  /** Why the last attempt failed; the change set is kept. */
  problem: ReviewProblem | undefined;
  busy: boolean;
  /** The effective guardrails, so the screen shows what the background will enforce. */
  policy: WritePolicy;
  /** Why writing is not possible at all here (policy), or undefined when it is. */
  writeBlocked: string | undefined;
  requireTypedConfirmation: boolean;
}

export interface ReviewProblem {
  message: string;
  remedy?: string;
  /** Salesforce's messages next to the fields they name. */
  fieldErrors?: Record<string, string>;
}
