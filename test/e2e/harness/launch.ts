import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

import { PINNED_EXTENSION_ID } from '../../../lib/manifest-key';
import { findChromium } from './chromium';
import { SidePanel } from './side-panel';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchOptions {
  /** HTTPS port of the local Salesforce stand-in. */
  salesforcePort: number;
  /** Extra Chromium switches. */
  extraArgs?: string[];
  /** Extra `--host-resolver-rules` entries (`MAP workflow.example.test 127.0.0.1:<port>`). */
  hostRules?: string[];
  headless?: boolean;
  extensionDir?: string;
  locale?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens `https://<host><path>` in a new tab (the host is mapped to the local server). */
  openSalesforcePage(url: string): Promise<Page>;
  /** Clicks the launcher on a page and waits for the real side panel. */
  openPanelFromLauncher(page: Page): Promise<SidePanel>;
  /** The side panel that is open now, if any. */
  findPanel(timeoutMs?: number): Promise<SidePanel>;
  extensionUrl(path: string): string;
  /** Everything logged by extension pages and the service worker, for failure reports. */
  logs: string[];
  close(): Promise<void>;
}

export function chromiumArgs(options: LaunchOptions, extensionDir: string): string[] {
  const port = options.salesforcePort;
  const rules = ['*.salesforce.com', '*.force.com', '*.salesforce-setup.com']
    .map((pattern) => `MAP ${pattern} 127.0.0.1:${port}`)
    .concat(options.hostRules ?? [])
    .join(', ');
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    ...(options.locale ? [`--lang=${options.locale}`] : []),
    ...(options.extraArgs ?? []),
  ];
}

export async function launchExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'sofie-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(options, extensionDir),
    viewport: { width: 1280, height: 800 },
    // On Linux, Chromium picks its UI language (and so the extension's) from LANGUAGE.
    ...(options.locale
      ? {
          locale: options.locale,
          env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` },
        }
      : {}),
  });
  const logs: string[] = [];

  const serviceWorker =
    context.serviceWorkers().find((w) => w.url().includes(PINNED_EXTENSION_ID)) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  serviceWorker.on('console', (m) => logs.push(`[sw:${m.type()}] ${m.text()}`));
  const extensionId = new URL(serviceWorker.url()).host;

  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context');
  const cdp = await browser.newBrowserCDPSession();

  const findPanel = (timeoutMs = 10_000) =>
    SidePanel.find(cdp, extensionId, timeoutMs, (line) => logs.push(line));

  return {
    context,
    extensionId,
    serviceWorker,
    logs,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    openSalesforcePage: async (url) => {
      const page = await context.newPage();
      page.on('console', (m) => logs.push(`[page:${m.type()}] ${m.text()}`));
      await page.goto(url);
      return page;
    },
    openPanelFromLauncher: async (page) => {
      await page.locator('#sofie-launcher-host').locator('button').click();
      return findPanel();
    },
    findPanel,
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
