import { describe, expect, it } from 'vitest';

import { EmulatorControl } from '../emulator/control/client';
import { DEMO_PASSWORD } from '../emulator/core/orgs';
import { makePkcePair } from '../emulator/oauth/pkce';
import { authorizeUrl } from '../emulator/testing/sign-in';
import { useBrowser } from './harness/fixture';

const LOGIN = 'login.salesforce.com';

interface Tokens {
  access_token: string;
  refresh_token: string;
  instance_url: string;
  id: string;
}

describe('the extension signs in to Salesforce through the emulator', () => {
  const t = useBrowser();

  it('logs in and approves in the web auth flow, exchanges the code and reads the identity', async () => {
    const pkce = makePkcePair();
    const url = authorizeUrl(LOGIN, {
      challenge: pkce.challenge,
      state: 'e2e-state',
      scope: 'api refresh_token',
    });
    const popup = t.ext.context.waitForEvent('page');

    const flow = t.ext.serviceWorker.evaluate(
      (authUrl) => chrome.identity.launchWebAuthFlow({ url: authUrl, interactive: true }),
      url,
    );
    const page = await popup;
    await page.locator('#username').fill('admin@acme.example');
    await page.locator('#password').fill('wrong');
    await page.locator('#Login').click();
    await page.locator('#error').waitFor();
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#Login').click();
    await page.locator('#oaapprove').click();
    const redirect = new URL((await flow) ?? '');

    const tokens = await t.ext.serviceWorker.evaluate(
      async ({ code, verifier }) => {
        const res = await fetch('https://login.salesforce.com/services/oauth2/token', {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            code,
            client_id: 'SofieDemoClientId',
            redirect_uri: 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/oauth2',
            code_verifier: verifier,
          }),
        });
        return (await res.json()) as Tokens;
      },
      { code: redirect.searchParams.get('code') ?? '', verifier: pkce.verifier },
    );
    const identity = await t.ext.serviceWorker.evaluate(async (tk) => {
      const res = await fetch(tk.id, { headers: { Authorization: `Bearer ${tk.access_token}` } });
      return (await res.json()) as { username: string; urls: { rest: string } };
    }, tokens);

    expect(redirect.origin).toBe(`https://${t.ext.extensionId}.chromiumapp.org`);
    expect(redirect.searchParams.get('state')).toBe('e2e-state');
    expect(tokens.instance_url).toBe('https://acme.my.salesforce.com');
    expect(tokens.refresh_token).toMatch(/^5Aep861/);
    expect(identity.username).toBe('admin@acme.example');
    expect(identity.urls.rest).toBe('https://acme.my.salesforce.com/services/data/v{version}/');
  });

  it('shows a dropped connection to the extension as a failed fetch, not a silent retry', async () => {
    const control = new EmulatorControl(t.emulator.controlUrl);
    const userinfo = 'https://acme.my.salesforce.com/services/oauth2/userinfo';
    await t.ext.serviceWorker.evaluate((u) => fetch(u).then((r) => r.status), userinfo);
    await control.addFault({ path: '^/services/oauth2/userinfo$', drop: 'before' });

    const outcome = await t.ext.serviceWorker.evaluate(
      (u) =>
        fetch(u).then(
          (r) => `status ${r.status}`,
          (e: unknown) => (e instanceof TypeError ? 'TypeError' : String(e)),
        ),
      userinfo,
    );
    const after = await t.ext.serviceWorker.evaluate(
      (u) => fetch(u).then((r) => r.status),
      userinfo,
    );

    expect(outcome).toBe('TypeError');
    expect(after).toBe(403);
  });
});
