import { storage } from 'wxt/utils/storage';

/**
 * Persistent state, each item versioned so a later release can migrate it. Extension storage only:
 * no content script or web page can read `local:` or `session:` items of another origin, but the
 * content script shares our origin's `storage.local` access, so secrets go in `session:` (see
 * lib/auth), and the background asks the browser at start-up to keep `storage.local` to trusted
 * contexts where it supports that (entrypoints/background/storage-access.ts).
 */
export interface UserPreferencesV1 {
  launcherVisible: boolean;
}

export interface UserPreferences extends UserPreferencesV1 {
  verboseLogging: boolean;
}

export const DEFAULT_PREFERENCES: UserPreferences = {
  launcherVisible: true,
  verboseLogging: false,
};

export const preferencesItem = storage.defineItem<UserPreferences>('local:preferences', {
  version: 2,
  fallback: DEFAULT_PREFERENCES,
  migrations: {
    2: (old: UserPreferencesV1): UserPreferences => ({ ...old, verboseLogging: false }),
  },
});
