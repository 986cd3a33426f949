import type { Environment } from '../salesforce/record-context';

/**
 * One line of the audit log: who wrote what to which record, who prepared and approved it, and
 * what Salesforce answered. Plain JSON, so it can be stored, exported and shown as is.
 */
export type AuditKind = 'write' | 'undo' | 'handoff';

/** `applied`: Salesforce accepted it; `conflict`: the record had changed (412); `failed`: refused. */
export type AuditStatus = 'applied' | 'conflict' | 'failed';

export interface AuditFieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: string;
  kind: AuditKind;
  /** ISO timestamp of Salesforce's answer. */
  at: string;
  orgId: string;
  orgName: string;
  environment: Environment;
  user: { id: string; username: string };
  recordRef: { objectApiName: string; recordId: string; name: string };
  preparedBy: { kind: 'rule' | 'model' | 'user' | 'undo'; detail: string };
  /** The username of the person who approved the change set. */
  approvedBy: string;
  fields: AuditFieldChange[];
  salesforce: { status: AuditStatus; errorCode?: string; message?: string };
  changeSetId: string;
  /** For an undo: the id of the entry it reverts. */
  undoOf?: string;
}

export interface AuditFilter {
  orgId?: string;
  objectApiName?: string;
  recordId?: string;
  kind?: AuditKind;
  /** Inclusive ISO bounds on `at`. */
  from?: string;
  to?: string;
  /** Case-insensitive words looked up in names, people, fields, values and messages. */
  text?: string;
}
