import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function freshModule() {
  vi.resetModules();
  return import('./settings');
}

describe('background settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('resolves policy over user settings over defaults', async () => {
    await fakeBrowser.storage.managed.set({ writeMode: 'off', surprise: true });
    await fakeBrowser.storage.local.set({
      settings: { writeMode: 'review', verboseLogging: true },
    });
    const { getEffectiveSettings } = await freshModule();

    const settings = await getEffectiveSettings();

    expect(settings.values.writeMode).toBe('off');
    expect(settings.sources.writeMode).toBe('policy');
    expect(settings.values.verboseLogging).toBe(true);
    expect(settings.sources.verboseLogging).toBe('user');
    expect(settings.problems.map((p) => p.key)).toEqual(['surprise']);
  });

  it('reads an unreadable managed storage as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('not supported'));
    const { getEffectiveSettings } = await freshModule();

    const settings = await getEffectiveSettings();

    expect(settings.locked.size).toBe(0);
    expect(settings.values.writeMode).toBe('review');
  });

  it('tells listeners when the policy changes', async () => {
    const { getEffectiveSettings, onEffectiveSettingsChanged } = await freshModule();
    await getEffectiveSettings();
    const seen = new Promise<boolean>((resolve) =>
      onEffectiveSettingsChanged((s) => resolve(s.values.verboseLogging)),
    );

    await fakeBrowser.storage.managed.set({ verboseLogging: true });

    expect(await seen).toBe(true);
    expect((await getEffectiveSettings()).locked.has('verboseLogging')).toBe(true);
  });

  it('tells listeners when the user settings change, and ignores other local keys', async () => {
    const { getEffectiveSettings, onEffectiveSettingsChanged } = await freshModule();
    await getEffectiveSettings();
    const calls: string[] = [];
    onEffectiveSettingsChanged((s) => calls.push(s.values.supportContact));

    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    await fakeBrowser.storage.local.set({ settings: { supportContact: 'desk' } });
    await vi.waitFor(() => expect(calls).toEqual(['desk']));
  });
});
