import type { Settings } from './settings-model';

/**
 * What a guardrail becomes when the admin's policy sets it to a value Sofie cannot use. The admin
 * meant to restrict something, and Sofie cannot tell what, so it takes the restrictive reading
 * rather than the permissive default: no org allowed, no writes, the strictest confirmation.
 */
export const RESTRICTIVE_FALLBACKS = {
  allowedOrgIds: [],
  allowedMyDomains: [],
  writeMode: 'off',
  allowProductionWrites: false,
  requireTypedConfirmationInProduction: true,
  writableObjects: [],
  maxFieldsPerChange: 1,
  blockedFields: {},
} as const satisfies Partial<Settings>;

export type GuardrailKey = keyof typeof RESTRICTIVE_FALLBACKS;

export function isGuardrailKey(key: string): key is GuardrailKey {
  return key in RESTRICTIVE_FALLBACKS;
}

/**
 * The restrictive values for the guardrails the policy got wrong. A blocked-field list Sofie cannot
 * read cannot say which fields are safe, so it also turns writing off.
 */
export function restrictiveValues(keys: readonly GuardrailKey[]): Partial<Settings> {
  const values: Partial<Settings> = {};
  for (const key of keys) {
    Object.assign(values, { [key]: structuredClone(RESTRICTIVE_FALLBACKS[key]) });
    if (key === 'blockedFields') values.writeMode = 'off';
  }

  return values;
}
