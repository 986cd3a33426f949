import type { ChangeSet, ValidationResult } from './index';
import type { Environment } from '../salesforce/record-context';
import type { WritePolicy } from '../settings/write-policy';

/** Why this review can only be a preview: the settings forbid writing here at all. */
export type WriteBlock = 'writes-off' | 'production-off';

export function writeBlockOf(
  policy: WritePolicy,
  environment: Environment,
): WriteBlock | undefined {
  if (policy.writeMode === 'off') return 'writes-off';
  if (environment === 'production' && !policy.allowProductionWrites) return 'production-off';

  return undefined;
}

export function needsTypedConfirmation(policy: WritePolicy, environment: Environment): boolean {
  return environment === 'production' && policy.requireTypedConfirmationInProduction;
}

/** Why Approve is not available yet, in the order a reviewer would fix it. */
export type ApproveBlock = 'busy' | 'pending' | 'invalid' | 'nothing' | 'confirmation';

export interface ApprovalInput {
  changeSet: ChangeSet;
  validation: ValidationResult[];
  busy: boolean;
  confirmationNeeded: boolean;
  typed: string;
  orgName: string;
}

/**
 * Approve needs every writable row decided, no accepted row that cannot be written, at least one
 * accepted row, and (when asked for) the org's name typed exactly. Rows that cannot be written
 * need no decision: they are never sent.
 */
export function approveBlockOf(input: ApprovalInput): ApproveBlock | undefined {
  if (input.busy) return 'busy';

  const rows = input.changeSet.changes.map((change, i) => ({
    decision: change.decision,
    valid: input.validation[i]?.ok ?? false,
  }));
  if (rows.some((r) => r.valid && r.decision === 'pending')) return 'pending';
  if (rows.some((r) => !r.valid && r.decision === 'accepted')) return 'invalid';
  if (!rows.some((r) => r.valid && r.decision === 'accepted')) return 'nothing';
  if (input.confirmationNeeded && input.typed !== input.orgName) return 'confirmation';

  return undefined;
}

export interface ReviewProgress {
  accepted: number;
  rejected: number;
  pending: number;
  invalid: number;
}

export function progressOf(changeSet: ChangeSet, validation: ValidationResult[]): ReviewProgress {
  const progress: ReviewProgress = { accepted: 0, rejected: 0, pending: 0, invalid: 0 };
  changeSet.changes.forEach((change, i) => {
    if (!validation[i]?.ok) progress.invalid++;
    else progress[change.decision]++;
  });

  return progress;
}
