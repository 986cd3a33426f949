import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { openOptions, signInThroughPopup, storedAuth, storedForOrg } from './connections-helpers';
import { sfid } from '../emulator/core/ids';
import { signIn as emulatorSignIn } from '../emulator/testing/sign-in';
import { useBrowser, type BrowserTestContext } from './harness/fixture';
import {
  ACME,
  configure,
  control,
  openRecordPanel,
  recordUrl,
  typeInPanel,
  UAT_LIGHTNING,
} from './harness/sofie';

describe('a user connects and disconnects orgs on the options page', () => {
  const t = useBrowser();

  it('connects through Salesforce’s own login and consent pages and lists the org', async () => {
    await configure(t, {});
    await control(t).autoLogin(null);
    const page = await openOptions(t);
    expect(await page.locator('[data-section=connections]').textContent()).toContain(
      'No Salesforce org is connected yet.',
    );

    await signInThroughPopup(t, () => page.locator('[data-action=connect]').click(), {
      username: 'admin@acme.example',
    });

    const row = page.locator('[data-connection]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('.sofie-conn__org-name').textContent()).toBe('Acme');
    expect(await row.locator('[data-environment]').textContent()).toBe('Production');
    expect(await row.locator('[data-field=username]').textContent()).toContain(
      'admin@acme.example',
    );
    expect(await row.locator('[data-field=host]').textContent()).toContain(
      'acme.my.salesforce.com',
    );
    const since = await row.locator('[data-field=since] time').getAttribute('datetime');
    expect(Math.abs(Date.parse(since ?? '') - Date.now())).toBeLessThan(120_000);
    expect(await storedAuth(t)).toEqual({ connections: 1, refreshTokens: 1, accessTokens: 1 });
  });

  it('disconnects: revokes at Salesforce and forgets the connection, its tokens and what it kept', async () => {
    const emulator = control(t);
    const acmeOrg = sfid('00D', 1);
    // The record view fills the org's describe cache and a question starts a conversation; a
    // prepared change set is kept too (written as the review service stores it).
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account));
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
    await typeInPanel(panel, '[data-chat-input]', 'What is open?');
    await panel.click('[data-chat-send]');
    await panel.waitFor('document.querySelector("[data-chat-role=sofie]")', 20_000);
    await t.ext.serviceWorker.evaluate(async (key) => {
      const { changeSets } = await chrome.storage.local.get('changeSets');
      await chrome.storage.local.set({
        changeSets: { ...(changeSets as object), [key]: { changeSet: { id: 'kept' } } },
      });
    }, `${acmeOrg}:${ACME.account}`);
    expect(await storedForOrg(t, acmeOrg)).toMatchObject({ changeSets: 1, conversations: 1 });
    expect((await storedForOrg(t, acmeOrg)).cached).toBeGreaterThan(0);
    const mark = (await emulator.log()).last;
    const page = await openOptions(t);

    await page.getByRole('button', { name: 'Disconnect Acme (admin@acme.example)' }).click();

    await page.locator('[data-connection]').waitFor({ state: 'detached' });
    expect(await page.locator('.sofie-conn__status').textContent()).toContain(
      'Disconnected Acme (admin@acme.example)',
    );
    const revokes = (await emulator.log({ since: mark, kind: 'oauth' })).entries.filter(
      (e) => e.path === '/services/oauth2/revoke',
    );
    expect(revokes.map((e) => [e.method, e.status])).toEqual([['POST', 200]]);
    expect(await storedAuth(t)).toEqual({ connections: 0, refreshTokens: 0, accessTokens: 0 });
    expect(await storedForOrg(t, acmeOrg)).toEqual({ changeSets: 0, conversations: 0, cached: 0 });
  });

  it('signs in as a different user even while Salesforce remembers the last one', async () => {
    const page = await openOptions(t);

    // The emulator still has the admin's session cookie: only `prompt=login` shows the form.
    await signInThroughPopup(t, () => page.locator('[data-action=connect-other-user]').click(), {
      username: 'sales@acme.example',
    });

    const row = page.locator('[data-connection]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('[data-field=username]').textContent()).toContain(
      'sales@acme.example',
    );
  });
});

