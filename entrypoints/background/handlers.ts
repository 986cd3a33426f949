import { browser } from 'wxt/browser';

import { handle } from '@/lib/messaging/handlers';
import { isSalesforcePageUrl } from '@/lib/messaging/sender';

import { openSidePanelForTab } from './side-panel';

export function registerHandlers(extensionId: string): void {
  handle(
    'launcherOpenPanel',
    ['content-script'],
    async (_data, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { opened: false };
      return { opened: await openSidePanelForTab(tabId) };
    },
    extensionId,
  );

  handle(
    'panelGetSnapshot',
    ['extension-page'],
    async ({ windowId }) => {
      const [tab] = await browser.tabs.query({ active: true, windowId });
      const onSalesforcePage = isSalesforcePageUrl(tab?.url);
      return {
        kind: 'not-connected',
        tabUrl: onSalesforcePage ? tab?.url : undefined,
        onSalesforcePage,
      };
    },
    extensionId,
  );

  handle(
    'openOptionsPage',
    ['extension-page'],
    async () => {
      await browser.runtime.openOptionsPage();
    },
    extensionId,
  );
}
