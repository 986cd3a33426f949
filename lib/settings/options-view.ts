import { ok, type Result } from '../result';
import type { PolicyProblem } from './read-policy';
import type { EffectiveSettings, SettingSource } from './resolve-effective';
import { settingsProblem } from './problem';
import type { SettingKey, Settings, UserSettings } from './settings-model';
import { fieldErrors, validateSettingsPatch, type FieldErrors } from './validate-patch';

export type MaskedSecret = 'set' | 'not set';

/** What the options page sees: the effective settings with the secret masked, and their origins. */
export interface OptionsSettingsView {
  values: Omit<Settings, 'clientSecret'> & { clientSecret: MaskedSecret };
  sources: Record<SettingKey, SettingSource>;
  /** Arrays, not sets: messages travel as JSON. */
  locked: SettingKey[];
  problems: PolicyProblem[];
  /** The redirect URL to register in the connected app (`identity.getRedirectURL('oauth2')`). */
  callbackUrl: string;
  extensionId: string;
}

export function optionsViewOf(
  effective: EffectiveSettings,
  problems: PolicyProblem[],
  extras: { callbackUrl: string; extensionId: string },
): OptionsSettingsView {
  return {
    values: {
      ...effective.values,
      clientSecret: effective.values.clientSecret ? 'set' : 'not set',
    },
    sources: effective.sources,
    locked: [...effective.locked],
    problems,
    ...extras,
  };
}

/**
 * The stored user settings after a save, or why nothing was saved: any invalid value, or any key
 * the policy locks, refuses the whole patch.
 */
export function applySettingsPatch(
  stored: Partial<UserSettings>,
  patch: unknown,
  locked: ReadonlySet<SettingKey>,
): Result<Partial<UserSettings>, FieldErrors> {
  const validated = validateSettingsPatch(patch);
  const errors: FieldErrors = validated.ok ? {} : { ...validated.problem };
  if (typeof patch === 'object' && patch !== null) {
    for (const key of Object.keys(patch)) {
      if (!locked.has(key as SettingKey)) continue;
      errors[key as SettingKey] = settingsProblem(
        'settingsErrorLocked',
        'Set by your organization: this setting cannot be changed here.',
      );
    }
  }

  if (!validated.ok || Object.keys(errors).length) return fieldErrors(errors);
  return ok({ ...stored, ...validated.value });
}