describe('a user works in production and its sandbox side by side', () => {
  const t = useBrowser();
  const PRODUCTION_ORG = sfid('00D', 1);
  const SANDBOX_ORG = sfid('00D', 2);
  const ready = 'document.querySelector("[data-state=record][data-status=ready]")';
  const badge = 'document.querySelector("[data-state=record] [data-environment]").textContent';

  it('shows the mismatch on a sandbox tab and calls nothing while only production is connected', async () => {
    await configure(t, {});
    const emulator = control(t);
    await emulator.autoLogin('admin@acme.example');
    const options = await openOptions(t);
    await options.locator('[data-action=connect]').click();
    await options.locator('[data-connection]').waitFor({ timeout: 20_000 });
    const mark = (await emulator.log()).last;

    const page = await t.ext.openSalesforcePage(recordUrl(UAT_LIGHTNING, 'Account', ACME.account));
    const panel = await t.ext.openPanelFromLauncher(page);
    await panel.waitFor('document.querySelector("[data-state=mismatch]")');
    await page.waitForTimeout(1_000);

    expect(await panel.text()).toContain('This tab is a sandbox; only production is connected');
    const api = (await emulator.log({ since: mark, kind: 'api' })).entries;
    expect(api).toEqual([]);
  });

  it('connects the sandbox from its tab at its My Domain, and each tab uses its own org', async () => {
    const emulator = control(t);
    await emulator.autoLogin('admin@acme.example.uat');
    const mark = (await emulator.log()).last;
    const panel = await t.ext.findPanel();

    await panel.click('[data-state=mismatch] .sofie-connect button');
    await panel.waitFor(ready, 20_000);

    expect(await panel.evaluate<string>(badge)).toBe('Sandbox');
    const oauth = (await emulator.log({ since: mark, kind: 'oauth' })).entries;
    expect(oauth.find((e) => e.path === '/services/oauth2/authorize')?.host).toBe(
      'acme--uat.sandbox.my.salesforce.com',
    );
    const sandboxCalls = (await emulator.log({ since: mark, kind: 'api' })).entries;
    expect(sandboxCalls.length).toBeGreaterThan(0);
    expect(new Set(sandboxCalls.map((e) => e.orgId))).toEqual(new Set([SANDBOX_ORG]));

    const productionMark = (await emulator.log()).last;
    const production = await t.ext.openSalesforcePage(
      recordUrl(ACME.lightning, 'Contact', ACME.contact),
    );
    const productionPanel = await t.ext.openPanelFromLauncher(production);
    await productionPanel.waitFor(
      'document.querySelector("[data-state=record][data-status=ready] #record-name")?.textContent === "Rose Gonzalez"',
      20_000,
    );

    expect(await productionPanel.evaluate<string>(badge)).toBe('Production');
    const productionCalls = (await emulator.log({ since: productionMark, kind: 'api' })).entries;
    expect(productionCalls.length).toBeGreaterThan(0);
    expect(new Set(productionCalls.map((e) => e.orgId))).toEqual(new Set([PRODUCTION_ORG]));
    const options = await openOptions(t);
    expect(await options.locator('[data-connection] [data-environment]').allTextContents()).toEqual(
      expect.arrayContaining(['Production', 'Sandbox']),
    );
  });
});

