/**
 * One browser with the built extension, signed in to the demo org from a page without a record,
 * so the first record view of every object is cold: fresh profile, empty caches.
 */
import type { CDPSession, Page } from 'playwright-core';

import { launchExtension, type LaunchedExtension } from '../../test/e2e/harness/launch';
import type { EmulatorControl } from '../../test/emulator/control/client';
import { DEMO_CLIENT_ID } from '../../test/emulator/oauth/apps';
import { CdpTarget } from './cdp-target';
import { PROBE_SOURCE } from './probe';

export const LIGHTNING = 'https://acme.lightning.force.com';
export const BENCH_USER = 'admin@acme.example';

export interface BenchSession {
  ext: LaunchedExtension;
  control: EmulatorControl;
  cdp: CDPSession;
  /** The Salesforce tab the panel follows. */
  page: Page;
  /** The open side panel; replaced when a measurement reopens it. */
  panel: CdpTarget;
  /** Last request-log sequence number already accounted for. */
  logMark: number;
  /** API requests the service worker sent (DevTools Network), not yet taken. */
  sent: string[];
  /** Stops the current watch of the worker's requests (a restarted worker gets a new one). */
  unwatch?: () => Promise<void>;
  chromium: string;
  close(): Promise<void>;
}

export const panelUrl = (extensionId: string) => `chrome-extension://${extensionId}/sidepanel.html`;

export async function findPanelTarget(s: Pick<BenchSession, 'cdp' | 'ext'>, timeoutMs = 10_000) {
  const url = panelUrl(s.ext.extensionId);
  return CdpTarget.waitFor(s.cdp, (t) => t.type === 'page' && t.url.startsWith(url), timeoutMs);
}

export async function installProbe(panel: CdpTarget): Promise<void> {
  await panel.evaluate(PROBE_SOURCE);
}

export interface TakenRequests {
  /** What Sofie's service worker sent, per DevTools. */
  sent: string[];
  /** What the emulator answered; more than `sent` when Chromium retried on a reset connection. */
  received: string[];
}

/** API requests since the last call, both sides, and moves the marks past them. */
export async function takeApiRequests(s: BenchSession): Promise<TakenRequests> {
  const { entries, last } = await s.control.log({ since: s.logMark, kind: 'api' });
  s.logMark = last;
  return { sent: s.sent.splice(0), received: entries.map((e) => `${e.method} ${e.path}`) };
}

export const workerUrl = (extensionId: string) => `chrome-extension://${extensionId}/background.js`;

/**
 * Counts the API requests the service worker sends, with DevTools' Network domain on its target.
 * The emulator's log alone over-counts: when it closes an idle keep-alive connection just as the
 * worker reuses it, Chromium resends the request and the emulator sees it twice.
 */
export async function watchWorkerRequests(s: BenchSession): Promise<void> {
  await s.unwatch?.();
  const url = workerUrl(s.ext.extensionId);
  const info = await CdpTarget.waitFor(s.cdp, (t) => t.type === 'service_worker' && t.url === url);
  const worker = await CdpTarget.attach(s.cdp, info.targetId);
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== worker.sessionId) return;
    const message = JSON.parse(event.message) as {
      method?: string;
      params?: { request?: { url: string; method: string } };
    };
    const request = message.params?.request;
    if (message.method !== 'Network.requestWillBeSent' || !request) return;
    const path = new URL(request.url).pathname;
    if (path.startsWith('/services/data')) s.sent.push(`${request.method} ${path}`);
  };
  s.cdp.on('Target.receivedMessageFromTarget', onMessage);
  s.unwatch = async () => {
    s.cdp.off('Target.receivedMessageFromTarget', onMessage);
    await worker.detach();
  };
  await worker.command('Network.enable');
}

export async function openSession(
  salesforcePort: number,
  control: EmulatorControl,
): Promise<BenchSession> {
  await control.setLatency(0);
  const ext = await launchExtension({ salesforcePort });
  try {
    await ext.serviceWorker.evaluate(
      (clientId) =>
        chrome.storage.local.set({
          settings: { clientId, authBaseUrl: 'https://login.salesforce.com' },
        }),
      DEMO_CLIENT_ID,
    );
    const browser = ext.context.browser();
    if (!browser) throw new Error('Playwright gave no browser for the persistent context');
    const cdp = await browser.newBrowserCDPSession();

    const page = await ext.openSalesforcePage(`${LIGHTNING}/lightning/page/home`);
    await page.locator('#sofie-launcher-host').locator('button').click();
    const panel = await CdpTarget.attach(cdp, (await findPanelTarget({ cdp, ext })).targetId);
    await control.autoLogin(BENCH_USER);
    const connect = '[data-state=not-connected] .sofie-connect button';
    await panel.poll(`document.querySelector(${JSON.stringify(connect)})?.tagName`);
    await panel.evaluate(`document.querySelector(${JSON.stringify(connect)}).click()`);
    await panel.poll('document.querySelector("[data-state=page]")?.tagName');
    await installProbe(panel);

    const { last } = await control.log({ since: Number.MAX_SAFE_INTEGER });
    const session: BenchSession = {
      ext,
      control,
      cdp,
      page,
      panel,
      logMark: last,
      sent: [],
      chromium: browser.version(),
      close: () => ext.close(),
    };
    await watchWorkerRequests(session);
    return session;
  } catch (error) {
    await ext.close();
    throw error;
  }
}
