import { browser, type Browser } from 'wxt/browser';

import { createLogger } from '@/lib/log/logger';
import { classifySender } from '@/lib/messaging/sender';
import { PANEL_PORT_NAME, type PanelPortMessage } from '@/lib/panel-port';
import type { PanelSnapshot } from '@/lib/panel-state';

const log = createLogger('panel-hub');

/**
 * Side panels connect a port and say which window they sit in; the background pushes that
 * window's snapshot whenever it changes. Only our own extension pages may connect.
 */
export class PanelHub {
  private readonly ports = new Map<number, Set<Browser.runtime.Port>>();
  private readonly latest = new Map<number, PanelSnapshot>();

  constructor(
    private readonly extensionId: string,
    private readonly onSubscribe: (windowId: number) => void,
  ) {}

  start(): void {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== PANEL_PORT_NAME) return;
      if (classifySender(port.sender ?? {}, this.extensionId) !== 'extension-page') {
        log.warn('refused a panel connection from outside the extension');
        port.disconnect();
        return;
      }

      port.onMessage.addListener((message: unknown) => this.receive(port, message));
    });
  }

  /** Windows with at least one open panel. */
  openWindows(): number[] {
    return [...this.ports.entries()].filter(([, set]) => set.size > 0).map(([id]) => id);
  }

  publish(windowId: number, snapshot: PanelSnapshot): void {
    this.latest.set(windowId, snapshot);
    for (const port of this.ports.get(windowId) ?? []) {
      try {
        port.postMessage({ type: 'snapshot', snapshot } satisfies PanelPortMessage);
      } catch {
        this.ports.get(windowId)?.delete(port);
      }
    }
  }

  last(windowId: number): PanelSnapshot | undefined {
    return this.latest.get(windowId);
  }

  private receive(port: Browser.runtime.Port, message: unknown): void {
    const m = message as Partial<Extract<PanelPortMessage, { type: 'subscribe' }>>;
    if (m.type !== 'subscribe' || typeof m.windowId !== 'number') return;

    const windowId = m.windowId;
    const set = this.ports.get(windowId) ?? new Set();
    set.add(port);
    this.ports.set(windowId, set);
    port.onDisconnect.addListener(() => set.delete(port));

    const known = this.latest.get(windowId);
    if (known) port.postMessage({ type: 'snapshot', snapshot: known } satisfies PanelPortMessage);
    this.onSubscribe(windowId);
  }
}
