import type { Settings } from './settings-model';

/**
 * The write guardrails every writer obeys, as the effective settings (policy over user settings
 * over defaults) resolve them. Enforced in the background where a write is decided, and shown in
 * the panel so a person knows why an action is unavailable.
 */
export interface WritePolicy {
  /** `off`: previews only, no write request may leave the extension; `review`: writes after review. */
  writeMode: 'off' | 'review';
  /** False keeps writes to sandboxes (and other non-production orgs). */
  allowProductionWrites: boolean;
  /** A production write needs the reviewer to type the org's name. */
  requireTypedConfirmationInProduction: boolean;
  /** Objects that may be written; undefined means every object the user may update. */
  writableObjects: string[] | undefined;
  /** Object API name → field API names that are never written (`*` applies to every object). */
  blockedFields: Record<string, string[]>;
  /** Most fields one change set may write. */
  maxFieldsPerChange: number;
}

export const DEFAULT_WRITE_POLICY: WritePolicy = {
  writeMode: 'review',
  allowProductionWrites: true,
  requireTypedConfirmationInProduction: false,
  writableObjects: undefined,
  blockedFields: {},
  maxFieldsPerChange: 10,
};

/**
 * The guardrails out of the effective settings (`resolveEffective(...)`). `auditTaskOnWrite` is read
 * from `effective.values` directly: it is what to do after a write, not whether to write.
 */
export function writePolicyOf(effective: { values: Settings }): WritePolicy {
  const v = effective.values;
  return {
    writeMode: v.writeMode,
    allowProductionWrites: v.allowProductionWrites,
    requireTypedConfirmationInProduction: v.requireTypedConfirmationInProduction,
    writableObjects: v.writableObjects ?? undefined,
    blockedFields: v.blockedFields,
    maxFieldsPerChange: v.maxFieldsPerChange,
  };
}
