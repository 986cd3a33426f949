import { browser } from 'wxt/browser';

import { PANEL_PORT_NAME, type PanelPortMessage } from '@/lib/panel-port';
import type { PanelSnapshot } from '@/lib/panel-state';

/**
 * Keeps a port to the background open for this window. Chrome stops an idle service worker, which
 * closes the port: reconnecting wakes it again, so the panel keeps following the tab.
 */
export function followWindow(
  windowId: number,
  onSnapshot: (snapshot: PanelSnapshot) => void,
  onLost: (reason: string) => void,
): () => void {
  let stopped = false;
  let failures = 0;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;

  const open = () => {
    if (stopped) return;
    try {
      port = browser.runtime.connect({ name: PANEL_PORT_NAME });
    } catch (error) {
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }

    port.onMessage.addListener((message: unknown) => {
      const m = message as PanelPortMessage;
      if (m.type !== 'snapshot') return;
      failures = 0;
      onSnapshot(m.snapshot);
    });
    port.onDisconnect.addListener(() => {
      if (stopped) return;
      failures += 1;
      if (failures > 5) onLost('Sofie stopped answering. Close and reopen the panel.');
      else setTimeout(open, 50 * failures);
    });
    port.postMessage({ type: 'subscribe', windowId } satisfies PanelPortMessage);
  };

  open();
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
