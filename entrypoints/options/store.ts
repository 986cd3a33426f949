import { create } from 'zustand';

import type { OptionsStore } from '@/components/options/options-store';
import { DEFAULT_PREFERENCES, preferencesItem } from '@/lib/storage/items';

/** The options page's one store, fed from extension storage. */
export const useOptionsStore = create<OptionsStore>()((set, get) => ({
  preferences: DEFAULT_PREFERENCES,
  loaded: false,
  savedAt: undefined,
  load: async () => {
    set({ preferences: await preferencesItem.getValue(), loaded: true });
  },
  setPreference: async (key, value) => {
    const preferences = { ...get().preferences, [key]: value };
    await preferencesItem.setValue(preferences);
    set({ preferences, savedAt: Date.now() });
  },
}));
