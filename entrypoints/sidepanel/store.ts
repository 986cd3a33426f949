import { browser } from 'wxt/browser';
import { create } from 'zustand';

import type { PanelStore } from '@/components/panel/panel-store';
import { sendMessage } from '@/lib/messaging/protocol';

import { followWindow } from './port';

/**
 * The panel's one store. It follows its window's snapshot over a port (the background pushes every
 * change: tab switches, navigation, loads) and asks for actions through typed messages.
 */
export const usePanelStore = create<PanelStore>()((set) => ({
  status: 'loading',
  snapshot: undefined,
  error: undefined,
  windowId: -1,
  connect: async () => {
    set({ status: 'loading', error: undefined });
    try {
      const window = await browser.windows.getCurrent();
      set({ windowId: window.id ?? -1 });
      followWindow(
        window.id ?? -1,
        (snapshot) => set({ status: 'ready', snapshot, error: undefined }),
        (reason) => set({ status: 'error', error: reason }),
      );
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  },
  openOptions: async () => {
    await sendMessage('openOptionsPage', undefined);
  },
}));
