import { storage } from 'wxt/utils/storage';

import { USER_SETTING_KEYS, type UserSettings } from './settings-model';
import { checkSetting } from './value-problem';

/**
 * What a person chose on the options page: only the keys they set, so a later change of a default
 * reaches everyone who never touched it. The client secret is the only secret kept in `local:`;
 * for a public app (PKCE, the recommended set-up) it is empty, and a public app's secret is not
 * secret anyway.
 */
export const userSettingsItem = storage.defineItem<Partial<UserSettings>>('local:settings', {
  version: 1,
  fallback: {},
});

/** Settings are validated when loaded: a value a newer or older release wrote wrongly is dropped. */
export function readUserSettings(raw: unknown): Partial<UserSettings> {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Partial<Record<keyof UserSettings, unknown>> = {};
  for (const key of USER_SETTING_KEYS) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const result = checkSetting(key, value);
    if (result.ok) out[key] = result.value;
  }

  return out as Partial<UserSettings>;
}
