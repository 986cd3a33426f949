import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';

import { openOptions, storedAuth } from './connections-helpers';
import type { BrowserTestContext } from './harness/fixture';
import { useBrowser } from './harness/fixture';
import { ACME, configure, control, recordUrl } from './harness/sofie';

const CALLBACK = 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/oauth2';

/**
 * Clicks Connect on the options page and reads the problem shown. With `closeWindow`, the
 * sign-in window is closed once Salesforce has shown its page, as a user stuck on an error would.
 */
async function connectFromOptions(
  t: BrowserTestContext,
  options: { closeWindow?: (popup: Page) => Promise<void> } = {},
): Promise<{ code: string | null; message: string; remedy: string }> {
  const page = await openOptions(t);
  const popup = options.closeWindow ? t.ext.context.waitForEvent('page') : undefined;
  await page.locator('[data-action=connect]').click();
  if (popup && options.closeWindow) {
    const window = await popup;
    await window.waitForLoadState();
    await options.closeWindow(window);
    await window.close();
  }

  const problem = page.locator('.sofie-conn__status [data-problem]');
  await problem.waitFor({ timeout: 20_000 });
  return {
    code: await problem.getAttribute('data-problem'),
    message: (await problem.locator('.sofie-conn__problem-message').textContent()) ?? '',
    remedy: (await problem.locator('.sofie-conn__problem-remedy').textContent()) ?? '',
  };
}

describe('a failed connection says what went wrong and how to fix it', () => {
  const t = useBrowser();

  beforeEach(async () => {
    await control(t).reset();
    await configure(t, {});
  });

  it('names the exact callback URL when the connected app lacks it (panel)', async () => {
    await control(t).putApp('SofieDemoClientId', { callbackUrls: ['https://example.com/cb'] });
    const { panel } = await openRecordPanel(t);
    const popup = t.ext.context.waitForEvent('page');

    await panel.click('[data-state=not-connected] .sofie-connect button');
    const window = await popup;
    await window.waitForLoadState();
    expect(window.url()).toContain('RemoteAccessErrorPage');
    await window.close();

    await panel.waitFor('document.querySelector("[data-problem=redirect_uri_mismatch]")', 20_000);
    const remedy = await panel.evaluate<string>(
      'document.querySelector("[data-problem] .sofie-problem__remedy").textContent',
    );
    expect(remedy).toContain(CALLBACK);
    expect(await storedAuth(t)).toMatchObject({ connections: 0 });
  });

  it('says the consumer key is unknown', async () => {
    await configure(t, { clientId: 'NoSuchConnectedApp42' });

    const problem = await connectFromOptions(t, { closeWindow: () => Promise.resolve() });

    expect(problem.code).toBe('invalid_client_id');
    expect(problem.message).toContain('does not recognise the consumer key');
    expect(problem.remedy).toContain('Copy the consumer key');
  });

  it('says the app is blocked and who can unblock it', async () => {
    await configure(t, { clientId: 'SofieBlockedClient' });
    await control(t).autoLogin('admin@acme.example');

    const problem = await connectFromOptions(t);

    expect(problem.code).toBe('OAUTH_APP_BLOCKED');
    expect(problem.remedy).toContain('Ask your Salesforce admin to unblock the app');
  });

  it('says the user is not approved for an admin-approved app', async () => {
    await configure(t, { clientId: 'SofieApprovedOnlyClient' });
    await control(t).autoLogin('sales@acme.example');

    const problem = await connectFromOptions(t);

    expect(problem.code).toBe('OAUTH_APP_ACCESS_DENIED');
    expect(problem.remedy).toContain('pre-authorise your profile');
  });

  it('says access was denied when the user clicks Deny', async () => {
    await control(t).autoLogin('admin@acme.example', { approve: false });

    const problem = await connectFromOptions(t);

    expect(problem.code).toBe('access_denied');
    expect(problem.remedy).toContain('choose Allow');
  });

  it('explains a refused client secret, wrong or not wanted, with the PKCE set-up', async () => {
    await control(t).autoLogin('admin@acme.example');
    await configure(t, { clientId: 'SofieSecretClient', clientSecret: 'NotTheRightSecret99' });
    const wrong = await connectFromOptions(t);

    await control(t).autoLogin('admin@acme.example');
    await configure(t, { clientSecret: 'SecretThePkceAppNeverHad1' });
    const unwanted = await connectFromOptions(t);

    for (const problem of [wrong, unwanted]) {
      expect(problem.code).toBe('invalid_client');
      expect(problem.remedy).toContain('keep “Require PKCE” on');
    }
    expect(await storedAuth(t)).toMatchObject({ connections: 0, refreshTokens: 0 });
  });

  it('suggests the My Domain when the org forbids the generic login page', async () => {
    await control(t).putOrgSettings('acme', { preventGenericLogin: true });
    await control(t).autoLogin('admin@acme.example');

    const problem = await connectFromOptions(t, {
      closeWindow: async (window) => {
        expect(await window.locator('#error').textContent()).toContain(
          'Log in at https://acme.my.salesforce.com instead.',
        );
      },
    });

    expect(problem.code).toBe('window_closed');
    expect(problem.remedy).toContain('Set the auth base URL to your org’s My Domain');

    // From an Acme tab the panel signs in at the org's own My Domain, which the org allows.
    await control(t).autoLogin('admin@acme.example');
    const { panel } = await openRecordPanel(t);
    await panel.click('[data-state=not-connected] .sofie-connect button');
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
  });

  it('names the scopes to add when the connected app does not offer them', async () => {
    await control(t).putApp('SofieDemoClientId', { scopes: ['api'] });
    const before = await storedAuth(t);

    const problem = await connectFromOptions(t);

    expect(problem.code).toBe('invalid_scope');
    expect(problem.message).toContain('does not offer the permissions Sofie asks for');
    expect(problem.remedy).toContain('refresh_token, offline_access');
    expect(await storedAuth(t)).toEqual(before);
  });

  it('says Salesforce could not be reached when the login host drops the connection', async () => {
    await control(t).addFault({ path: '^/services/oauth2/', drop: 'before', times: 0 });
    const before = await storedAuth(t);

    const problem = await connectFromOptions(t);
    await control(t).clearFaults();

    expect(problem.code).toBe('network');
    expect(problem.message).toContain('could not be reached. You may be offline.');
    expect(problem.remedy).toContain('Check your connection and try again.');
    expect(await storedAuth(t)).toEqual(before);
  });

  it('says the sign-in window was closed', async () => {
    const problem = await connectFromOptions(t, {
      closeWindow: async (window) => {
        await window.locator('#username').waitFor();
      },
    });

    expect(problem.code).toBe('window_closed');
    expect(problem.message).toBe('The sign-in window was closed before sign-in finished.');
  });
});

async function openRecordPanel(t: BrowserTestContext) {
  const page = await t.ext.openSalesforcePage(recordUrl(ACME.lightning, 'Account', ACME.account));
  const panel = await t.ext.openPanelFromLauncher(page);
  await panel.waitFor('document.querySelector("[data-state=not-connected] .sofie-connect button")');
  return { page, panel };
}
