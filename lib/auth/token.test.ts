import { describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../result';
import { authProblem } from './problems';
import {
  exchangeCode,
  refreshAccessToken,
  revokeToken,
  tokenEndpoint,
  type FetchFn,
} from './token';

const SUCCESS = {
  id: 'https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P',
  issued_at: '1278448832702',
  instance_url: 'https://acme.my.salesforce.com',
  signature: '0CmxinZir53Yex7nE0TD+zMpvIWYGb/bdJh6XfOH6EQ=',
  access_token: '00Dx0000000BV7z!AR8AQAxo9UfVkh8AlV0Gomt9Czx9',
  refresh_token: '5Aep861refresh',
  scope: 'api refresh_token offline_access',
  token_type: 'Bearer',
};

function answer(status: number, body: unknown): FetchFn {
  return vi.fn<FetchFn>(() =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    ),
  );
}

const EXCHANGE = {
  tokenUrl: 'https://acme.my.salesforce.com/services/oauth2/token',
  code: 'aPrxCode',
  clientId: '3MVG9client',
  redirectUri: 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/',
  codeVerifier: 'v'.repeat(64),
};

describe('exchangeCode', () => {
  it('posts a form with the code, verifier and no secret, and returns the checked grant', async () => {
    const fetchFn = answer(200, SUCCESS);

    const result = await exchangeCode(EXCHANGE, fetchFn);

    const [url, init] = vi.mocked(fetchFn).mock.calls[0]!;
    expect(url).toBe('https://acme.my.salesforce.com/services/oauth2/token');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe(
      'application/x-www-form-urlencoded',
    );
    expect(Object.fromEntries(new URLSearchParams(init?.body as string))).toEqual({
      grant_type: 'authorization_code',
      code: 'aPrxCode',
      client_id: '3MVG9client',
      redirect_uri: EXCHANGE.redirectUri,
      code_verifier: 'v'.repeat(64),
    });
    expect(result.ok && result.value).toMatchObject({
      accessToken: SUCCESS.access_token,
      refreshToken: '5Aep861refresh',
      apiOrigin: 'https://acme.my.salesforce.com',
      myDomain: 'acme',
      orgId: '00Dx0000000BV7z',
      userId: '005x00000012Q9P',
      issuedAt: 1278448832702,
      scopes: ['api', 'refresh_token', 'offline_access'],
    });
  });

  it('sends the client secret only when one is configured', async () => {
    const fetchFn = answer(200, SUCCESS);

    await exchangeCode({ ...EXCHANGE, clientSecret: 's3cret' }, fetchFn);

    const body = new URLSearchParams(vi.mocked(fetchFn).mock.calls[0]![1]?.body as string);
    expect(body.get('client_secret')).toBe('s3cret');
  });

  it('never sends the code to a host that is not Salesforce', async () => {
    const fetchFn = answer(200, SUCCESS);

    const result = await exchangeCode(
      { ...EXCHANGE, tokenUrl: 'https://evil.example/services/oauth2/token' },
      fetchFn,
    );

    expect(fetchFn).not.toHaveBeenCalled();
    expect(!result.ok && result.problem.code).toBe('host_not_allowed');
  });

  it('turns a 400 answer into the matching problem with its remedy', async () => {
    const result = await exchangeCode(
      EXCHANGE,
      answer(400, {
        error: 'redirect_uri_mismatch',
        error_description: 'redirect_uri must match configuration',
      }),
    );

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ kind: 'refused', status: 400 });
    expect(result.problem.code).toBe('redirect_uri_mismatch');
    expect(result.problem.remedy).toContain(EXCHANGE.redirectUri);
  });

  it('reports a network failure apart from any Salesforce answer', async () => {
    const fetchFn: FetchFn = () => Promise.reject(new TypeError('Failed to fetch'));

    const result = await exchangeCode(EXCHANGE, fetchFn);

    expect(!result.ok && result.problem).toMatchObject({ kind: 'network', code: 'network' });
  });

  it.each([
    ['an http instance URL', { instance_url: 'http://acme.my.salesforce.com' }, 'host_not_allowed'],
    ['a foreign instance URL', { instance_url: 'https://acme.example.com' }, 'host_not_allowed'],
    [
      'a foreign identity host',
      { id: 'https://evil.example/id/00Dx0000000BV7z/005x00000012Q9P' },
      'invalid_token_response',
    ],
    [
      'an identity URL without a user',
      { id: 'https://login.salesforce.com/id/00Dx0000000BV7z' },
      'invalid_token_response',
    ],
    [
      'swapped org and user ids',
      { id: 'https://login.salesforce.com/id/005x00000012Q9P/00Dx0000000BV7z' },
      'invalid_token_response',
    ],
    ['no access token', { access_token: undefined }, 'invalid_token_response'],
  ])('refuses a token with %s', async (_label, change, code) => {
    const result = await exchangeCode(EXCHANGE, answer(200, { ...SUCCESS, ...change }));

    expect(!result.ok && result.problem).toMatchObject({ kind: 'invalid', code });
  });

  it('refuses an org the allow-list rejects, telling the check the org and My Domain', async () => {
    const checkOrg = vi.fn(() => fail(authProblem('org_not_allowed')));

    const result = await exchangeCode({ ...EXCHANGE, checkOrg }, answer(200, SUCCESS));

    expect(checkOrg).toHaveBeenCalledWith('00Dx0000000BV7z', 'acme', 'acme.my.salesforce.com');
    expect(!result.ok && result.problem.code).toBe('org_not_allowed');
  });

  it('accepts an org the allow-list allows', async () => {
    const result = await exchangeCode(
      { ...EXCHANGE, checkOrg: () => ok(undefined) },
      answer(200, SUCCESS),
    );

    expect(result.ok).toBe(true);
  });
});

