import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openOptions, signInThroughPopup } from './connections-helpers';
import { useBrowser, type BrowserTestContext } from './harness/fixture';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

const TOKEN_SHAPE = /00D[a-zA-Z0-9]{12,15}![A-Za-z0-9._-]+/;

/** Every message name of the protocol, read from its source so a new one is tried too. */
function messageNames(): string[] {
  const source = readFileSync('lib/messaging/protocol.ts', 'utf8');
  const map = source.slice(source.indexOf('export interface ProtocolMap'));
  const body = map.slice(0, map.indexOf('\n}\n'));
  return [...body.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!);
}

/** The tokens the extension holds, read by the test through the worker, never by a page. */
function storedTokens(t: BrowserTestContext): Promise<string[]> {
  return t.ext.serviceWorker.evaluate(async () => {
    const session = await chrome.storage.session.get(null);
    const access = Object.values(session).map((v) => (v as { token?: string }).token ?? '');
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('sofie-auth');
      open.onsuccess = () => resolve(open.result);
    });
    const refresh = await new Promise<string[]>((resolve) => {
      const request = db.transaction('refreshTokens').objectStore('refreshTokens').getAll();
      request.onsuccess = () =>
        resolve((request.result as { token: string }[]).map((r) => r.token));
    });
    db.close();
    return [...access, ...refresh].filter(Boolean);
  });
}

/** Sends a message the way the typed messaging does, from the launcher's content-script world. */
async function sendFromContentScript(
  t: BrowserTestContext,
  page: Page,
  type: string,
  data: unknown,
): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin.includes(t.ext.extensionId),
  );
  if (!world) throw new Error('The launcher content script is not on the page');
  const message = JSON.stringify({ id: 1, type, data });
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression: `chrome.runtime.sendMessage({ ...${message}, timestamp: Date.now() })`,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as unknown;
}

describe('no page and no content script can get a token', () => {
  const t = useBrowser();

  it('keeps every token out of the page, its console, the panel, the worker log and diagnostics', async () => {
    await configure(t, {});
    const pageLogs: string[] = [];
    const { page, panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Account', ACME.account),
      { connectAs: 'admin@acme.example' },
    );
    page.on('console', (m) => pageLogs.push(m.text()));
    const tokens = await storedTokens(t);
    expect(tokens.length).toBeGreaterThanOrEqual(2);

    const fromPage = await page.evaluate(
      async ({ id, names }) => {
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
          ?.runtime;
        const answers: string[] = [];
        for (const type of names) {
          try {
            const send = runtime?.sendMessage as
              ((id: string, message: unknown) => Promise<unknown>) | undefined;
            if (!send) {
              answers.push(`${type}: no messaging`);
              continue;
            }
            answers.push(
              `${type}: ${JSON.stringify(await send(id, { id: 1, type, timestamp: Date.now() }))}`,
            );
          } catch (error) {
            answers.push(`${type}: ${String(error)}`);
          }
        }
        const chromeStorage = (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage;
        return { answers, storage: typeof chromeStorage, html: document.documentElement.outerHTML };
      },
      { id: t.ext.extensionId, names: messageNames() },
    );

    expect(fromPage.answers).toHaveLength(messageNames().length);
    expect(fromPage.answers.every((a) => a.endsWith(': no messaging'))).toBe(true);
    expect(fromPage.storage).toBe('undefined');
    await control(t).autoLogin(null);
    const options = await openOptions(t);
    await signInThroughPopup(t, () => options.locator('[data-action=test-connection]').click(), {
      username: 'admin@acme.example',
      consent: false,
    });
    await options.locator('.sofie-conn__test[data-testing=false] [data-check=api-limits]').waitFor({
      timeout: 30_000,
    });
    expect(await options.locator('[data-check=rest-api]').getAttribute('data-status')).toBe('pass');
    const diagnostics = await options.evaluate(() => document.body.innerText);

    const everything = [
      fromPage.html,
      pageLogs.join('\n'),
      await panel.evaluate<string>('document.documentElement.outerHTML'),
      t.ext.logs.join('\n'),
      diagnostics,
    ];
    const current = await storedTokens(t);
    for (const [i, text] of everything.entries()) {
      expect(text, `source ${i}`).not.toMatch(TOKEN_SHAPE);
      for (const token of [...tokens, ...current]) expect(text, `source ${i}`).not.toContain(token);
    }
  });

  it('refuses a panel message forged by a content script and starts no sign-in', async () => {
    const emulator = control(t);
    const mark = (await emulator.log()).last;
    const page = await t.ext.openSalesforcePage(recordUrl(ACME.lightning, 'Contact', ACME.contact));
    await page.locator('#sofie-launcher-host').waitFor({ state: 'attached' });

    const answers = await Promise.all(
      ['panelConnect', 'optionsListConnections', 'optionsTestConnection'].map((type) =>
        sendFromContentScript(t, page, type, { apiHost: 'acme.my.salesforce.com' }),
      ),
    );

    for (const answer of answers) {
      expect(JSON.stringify(answer)).toContain('Sofie refused');
      expect(JSON.stringify(answer)).not.toMatch(TOKEN_SHAPE);
    }
    const oauth = (await emulator.log({ since: mark, kind: 'oauth' })).entries;
    expect(oauth.filter((e) => e.path === '/services/oauth2/authorize')).toEqual([]);
  });
});
