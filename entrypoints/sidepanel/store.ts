import { browser } from 'wxt/browser';
import { create } from 'zustand';

import type { PanelStore } from '@/components/panel/panel-store';
import { sendMessage } from '@/lib/messaging/protocol';

/** The panel's one store: it asks the background and keeps what to render, never a token. */
export const usePanelStore = create<PanelStore>()((set) => ({
  status: 'loading',
  snapshot: undefined,
  error: undefined,
  refresh: async () => {
    set({ status: 'loading', error: undefined });
    try {
      const window = await browser.windows.getCurrent();
      const snapshot = await sendMessage('panelGetSnapshot', { windowId: window.id ?? -1 });
      set({ status: 'ready', snapshot });
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },
  openOptions: async () => {
    await sendMessage('openOptionsPage', undefined);
  },
}));
