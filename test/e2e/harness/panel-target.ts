import type { CDPSession } from 'playwright-core';

import type { BrowserTestContext } from './fixture';
import type { SidePanel } from './side-panel';

async function browserSession(t: BrowserTestContext): Promise<CDPSession> {
  const browser = t.ext.context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context');
  return browser.newBrowserCDPSession();
}

async function panelTargets(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos
    .filter((target) => target.type === 'page' && target.url.startsWith(panelUrl))
    .map((target) => target.targetId);
}

/** Closes the real side panel (its page target) and waits until the browser lists it no more. */
export async function closePanel(t: BrowserTestContext): Promise<void> {
  const cdp = await browserSession(t);
  for (const targetId of await panelTargets(cdp, t.ext.extensionId)) {
    await cdp.send('Target.closeTarget', { targetId });
  }

  const deadline = Date.now() + 10_000;
  while ((await panelTargets(cdp, t.ext.extensionId)).length > 0) {
    if (Date.now() > deadline) throw new Error('The side panel did not close within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }

  await cdp.detach();
}

/** `performance.timeOrigin` of a target, over a non-flattened session like the panel's. */
async function timeOrigin(cdp: CDPSession, targetId: string): Promise<number | undefined> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const reply = new Promise<number | undefined>((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: { result?: { value?: number } };
      };
      if (message.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolve(message.result?.result?.value);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression: 'performance.timeOrigin', returnByValue: true },
    }),
  });
  const value = await Promise.race([reply, new Promise<undefined>((r) => setTimeout(r, 1000))]);
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  return value;
}

/**
 * Stops the extension's service worker the way Chrome stops an idle one (DevTools'
 * `ServiceWorker.stopAllWorkers`, sent from the panel) and waits until a new worker runs.
 */
export async function restartServiceWorker(t: BrowserTestContext, panel: SidePanel): Promise<void> {
  const cdp = await browserSession(t);
  const url = t.ext.serviceWorker.url();
  const stoppedAt = Date.now();
  await panel.command('ServiceWorker.enable');
  await panel.command('ServiceWorker.stopAllWorkers');

  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((i) => i.type === 'service_worker' && i.url === url);
    const started = worker
      ? await timeOrigin(cdp, worker.targetId).catch(() => undefined)
      : undefined;
    if (started !== undefined && started > stoppedAt) {
      await cdp.detach();
      return;
    }

    await new Promise((r) => setTimeout(r, 50));
  }

  await cdp.detach();
  throw new Error('No new service worker started within 15 s of stopping the old one');
}
