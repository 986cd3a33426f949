import { create } from 'zustand';

import { patchOf } from '@/components/options/field-codec';
import type { OptionsStore } from '@/components/options/options-store';
import { createLogger } from '@/lib/log/logger';
import { sendMessage } from '@/lib/messaging/protocol';
import { preferencesItem } from '@/lib/storage/items';

const log = createLogger('options');

/** The options page's one store: settings come from, and go to, the background. */
export const useOptionsStore = create<OptionsStore>()((set, get) => ({
  view: undefined,
  loadFailed: false,
  draft: {},
  errors: {},
  saving: false,
  outcome: undefined,
  launcherVisible: true,
  load: async () => {
    try {
      const [view, preferences] = await Promise.all([
        sendMessage('optionsGetSettings', undefined),
        preferencesItem.getValue(),
      ]);
      set({ view, launcherVisible: preferences.launcherVisible, loadFailed: false });
    } catch (error) {
      log.error('could not load the settings', error);
      set({ loadFailed: true });
    }
  },
  edit: (key, value) => {
    const errors = { ...get().errors };
    delete errors[key];
    set({ draft: { ...get().draft, [key]: value }, errors, outcome: undefined });
  },
  discard: () => set({ draft: {}, errors: {}, outcome: undefined }),
  save: async () => {
    set({ saving: true, outcome: undefined });
    try {
      const result = await sendMessage('optionsSaveSettings', patchOf(get().draft));
      if (result.ok) set({ view: result.value, draft: {}, errors: {}, outcome: 'saved' });
      else set({ errors: result.problem, outcome: 'refused' });
    } finally {
      set({ saving: false });
    }
  },
  setLauncherVisible: async (visible) => {
    const preferences = await preferencesItem.getValue();
    await preferencesItem.setValue({ ...preferences, launcherVisible: visible });
    set({ launcherVisible: visible });
  },
}));
