import type { Page } from 'playwright-core';

import type { BrowserTestContext } from './harness/fixture';

/** Helpers shared by the connection specs: the options page, the sign-in popup, what is stored. */
export async function openOptions(t: BrowserTestContext): Promise<Page> {
  const page = await t.ext.context.newPage();
  page.on('console', (m) => t.ext.logs.push(`[options:${m.type()}] ${m.text()}`));
  await page.goto(t.ext.extensionUrl('options.html'));
  await page.locator('[data-section=connections][aria-busy=false]').waitFor();
  return page;
}

/**
 * Clicks something that starts `launchWebAuthFlow` and answers Salesforce's real pages in the
 * window it opens: the login form when shown, then Allow or Deny on the consent page when shown.
 */
export async function signInThroughPopup(
  t: BrowserTestContext,
  start: () => Promise<void>,
  user: { username: string; approve?: boolean; consent?: boolean },
): Promise<void> {
  const popup = t.ext.context.waitForEvent('page', { timeout: 15_000 });
  await start();
  const window = await popup;
  await window.locator('#username').waitFor();
  await window.locator('#username').fill(user.username);
  await window.locator('#password').fill('Sofie-demo-1');
  await window.locator('#Login').click();
  if (user.consent === false) return;
  await window.locator(user.approve === false ? '#oadeny' : '#oaapprove').click();
}

/** How many connections, refresh tokens and access tokens the extension holds. */
export function storedAuth(
  t: BrowserTestContext,
): Promise<{ connections: number; refreshTokens: number; accessTokens: number }> {
  return t.ext.serviceWorker.evaluate(async () => {
    const session = await chrome.storage.session.get(null);
    const accessTokens = Object.keys(session).filter((k) => k.startsWith('accessToken.')).length;
    // Opening a database that does not exist yet would create it empty, under the extension's feet.
    const exists = (await indexedDB.databases()).some((d) => d.name === 'sofie-auth');
    if (!exists) return { connections: 0, refreshTokens: 0, accessTokens };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sofie-auth');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('indexedDB'));
    });
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        if (!db.objectStoreNames.contains(store)) return resolve(0);
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    const [connections, refreshTokens] = [await count('connections'), await count('refreshTokens')];
    db.close();
    return { connections, refreshTokens, accessTokens };
  });
}

/** How many change sets, chat conversations and describe-cache entries the extension keeps for an org. */
export function storedForOrg(
  t: BrowserTestContext,
  orgId: string,
): Promise<{ changeSets: number; conversations: number; cached: number }> {
  return t.ext.serviceWorker.evaluate(async (org) => {
    const ofOrg = (record: Record<string, unknown> | undefined) =>
      Object.keys(record ?? {}).filter((k) => k.startsWith(`${org}:`)).length;
    const { changeSets } = await chrome.storage.local.get('changeSets');
    const { conversations } = await chrome.storage.session.get('conversations');
    const exists = (await indexedDB.databases()).some((d) => d.name === 'sofie-cache');
    let cached = 0;
    if (exists) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('sofie-cache');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('indexedDB'));
      });
      cached = await new Promise<number>((resolve) => {
        if (!db.objectStoreNames.contains('metadata')) return resolve(0);
        const request = db
          .transaction('metadata')
          .objectStore('metadata')
          .count(IDBKeyRange.bound(`${org}:`, `${org}:\uffff`));
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
    }

    return {
      changeSets: ofOrg(changeSets as Record<string, unknown> | undefined),
      conversations: ofOrg(conversations as Record<string, unknown> | undefined),
      cached,
    };
  }, orgId);
}
