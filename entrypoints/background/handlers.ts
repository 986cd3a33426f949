import { browser } from 'wxt/browser';

import { handle } from '@/lib/messaging/handlers';
import { fail, ok } from '@/lib/result';
import { resolveOrgHost } from '@/lib/salesforce/hosts';
import { normaliseId } from '@/lib/salesforce/ids';
import { soqlIdentifier } from '@/lib/salesforce/soql';
import type { TabTracker } from '@/lib/tabs/tab-tracker';

import { summarise, type Connections } from './connections';
import { openSidePanelForTab } from './side-panel';

export interface HandlerDeps {
  connections: Connections;
  tracker: TabTracker;
}

export function registerHandlers(extensionId: string, deps: HandlerDeps): void {
  const { connections, tracker } = deps;

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
    async ({ apiHost, loginHint }) => {
      const host = resolveOrgHost(apiHost)?.apiHost;
      const result = await connections.connect({
        ...(host ? { apiHost: host } : {}),
        ...(loginHint ? { loginHint } : {}),
      });
      return result.ok ? ok(summarise(result.value)) : fail(result.problem);
    },
    extensionId,
  );

  handle(
    'panelOpenRecord',
    ['extension-page'],
    async ({ windowId, objectApiName, recordId, newTab }) => {
      const page = tracker.current(windowId);
      const id = normaliseId(recordId);
      const host = page?.context ? resolveOrgHost(page.context.apiHost) : undefined;
      if (!page || !id || !host) return;

      const lightning = host.apiHost.replace('.my.salesforce.com', '.lightning.force.com');
      const url = `https://${lightning}/lightning/r/${soqlIdentifier(objectApiName)}/${id}/view`;
      if (newTab) await browser.tabs.create({ url, windowId });
      else await browser.tabs.update(page.tabId, { url });
    },
    extensionId,
  );

  handle(
    'optionsListConnections',
    ['extension-page'],
    async () =>
      Promise.all(
        (await connections.list()).map(async (c) => {
          const allowed = await connections.allowed(c);
          return {
            ...summarise(c),
            instanceName: c.instanceName,
            connectedAt: c.connectedAt,
            ...(allowed.ok ? {} : { notAllowed: allowed.problem }),
          };
        }),
      ),
    extensionId,
  );

  handle(
    'optionsConnect',
    ['extension-page'],
    async ({ prompt }) => {
      const result = await connections.connect(prompt ? { prompt } : {});
      return result.ok ? ok(summarise(result.value)) : fail(result.problem);
    },
    extensionId,
  );

  handle(
    'optionsDisconnect',
    ['extension-page'],
    ({ key }) => connections.disconnect(key),
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
