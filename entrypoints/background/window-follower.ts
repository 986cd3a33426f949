import { browser } from 'wxt/browser';

import { isSalesforcePageUrl } from '@/lib/messaging/sender';
import type { PanelSnapshot } from '@/lib/panel-state';

import type { PanelHub } from './panel-hub';

/**
 * Follows the active tab of every window that has a panel open and publishes what the panel
 * should show. Tab switches, navigations (including Lightning's history.pushState, which Chrome
 * reports through tabs.onUpdated) and closed tabs all lead to a new snapshot.
 */
export class WindowFollower {
  constructor(private readonly hub: PanelHub) {}

  start(): void {
    browser.tabs.onActivated.addListener(({ windowId }) => void this.refresh(windowId));
    browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
      if (change.url !== undefined && tab.active && tab.windowId !== undefined)
        void this.refresh(tab.windowId);
    });
    browser.tabs.onRemoved.addListener((_tabId, { windowId }) => void this.refresh(windowId));
  }

  async refresh(windowId: number): Promise<void> {
    if (!this.hub.openWindows().includes(windowId)) return;
    const [tab] = await browser.tabs.query({ active: true, windowId });
    this.hub.publish(windowId, this.snapshotFor(tab?.url));
  }

  private snapshotFor(url: string | undefined): PanelSnapshot {
    if (!isSalesforcePageUrl(url)) return { kind: 'no-salesforce-page' };
    return { kind: 'not-connected', page: undefined, onSalesforcePage: true };
  }
}
