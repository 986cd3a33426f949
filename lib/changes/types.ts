import { parseInstant } from '../insights/dates';
import type { Evidence } from '../insights/evidence';
import type { FieldType } from '../salesforce/describe';
import type { Environment, RecordRef } from '../salesforce/record-context';

/**
 * A change set is what a reviewer approves field by field. Everything in it is plain JSON so it can
 * be stored, sent between surfaces and audited.
 */
export type Provenance =
  | { kind: 'rule'; ruleId: string; reason: string; evidence: Evidence[] }
  | { kind: 'model'; model: string; reason?: string }
  | { kind: 'user' }
  /** Puts back what the audit entry `auditId` wrote. */
  | { kind: 'undo'; auditId: string };

export type Decision = 'pending' | 'accepted' | 'rejected';

export interface FieldChange {
  field: string;
  label: string;
  type: FieldType;
  /** The value when the change was proposed. */
  baseValue: unknown;
  proposedValue: unknown;
  provenance: Provenance;
  decision: Decision;
  /** The reviewer's own value; wins over `proposedValue`. */
  editedValue?: unknown;
  /** Why Sofie itself set the row aside (conflict, undo refused, invalid). */
  note?: string;
}

export interface ChangeSetUser {
  id: string;
  username: string;
}

export interface ChangeSet {
  id: string;
  ref: RecordRef;
  orgName: string;
  environment: Environment;
  user: ChangeSetUser;
  /** ISO timestamp. */
  createdAt: string;
  /** The record's LastModifiedDate the proposals were made against (for If-Unmodified-Since). */
  baseLastModifiedDate: string;
  changes: FieldChange[];
}

export type ValidationResult = { ok: true } | { ok: false; code: RejectionCode; reason: string };

export type RejectionCode =
  | 'writes-off'
  | 'production-blocked'
  | 'object-not-writable'
  | 'field-blocked'
  | 'too-many-fields'
  | 'unknown-field'
  | 'not-updateable'
  | 'unsupported-type'
  | 'invalid-value'
  | 'too-long'
  | 'required'
  | 'picklist-value'
  | 'record-type'
  | 'dependent-picklist';

/** The value a row would write: the reviewer's edit when there is one. */
export function effectiveValue(change: FieldChange): unknown {
  return change.editedValue !== undefined ? change.editedValue : change.proposedValue;
}

/** Field values compare as JSON scalars; `undefined`, `null` and `''` all mean "blank". */
export function sameValue(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);

  if (typeof a === 'string' && typeof b === 'string' && a.includes('T') && b.includes('T')) {
    const [ta, tb] = [parseInstant(a), parseInstant(b)];
    if (ta && tb) return ta.getTime() === tb.getTime();
  }

  return a === b;
}
