import type { StoreApi, UseBoundStore } from 'zustand';

import type { UserPreferences } from '@/lib/storage/items';

export interface OptionsStore {
  preferences: UserPreferences;
  loaded: boolean;
  savedAt: number | undefined;
  load: () => Promise<void>;
  setPreference: <K extends keyof UserPreferences>(
    key: K,
    value: UserPreferences[K],
  ) => Promise<void>;
}

export type UseOptionsStore = UseBoundStore<StoreApi<OptionsStore>>;
