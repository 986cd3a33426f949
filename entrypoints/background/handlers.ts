import { browser } from 'wxt/browser';

import { handle } from '@/lib/messaging/handlers';
import { fail } from '@/lib/result';

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
    'panelConnect',
    ['extension-page'],
    () =>
      fail({
        code: 'not-configured',
        message: 'Sign-in is not available yet.',
        remedy: 'Set up the connection in the settings.',
      }),
    extensionId,
  );

  handle('panelOpenRecord', ['extension-page'], () => undefined, extensionId);

  handle(
    'openOptionsPage',
    ['extension-page'],
    async () => {
      await browser.runtime.openOptionsPage();
    },
    extensionId,
  );
}
