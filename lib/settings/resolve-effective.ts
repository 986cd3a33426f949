import {
  CONNECTION_KEYS,
  POLICY_ONLY_KEYS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  type UserSettings,
} from './settings-model';

export type SettingSource = 'default' | 'user' | 'policy';

/** The settings every part of Sofie obeys, with where each value came from. */
export interface EffectiveSettings {
  values: Settings;
  sources: Record<SettingKey, SettingSource>;
  /** Keys a person cannot change: set by policy, or held by `allowUserConnectionSettings: false`. */
  locked: Set<SettingKey>;
}

const isPolicyOnly = (key: SettingKey) => (POLICY_ONLY_KEYS as readonly SettingKey[]).includes(key);
const isConnection = (key: SettingKey) => (CONNECTION_KEYS as readonly SettingKey[]).includes(key);

/** Policy over user settings over defaults, key by key. */
export function resolveEffective(
  defaults: Settings,
  user: Partial<UserSettings>,
  policy: Partial<Settings>,
): EffectiveSettings {
  const values = { ...defaults } as Record<SettingKey, unknown>;
  const sources = {} as Record<SettingKey, SettingSource>;
  const locked = new Set<SettingKey>();
  const connectionHeld =
    (policy.allowUserConnectionSettings ?? defaults.allowUserConnectionSettings) === false;

  for (const key of SETTING_KEYS) {
    const fromPolicy = policy[key];
    const fromUser = isPolicyOnly(key) ? undefined : user[key as keyof UserSettings];

    if (fromPolicy !== undefined) {
      values[key] = fromPolicy;
      sources[key] = 'policy';
      locked.add(key);
    } else if (connectionHeld && isConnection(key)) {
      sources[key] = 'default';
      locked.add(key);
    } else if (fromUser !== undefined) {
      values[key] = fromUser;
      sources[key] = 'user';
    } else {
      sources[key] = 'default';
    }
  }

  return { values: values as Settings, sources, locked };
}
