import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DEFAULT_PREFERENCES, preferencesItem } from './items';

describe('preferencesItem', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await preferencesItem.getValue()).toEqual(DEFAULT_PREFERENCES);
  });

  it('migrates a version 1 value, keeping what the user chose', async () => {
    await fakeBrowser.storage.local.set({ preferences: { launcherVisible: false } });

    await preferencesItem.migrate();

    expect(await preferencesItem.getValue()).toEqual({
      launcherVisible: false,
      verboseLogging: false,
    });
    expect(await fakeBrowser.storage.local.get('preferences$')).toEqual({ preferences$: { v: 2 } });
  });

  it('stores and reads back a change', async () => {
    await preferencesItem.setValue({ launcherVisible: true, verboseLogging: true });

    expect((await preferencesItem.getValue()).verboseLogging).toBe(true);
  });
});
