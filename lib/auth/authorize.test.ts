import { describe, expect, it } from 'vitest';

import { DEFAULT_SCOPES, OAUTH_SCOPES, buildAuthorizeUrl, parseCallback } from './authorize';

const REDIRECT = 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/';

describe('buildAuthorizeUrl', () => {
  it('asks for a code with PKCE S256, the state and the default scopes', () => {
    const url = new URL(
      buildAuthorizeUrl({
        authBaseUrl: 'https://acme.my.salesforce.com',
        clientId: '3MVG9client',
        redirectUri: REDIRECT,
        state: 'st4te',
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      }),
    );

    expect(url.origin + url.pathname).toBe(
      'https://acme.my.salesforce.com/services/oauth2/authorize',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: '3MVG9client',
      redirect_uri: REDIRECT,
      scope: 'api refresh_token offline_access',
      state: 'st4te',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
  });

  it('adds prompt and login hint only when given', () => {
    const url = new URL(
      buildAuthorizeUrl({
        authBaseUrl: 'https://test.salesforce.com/',
        clientId: 'c',
        redirectUri: REDIRECT,
        scopes: ['api'],
        state: 's',
        codeChallenge: 'x',
        prompt: 'select_account',
        loginHint: 'ada@acme.example',
      }),
    );

    expect(url.searchParams.get('prompt')).toBe('select_account');
    expect(url.searchParams.get('login_hint')).toBe('ada@acme.example');
    expect(url.searchParams.get('scope')).toBe('api');
  });

  it('explains every default scope', () => {
    expect(DEFAULT_SCOPES).toEqual(['api', 'refresh_token', 'offline_access']);
    expect(OAUTH_SCOPES.every((s) => s.why.length > 20)).toBe(true);
  });
});

describe('parseCallback', () => {
  it('returns the code when the state matches', () => {
    const result = parseCallback(`${REDIRECT}?code=aPrx.code%3D%3D&state=abc`, 'abc');

    expect(result).toEqual({ ok: true, value: { code: 'aPrx.code==' } });
  });

  it('reports a refusal as a refusal even when the state is missing', () => {
    const result = parseCallback(
      `${REDIRECT}?error=access_denied&error_description=end-user+denied+authorization`,
      'abc',
    );

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('access_denied');
  });

  it('rejects a reply whose state does not match', () => {
    const result = parseCallback(`${REDIRECT}?code=c&state=forged`, 'abc');

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('state_mismatch');
  });

  it('rejects any reply when no state was expected', () => {
    const result = parseCallback(`${REDIRECT}?code=c&state=`, '');

    expect(result.ok).toBe(false);
  });

  it('reports a reply without a code', () => {
    const result = parseCallback(`${REDIRECT}?state=abc`, 'abc');

    expect(!result.ok && result.problem.code).toBe('missing_code');
  });

  it('passes the callback URL into the redirect mismatch remedy', () => {
    const result = parseCallback(`${REDIRECT}?error=redirect_uri_mismatch`, 'abc', {
      redirectUri: REDIRECT,
    });

    expect(!result.ok && result.problem.remedy).toContain(REDIRECT);
  });
});