describe('refreshAccessToken', () => {
  const REFRESH = {
    loginUrl: 'https://acme.my.salesforce.com',
    refreshToken: '5Aep861refresh',
    clientId: '3MVG9client',
  };

  it('posts the refresh grant to the login URL', async () => {
    const fetchFn = answer(200, { ...SUCCESS, refresh_token: undefined });

    const result = await refreshAccessToken(REFRESH, fetchFn);

    const [url, init] = vi.mocked(fetchFn).mock.calls[0]!;
    expect(url).toBe('https://acme.my.salesforce.com/services/oauth2/token');
    expect(Object.fromEntries(new URLSearchParams(init?.body as string))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: '5Aep861refresh',
      client_id: '3MVG9client',
    });
    expect(result.ok && result.value.refreshToken).toBeUndefined();
  });

  it('reports a dead refresh token as invalid_grant', async () => {
    const result = await refreshAccessToken(
      REFRESH,
      answer(400, { error: 'invalid_grant', error_description: 'expired access/refresh token' }),
    );

    expect(!result.ok && result.problem).toMatchObject({ kind: 'refused', code: 'invalid_grant' });
  });

  it('refuses a refreshed token for another user', async () => {
    const result = await refreshAccessToken(
      { ...REFRESH, expected: { orgId: '00Dx0000000BV7z', userId: '005x00000012Q9Q' } },
      answer(200, SUCCESS),
    );

    expect(!result.ok && result.problem.kind).toBe('invalid');
  });

  it('builds token endpoints only for Salesforce hosts', () => {
    expect(tokenEndpoint('https://test.salesforce.com/')).toBe(
      'https://test.salesforce.com/services/oauth2/token',
    );
    expect(tokenEndpoint('https://evil.example')).toBeUndefined();
  });
});

describe('revokeToken', () => {
  it('posts the token to the revoke endpoint of the login host', async () => {
    const fetchFn = vi.fn<FetchFn>(() => Promise.resolve(new Response(null, { status: 200 })));

    const result = await revokeToken(
      { loginUrl: 'https://acme.my.salesforce.com', token: 'refresh-1' },
      fetchFn,
    );

    const [url, init] = fetchFn.mock.calls[0]!;
    expect(result.ok).toBe(true);
    expect(url).toBe('https://acme.my.salesforce.com/services/oauth2/revoke');
    expect(init?.body).toBe('token=refresh-1');
  });

  it('sends nothing to a host that is not Salesforce', async () => {
    const fetchFn = vi.fn<FetchFn>();

    const result = await revokeToken({ loginUrl: 'https://evil.example', token: 't' }, fetchFn);

    expect(result.ok).toBe(false);
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