describe('an admin tests the connection and copies the result for support', () => {
  const t = useBrowser();
  const TOKEN_SHAPE = /00D[a-zA-Z0-9]{12,15}![A-Za-z0-9._-]+/;

  const statuses = (page: Page) =>
    page
      .locator('[data-check]')
      .evaluateAll((items) =>
        items.map((i) => `${i.getAttribute('data-check')}=${i.getAttribute('data-status')}`),
      );

  it('shows each check as it finishes, all passing, and copies a text without any token', async () => {
    await configure(t, {});
    const emulator = control(t);
    // The real login form: an automatic login would also answer the test's own look at the
    // authorize page, which Salesforce never does without the user's session cookie.
    await emulator.autoLogin(null);
    await emulator.setLatency(150);
    const page = await openOptions(t);
    // What the page hands to the clipboard (extension pages cannot be granted clipboard reads).
    await page.evaluate(() => {
      const copied = { text: '' };
      Object.assign(globalThis, { copied });
      navigator.clipboard.writeText = (text: string) => {
        copied.text = text;
        return Promise.resolve();
      };
    });

    await signInThroughPopup(t, () => page.locator('[data-action=test-connection]').click(), {
      username: 'admin@acme.example',
    });
    // Progress: some checks are on the page while the test still runs.
    await page.waitForFunction(
      () =>
        document.querySelector('.sofie-conn__test[data-testing=true]') !== null &&
        document.querySelectorAll('[data-check]').length > 0,
      undefined,
      { timeout: 20_000 },
    );
    await page.locator('.sofie-conn__test[data-testing=false] [data-check=api-limits]').waitFor({
      timeout: 30_000,
    });
    await emulator.setLatency(0);

    expect(await page.locator('.sofie-conn__checks').getAttribute('aria-live')).toBe('polite');
    expect(await statuses(page)).toEqual([
      'settings=pass',
      'auth-host=pass',
      'sign-in=pass',
      'environment=pass',
      'rest-api=pass',
      'object-access=pass',
      'api-limits=pass',
    ]);
    await page.locator('[data-action=copy-support]').click();
    await expect.poll(() => page.locator('.sofie-conn__support').textContent()).toContain('Copied');
    const copied = await page.evaluate(
      () => (globalThis as unknown as { copied: { text: string } }).copied.text,
    );
    expect(copied).toContain('[PASS] Sign-in works: Signed in to Acme.');
    expect(copied).toContain(
      'Callback URL: https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/oauth2',
    );
    expect(copied).not.toMatch(TOKEN_SHAPE);
    for (const token of await storedTokens(t)) expect(copied).not.toContain(token);
  });

  it('fails when a sandbox auth base URL reaches a production org, and keeps nothing', async () => {
    const emulator = control(t);
    const before = await storedAuth(t);
    // Salesforce's test.salesforce.com never serves production users, so the emulator cannot
    // either: its token endpoint is made to answer with a real production token, which is what
    // the extension would see if the sandbox login led to production.
    const production = await emulatorSignIn(t.emulator, { username: 'admin@acme.example' });
    await emulator.addFault({
      host: 'test.salesforce.com',
      method: 'POST',
      path: '^/services/oauth2/token$',
      status: 200,
      body: { ...production },
    });
    await configure(t, { authBaseUrl: 'https://test.salesforce.com' });
    const page = await openOptions(t);

    await signInThroughPopup(t, () => page.locator('[data-action=test-connection]').click(), {
      username: 'admin@acme.example.uat',
    });
    await page.locator('.sofie-conn__test[data-testing=false] [data-check=api-limits]').waitFor({
      timeout: 30_000,
    });

    expect(await statuses(page)).toEqual([
      'settings=pass',
      'auth-host=pass',
      'sign-in=fail',
      'environment=skipped',
      'rest-api=skipped',
      'object-access=skipped',
      'api-limits=skipped',
    ]);
    const signIn = page.locator('[data-check=sign-in]');
    expect(await signIn.textContent()).toContain(
      'You asked for a sandbox but signed in to a production org.',
    );
    expect(await signIn.locator('.sofie-conn__fix').textContent()).toContain('sandbox My Domain');
    expect(await storedAuth(t)).toEqual(before);
    await emulator.clearFaults();
  });
});

/** The refresh and access tokens the extension holds now (read in the test, never by a page). */
function storedTokens(t: BrowserTestContext): Promise<string[]> {
  return t.ext.serviceWorker.evaluate(async () => {
    const session = await chrome.storage.session.get(null);
    const access = Object.values(session).map((v) => (v as { token: string }).token);
    if (!(await indexedDB.databases()).some((d) => d.name === 'sofie-auth')) return access;
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
