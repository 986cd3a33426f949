import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { readUserSettings, userSettingsItem } from './user-settings-item';

describe('userSettingsItem', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('holds nothing until the user saves something', async () => {
    expect(await userSettingsItem.getValue()).toEqual({});
  });

  it('stores only the keys the user set', async () => {
    await userSettingsItem.setValue({ writeMode: 'off' });

    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { writeMode: 'off' },
    });
  });
});

describe('readUserSettings', () => {
  it('drops stored values that are no longer valid and keys Sofie does not know', () => {
    const read = readUserSettings({
      writeMode: 'yolo',
      verboseLogging: true,
      allowedOrgIds: ['00D000000000001'],
      old: 1,
    });

    expect(read).toEqual({ verboseLogging: true });
  });

  it('reads garbage as nothing stored', () => {
    expect(readUserSettings('x')).toEqual({});
    expect(readUserSettings(null)).toEqual({});
  });
});
