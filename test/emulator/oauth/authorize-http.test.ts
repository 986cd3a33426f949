import { describe, expect, it } from 'vitest';

import { authorizeUrl } from '../testing/sign-in';
import { useEmulator } from '../testing/use-emulator';
import { DEMO_CALLBACK } from './apps';
import { makePkcePair } from './pkce';

const LOGIN = 'login.salesforce.com';
const ADMIN = 'admin@acme.example';
const PASSWORD = 'Sofie-demo-1';

/** The hidden pending id a login or consent form carries. */
const pendingOf = (html: string) => /name="pending" value="([^"]+)"/.exec(html)?.[1] ?? '';
const params = (location: string | undefined) => new URL(location ?? 'https://x').searchParams;

describe('authorize', () => {
  const t = useEmulator();
  const { challenge } = makePkcePair();

  it('sends an unknown client to the remote access error page', async () => {
    const res = await t.request(authorizeUrl(LOGIN, { clientId: 'Nope', challenge }));
    const page = await t.request(res.location!);

    expect(res.status).toBe(302);
    expect(res.location).toBe(
      `https://${LOGIN}/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client_id&error_description=client%20identifier%20invalid`,
    );
    expect(page.text).toContain('client identifier invalid');
  });

  it('sends an unregistered redirect URI to the error page, never to that URI', async () => {
    const url = authorizeUrl(LOGIN, { redirectUri: 'https://evil.example/cb', challenge });

    const res = await t.request(url);

    expect(params(res.location).get('error')).toBe('redirect_uri_mismatch');
    expect(res.location).toContain('/setup/secur/RemoteAccessErrorPage.apexp');
  });

  it('answers a missing PKCE challenge and a bad scope at the callback with the state', async () => {
    const noPkce = await t.request(authorizeUrl(LOGIN, { state: 's1' }));
    const badScope = await t.request(authorizeUrl(LOGIN, { challenge, scope: 'api full' }));

    expect(noPkce.location?.startsWith(DEMO_CALLBACK)).toBe(true);
    expect(params(noPkce.location).get('error')).toBe('invalid_request');
    expect(params(noPkce.location).get('state')).toBe('s1');
    expect(params(badScope.location).get('error')).toBe('invalid_scope');
  });

  it('signs in through the login and consent forms, then skips both with the session cookie', async () => {
    const form = await t.request(authorizeUrl(LOGIN, { challenge, state: 'abc' }));
    const wrong = await t.request(`https://${LOGIN}/`, {
      form: { pending: pendingOf(form.text), username: ADMIN, pw: 'wrong' },
    });
    const login = await t.request(`https://${LOGIN}/`, {
      form: { pending: pendingOf(form.text), username: ADMIN, pw: PASSWORD },
    });
    const consent = await t.request(
      `https://${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp`,
      {
        form: { pending: pendingOf(login.text), decision: 'approve' },
      },
    );
    const again = await t.request(authorizeUrl(LOGIN, { challenge }), {
      headers: { cookie: login.cookies.join('; ') },
    });
    const forced = await t.request(authorizeUrl(LOGIN, { challenge, prompt: 'login' }), {
      headers: { cookie: login.cookies.join('; ') },
    });

    expect(form.text).toContain('id="username"');
    expect(wrong.text).toContain('Please check your username and password');
    expect(login.text).toContain('id="oaapprove"');
    expect(params(consent.location).get('code')).toMatch(/^aPrx/);
    expect(params(consent.location).get('state')).toBe('abc');
    expect(params(again.location).get('code')).toBeTruthy();
    expect(forced.text).toContain('id="Login"');
  });

  it('redirects with access_denied when the user clicks Deny', async () => {
    const form = await t.request(authorizeUrl(LOGIN, { challenge }));
    const login = await t.request(`https://${LOGIN}/`, {
      form: { pending: pendingOf(form.text), username: ADMIN, pw: PASSWORD },
    });

    const deny = await t.request(
      `https://${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp`,
      {
        form: { pending: pendingOf(login.text), decision: 'deny' },
      },
    );

    expect(params(deny.location).get('error')).toBe('access_denied');
    expect(params(deny.location).get('error_description')).toBe('end-user denied authorization');
  });

  it('signs in automatically, approving or denying, as the control API says', async () => {
    await t.control.autoLogin(ADMIN, { approve: false, once: true });
    const denied = await t.request(authorizeUrl(LOGIN, { challenge }));
    await t.control.autoLogin('sales@acme.example');
    const approved = await t.request(authorizeUrl(LOGIN, { challenge }));
    await t.control.autoLogin(null);
    const manual = await t.request(authorizeUrl(LOGIN, { challenge }));

    expect(params(denied.location).get('error')).toBe('access_denied');
    expect(params(approved.location).get('code')).toBeTruthy();
    expect(manual.text).toContain('id="username"');
  });

  it('refuses blocked apps and users whose profile is not approved', async () => {
    await t.control.autoLogin('sales@acme.example');
    const blocked = await t.request(
      authorizeUrl(LOGIN, { clientId: 'SofieBlockedClient', challenge }),
    );
    const approvedOnly = await t.request(
      authorizeUrl(LOGIN, { clientId: 'SofieApprovedOnlyClient', challenge }),
    );

    expect(params(blocked.location).get('error')).toBe('OAUTH_APP_BLOCKED');
    expect(params(blocked.location).get('error_description')).toBe('this app is blocked by admin');
    expect(params(approvedOnly.location).get('error')).toBe('OAUTH_APP_ACCESS_DENIED');
  });

  it('serves only production users on login, sandbox users on test, and one org on a My Domain', async () => {
    await t.control.autoLogin('admin@acme.example.uat');
    const sandboxOnLogin = await t.request(authorizeUrl(LOGIN, { challenge }));
    const sandboxOnTest = await t.request(authorizeUrl('test.salesforce.com', { challenge }));
    await t.control.autoLogin('admin@globex.example');
    const globexOnAcme = await t.request(authorizeUrl('acme.my.salesforce.com', { challenge }));

    expect(sandboxOnLogin.text).toContain('Please check your username and password');
    expect(params(sandboxOnTest.location).get('code')).toBeTruthy();
    expect(globexOnAcme.text).toContain('Please check your username and password');
  });

  it('refuses the generic login host when the org requires its My Domain', async () => {
    await t.control.putOrgSettings('acme', { preventGenericLogin: true });
    const form = await t.request(authorizeUrl(LOGIN, { challenge }));

    const login = await t.request(`https://${LOGIN}/`, {
      form: { pending: pendingOf(form.text), username: ADMIN, pw: PASSWORD },
    });
    await t.control.autoLogin(ADMIN);
    const onMyDomain = await t.request(authorizeUrl('acme.my.salesforce.com', { challenge }));

    expect(login.text).toContain('https://acme.my.salesforce.com');
    expect(login.text).toContain('id="Login"');
    expect(params(onMyDomain.location).get('code')).toBeTruthy();
  });
});
