import type { StoreApi, UseBoundStore } from 'zustand';

import type { PanelSnapshot } from '@/lib/panel-state';

export interface PanelStore {
  status: 'loading' | 'ready' | 'error';
  snapshot: PanelSnapshot | undefined;
  error: string | undefined;
  windowId: number;
  connect: () => Promise<void>;
  openOptions: () => Promise<void>;
}

/** Components take the store as a prop so tests can render them over a store of their own. */
export type UsePanelStore = UseBoundStore<StoreApi<PanelStore>>;
