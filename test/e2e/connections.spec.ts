import { describe, expect, it } from 'vitest';

import { openOptions, signInThroughPopup, storedAuth } from './connections-helpers';
import { useBrowser } from './harness/fixture';
import { sfid } from '../emulator/core/ids';
import { ACME, configure, control, recordUrl, UAT_LIGHTNING } from './harness/sofie';

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

  it('disconnects: revokes at Salesforce and forgets the connection and its tokens', async () => {
    const emulator = control(t);
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
