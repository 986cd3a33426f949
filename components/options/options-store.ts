import { createContext, useContext } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';

import type { OptionsSettingsView } from '@/lib/settings/options-view';
import type { UserSettingKey } from '@/lib/settings/settings-model';
import type { FieldErrors } from '@/lib/settings/validate-patch';

/** What a person typed, per field, before it is turned into a patch (see field-codec.ts). */
export type Draft = Partial<Record<UserSettingKey, unknown>>;

export interface OptionsStore {
  view: OptionsSettingsView | undefined;
  loadFailed: boolean;
  draft: Draft;
  errors: FieldErrors;
  saving: boolean;
  /** `saved` after a save went through, `refused` when nothing was saved. */
  outcome: 'saved' | 'refused' | undefined;
  launcherVisible: boolean;
  load: () => Promise<void>;
  edit: (key: UserSettingKey, value: unknown) => void;
  discard: () => void;
  save: () => Promise<void>;
  setLauncherVisible: (visible: boolean) => Promise<void>;
}

export type UseOptionsStore = UseBoundStore<StoreApi<OptionsStore>>;

export const OptionsStoreContext = createContext<UseOptionsStore | undefined>(undefined);

/** The options page's store, given by OptionsApp to every section below it. */
export function useOptions<T>(selector: (state: OptionsStore) => T): T {
  const useStore = useContext(OptionsStoreContext);
  if (!useStore) throw new Error('useOptions outside OptionsApp');
  return useStore(selector);
}
