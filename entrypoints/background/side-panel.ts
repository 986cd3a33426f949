import { browser } from 'wxt/browser';

import { createLogger } from '@/lib/log/logger';

const log = createLogger('side-panel');

/** The toolbar button (and its keyboard shortcut, `_execute_action`) opens the panel. */
export function configureSidePanel(): void {
  browser.sidePanel
    .setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => log.error('could not set the side panel behaviour', error));
}

/** Needs a user gesture: the launcher's click, forwarded by message, counts as one. */
export async function openSidePanelForTab(tabId: number): Promise<boolean> {
  try {
    await browser.sidePanel.open({ tabId });
    return true;
  } catch (error) {
    log.warn('could not open the side panel', error);
    return false;
  }
}
