import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { fail, ok } from '../result';
import { createConnectionStore, type ConnectionStore } from './connection-store';
import type { ConnectionDetails } from './connections';
import { pendingSignInItem } from './pending';
import { authProblem } from './problems';
import { signIn, type SignInDeps } from './sign-in';
import type { FetchFn } from './token';

const REDIRECT = 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/';
const SETTINGS = {
  authBaseUrl: 'https://login.salesforce.com',
  clientId: '3MVG9c',
  redirectUri: REDIRECT,
};
const DETAILS: ConnectionDetails = {
  username: 'ada@acme.example',
  displayName: 'Ada',
  orgName: 'Acme',
  isSandbox: false,
  instanceName: 'NA1',
};
const TOKEN = {
  id: 'https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P',
  issued_at: '1700000000000',
  instance_url: 'https://acme.my.salesforce.com',
  access_token: '00Dx0000000BV7z!access',
  refresh_token: 'refresh-1',
  scope: 'api refresh_token offline_access',
};

/** Plays Salesforce's sign-in page: answers with the code and the state it was given. */
function approvingFlow(
  change: (url: URL) => string = (url) =>
    `${REDIRECT}?code=the-code&state=${url.searchParams.get('state')}`,
) {
  return vi.fn((details: { url: string }) => Promise.resolve(change(new URL(details.url))));
}

let store: ConnectionStore;
let dbCount = 0;

function deps(over: Partial<SignInDeps> = {}): SignInDeps {
  return {
    launchWebAuthFlow: approvingFlow(),
    fetchFn: vi.fn<FetchFn>(() => Promise.resolve(Response.json(TOKEN))),
    store,
    loadDetails: () => Promise.resolve(ok(DETAILS)),
    now: () => 1_700_000_000_000,
    ...over,
  };
}

describe('signIn', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store = createConnectionStore({ dbName: `sign-in-test-${++dbCount}` });
  });

  it('signs in with PKCE and stores the connection and its tokens', async () => {
    const d = deps();

    const result = await signIn(SETTINGS, d);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const key = result.value.key;
    expect(result.value).toMatchObject({
      apiHost: 'acme.my.salesforce.com',
      loginUrl: 'https://acme.my.salesforce.com',
      environment: 'production',
    });
    expect(await store.getRefreshToken(key)).toBe('refresh-1');
    expect(await store.getAccessToken(key)).toEqual({
      token: TOKEN.access_token,
      issuedAt: 1700000000000,
    });
    expect(await pendingSignInItem.getValue()).toBeNull();

    const authorize = new URL(vi.mocked(d.launchWebAuthFlow).mock.calls[0]![0].url);
    const [tokenUrl, init] = vi.mocked(d.fetchFn).mock.calls[0]!;
    const form = new URLSearchParams(init?.body as string);
    expect(tokenUrl).toBe('https://login.salesforce.com/services/oauth2/token');
    expect(form.get('code')).toBe('the-code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
  });

  it('ignores a reply with another state and redeems nothing', async () => {
    const d = deps({ launchWebAuthFlow: approvingFlow(() => `${REDIRECT}?code=x&state=forged`) });

    const result = await signIn(SETTINGS, d);

    expect(!result.ok && result.problem.code).toBe('state_mismatch');
    expect(d.fetchFn).not.toHaveBeenCalled();
  });

  it('explains a closed sign-in window', async () => {
    const d = deps({
      launchWebAuthFlow: () => Promise.reject(new Error('The user did not approve access.')),
    });

    const result = await signIn(SETTINGS, d);

    expect(!result.ok && result.problem.code).toBe('window_closed');
    expect(await pendingSignInItem.getValue()).toBeNull();
  });

  it('reads the remote-access error page when the sign-in page does not load', async () => {
    const errorPage =
      'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch';
    const fetchFn = vi.fn<FetchFn>(() => {
      const response = new Response('<html></html>');
      Object.defineProperty(response, 'url', { value: errorPage });
      return Promise.resolve(response);
    });
    const d = deps({
      fetchFn,
      launchWebAuthFlow: () => Promise.reject(new Error('Authorization page could not be loaded.')),
    });

    const result = await signIn(SETTINGS, d);

    expect(!result.ok && result.problem.code).toBe('redirect_uri_mismatch');
    expect(!result.ok && result.problem.remedy).toContain(REDIRECT);
    expect(fetchFn.mock.calls[0]![1]?.redirect).toBe('follow');
  });

  it('names the remote-access error page the user closed instead of blaming the user', async () => {
    const errorPage =
      'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client_id';
    const fetchFn = vi.fn<FetchFn>(() => {
      const response = new Response('<html></html>');
      Object.defineProperty(response, 'url', { value: errorPage });
      return Promise.resolve(response);
    });
    const d = deps({
      fetchFn,
      launchWebAuthFlow: () => Promise.reject(new Error('The user did not approve access.')),
    });

    const result = await signIn(SETTINGS, d);

    expect(!result.ok && result.problem.code).toBe('invalid_client_id');
  });

  it('suggests the My Domain when a window on a generic login host was closed', async () => {
    const closed = () => Promise.reject(new Error('The user did not approve access.'));

    const generic = await signIn(SETTINGS, deps({ launchWebAuthFlow: closed }));
    const myDomain = await signIn(
      { ...SETTINGS, authBaseUrl: 'https://acme.my.salesforce.com' },
      deps({ launchWebAuthFlow: closed }),
    );

    expect(!generic.ok && generic.problem.code).toBe('window_closed');
    expect(!generic.ok && generic.problem.remedy).toContain('My Domain');
    expect(!myDomain.ok && myDomain.problem.remedy).not.toContain('My Domain');
  });

  it('refuses a sandbox sign-in that lands in production and stores nothing', async () => {
    const result = await signIn(
      { ...SETTINGS, authBaseUrl: 'https://test.salesforce.com' },
      deps(),
    );

    expect(!result.ok && result.problem.code).toBe('sandbox_landed_in_production');
    expect(await store.listConnections()).toEqual([]);
  });

  it('stores nothing for an org the policy does not allow', async () => {
    const result = await signIn(
      SETTINGS,
      deps({ checkOrg: () => fail(authProblem('org_not_allowed')) }),
    );

    expect(!result.ok && result.problem.code).toBe('org_not_allowed');
    expect(await store.listConnections()).toEqual([]);
  });

  it('refuses an auth base URL that is not Salesforce before opening any window', async () => {
    const d = deps();

    const result = await signIn({ ...SETTINGS, authBaseUrl: 'https://evil.example' }, d);

    expect(!result.ok && result.problem.code).toBe('host_not_allowed');
    expect(d.launchWebAuthFlow).not.toHaveBeenCalled();
  });
});
