import type { ChangeSet, Decision, MergedField, ValidationResult } from '@/lib/changes';
import type { FormatOptions } from '@/lib/insights/format';
import type { ObjectMeta } from '@/lib/salesforce/describe';
import type { Environment, FieldValues } from '@/lib/salesforce/record-context';
import type { WritePolicy } from '@/lib/settings/write-policy';

/** What went wrong with the last attempt to write; the change set stays on screen beside it. */
export interface ReviewProblem {
  message: string;
  remedy?: string;
  /** Field API name → Salesforce's message about that field. */
  fieldErrors?: Record<string, string>;
}

export interface ReviewScreenProps {
  changeSet: ChangeSet;
  object: ObjectMeta;
  /** The record's values as loaded (for reference names, record type and dependent picklists). */
  recordFields: FieldValues;
  policy: WritePolicy;
  environment: Environment;
  orgName: string;
  recordName: string;
  /** One result per row, in the order of `changeSet.changes` (`validateChangeSet(...).results`). */
  validation: ValidationResult[];
  /** Present after a conflict (412): the three-way view per field. */
  conflict?: MergedField[];
  busy: boolean;
  problem?: ReviewProblem;
  /** How to show numbers and dates; defaults to the browser's language. */
  format?: FormatOptions;
  /** A sentence to announce (e.g. the outcome of a write); defaults to the review's progress. */
  announcement?: string;
  onDecide: (field: string, decision: Decision, editedValue?: unknown) => void;
  onAcceptAllValid: () => void;
  /** `typedConfirmation` is what the reviewer typed when the policy asks for the org's name. */
  onApprove: (typedConfirmation?: string) => void;
  onDiscard: () => void;
}
