import { browser } from 'wxt/browser';

import type { TabTracker } from '@/lib/tabs/tab-tracker';

/**
 * Feeds the browser's tab and window events into the tracker: switching tabs or windows,
 * navigating (Lightning's history.pushState arrives as tabs.onUpdated with a url), closing tabs.
 * Our host permissions make `url` visible for Salesforce tabs without the `tabs` permission.
 */
export function feedTabEvents(tracker: TabTracker): void {
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    tracker.activated(windowId, tabId);
    void browser.tabs
      .get(tabId)
      .then((tab) => tracker.updated(tabId, tab.url ?? ''))
      .catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) tracker.updated(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => tracker.removed(tabId));
  browser.windows.onFocusChanged.addListener((windowId) => tracker.windowFocused(windowId));
  browser.windows.onRemoved.addListener((windowId) => tracker.windowRemoved(windowId));
}

/** A panel opened after the service worker woke up: learn its window's active tab first. */
export async function primeWindow(tracker: TabTracker, windowId: number): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  if (tab?.id === undefined) return;
  tracker.activated(windowId, tab.id);
  tracker.updated(tab.id, tab.url ?? '');
}
