import { ok, type Result } from '../result';
import { settingsProblem, type SettingsProblem } from './problem';
import {
  POLICY_ONLY_KEYS,
  SETTING_KEYS,
  USER_SETTING_KEYS,
  type SettingKey,
  type UserSettingKey,
  type UserSettings,
} from './settings-model';
import { checkSetting } from './value-problem';

/** Problems by field; `form` holds what belongs to no one field (an unknown key, a bad patch). */
export type FieldErrors = Partial<Record<SettingKey | 'form', SettingsProblem>>;

/** What the options page sends: new values for some user-settable keys, not yet validated. */
export type SettingsPatch = Partial<Record<UserSettingKey, unknown>>;

/** `fail` from lib/result takes one Problem; field errors are a map of them. */
export function fieldErrors(errors: FieldErrors): { ok: false; problem: FieldErrors } {
  return { ok: false, problem: errors };
}

const isUserKey = (key: string): key is UserSettingKey =>
  (USER_SETTING_KEYS as readonly string[]).includes(key);

/**
 * Validates and normalises every value of a patch. All or nothing: one bad value fails the whole
 * patch, so a save never stores half of what a person entered.
 */
export function validateSettingsPatch(patch: unknown): Result<Partial<UserSettings>, FieldErrors> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return fieldErrors({
      form: settingsProblem('settingsErrorPatch', 'Sofie could not read these settings.'),
    });
  }

  const errors: FieldErrors = {};
  const values: Partial<Record<UserSettingKey, unknown>> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!isUserKey(key)) {
      const adminOnly = (POLICY_ONLY_KEYS as readonly string[]).includes(key);
      const problem = adminOnly
        ? settingsProblem('settingsErrorAdminOnly', `Only an admin policy can set ${key}.`, [key])
        : settingsProblem('settingsErrorUnknownSetting', `Sofie has no setting ${key}.`, [key]);
      errors[(SETTING_KEYS as readonly string[]).includes(key) ? (key as SettingKey) : 'form'] =
        problem;
      continue;
    }

    const result = checkSetting(key, value);
    if (result.ok) values[key] = result.value;
    else errors[key] = result.problem;
  }

  if (Object.keys(errors).length) return fieldErrors(errors);
  return ok(values as Partial<UserSettings>);
}
