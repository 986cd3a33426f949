import { describe, expect, it } from 'vitest';

import { authorizeUrl, signIn } from '../testing/sign-in';
import { useEmulator } from '../testing/use-emulator';
import { DEMO_CALLBACK, DEMO_CLIENT_ID } from './apps';
import { makePkcePair } from './pkce';

const HOST = 'acme.my.salesforce.com';
const TOKEN_URL = `https://${HOST}/services/oauth2/token`;
const SALES = 'sales@acme.example';

describe('token endpoint', () => {
  const t = useEmulator();

  /** A fresh code for the sales user on the Acme My Domain. */
  async function code(clientId = DEMO_CLIENT_ID) {
    const pkce = makePkcePair();
    await t.control.autoLogin(SALES, { once: true });
    const res = await t.request(authorizeUrl(HOST, { clientId, challenge: pkce.challenge }));
    const value = new URL(res.location!).searchParams.get('code')!;
    return { code: value, verifier: pkce.verifier };
  }

  const exchange = (c: { code: string; verifier: string }, extra: Record<string, string> = {}) =>
    t.request(TOKEN_URL, {
      form: {
        grant_type: 'authorization_code',
        code: c.code,
        client_id: DEMO_CLIENT_ID,
        redirect_uri: DEMO_CALLBACK,
        code_verifier: c.verifier,
        ...extra,
      },
    });

  it('exchanges a code once, with its verifier', async () => {
    const issued = await code();

    const wrongVerifier = await exchange({ ...issued, verifier: makePkcePair().verifier });
    const first = await exchange(issued);
    const reused = await exchange(issued);

    expect(wrongVerifier.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'invalid code verifier',
    });
    expect(first.status).toBe(200);
    expect(reused.status).toBe(400);
    expect(reused.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'authentication failure',
    });
  });

  it('revokes what a code produced when the code comes back', async () => {
    const issued = await code();
    const tokens = (await exchange(issued)).json<{ access_token: string }>();

    await exchange(issued);
    const identity = await t.request(`https://${HOST}/services/oauth2/userinfo`, {
      bearer: tokens.access_token,
    });

    expect(identity.status).toBe(403);
  });

  it('refuses a code redeemed on another host than the one that issued it', async () => {
    const issued = await code();

    const res = await t.request('https://login.salesforce.com/services/oauth2/token', {
      form: {
        grant_type: 'authorization_code',
        code: issued.code,
        client_id: DEMO_CLIENT_ID,
        redirect_uri: DEMO_CALLBACK,
        code_verifier: issued.verifier,
      },
    });

    expect(res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('applies the secret rules', async () => {
    const missing = await t.request(TOKEN_URL, {
      form: {
        grant_type: 'authorization_code',
        code: (await code('SofieSecretClient')).code,
        client_id: 'SofieSecretClient',
        redirect_uri: DEMO_CALLBACK,
      },
    });
    const wrongForPublic = await exchange(await code(), { client_secret: 'wrong' });
    const secretIssued = await code('SofieSecretClient');
    const right = await t.request(TOKEN_URL, {
      form: {
        grant_type: 'authorization_code',
        code: secretIssued.code,
        client_id: 'SofieSecretClient',
        client_secret: 'SofieSecretClientSecret',
        redirect_uri: DEMO_CALLBACK,
        code_verifier: secretIssued.verifier,
      },
    });

    const invalidClient = {
      error: 'invalid_client',
      error_description: 'invalid client credentials',
    };
    expect(missing.json()).toEqual(invalidClient);
    expect(wrongForPublic.json()).toEqual(invalidClient);
    expect(right.status).toBe(200);
  });

  it('answers unknown grant types, unknown clients and missing parameters like Salesforce', async () => {
    const grant = await t.request(TOKEN_URL, { form: { grant_type: 'password' } });
    const client = await t.request(TOKEN_URL, {
      form: { grant_type: 'refresh_token', client_id: 'Nope', refresh_token: 'x' },
    });
    const missing = await t.request(TOKEN_URL, {
      form: { grant_type: 'authorization_code', client_id: DEMO_CLIENT_ID },
    });

    expect(grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    expect(client.json()).toMatchObject({ error: 'invalid_client_id' });
    expect(missing.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refreshes with rotation and revokes the family when an old token is reused', async () => {
    await t.control.putApp(DEMO_CLIENT_ID, { refreshTokenRotation: true });
    const tokens = await signIn(t.emulator, { username: SALES });
    const refresh = (token: string) =>
      t.request(TOKEN_URL, {
        form: { grant_type: 'refresh_token', refresh_token: token, client_id: DEMO_CLIENT_ID },
      });

    const rotated = (await refresh(tokens.refresh_token!)).json<{ refresh_token: string }>();
    const reuse = await refresh(tokens.refresh_token!);
    const newest = await refresh(rotated.refresh_token);

    expect(rotated.refresh_token).not.toBe(tokens.refresh_token);
    expect(reuse.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'expired access/refresh token',
    });
    expect(newest.status).toBe(400);
  });

  it('lets access tokens expire on the emulator clock and through the control API', async () => {
    const tokens = await signIn(t.emulator, { username: SALES });
    const userinfo = () =>
      t.request(`https://${HOST}/services/oauth2/userinfo`, { bearer: tokens.access_token });

    const live = await userinfo();
    await t.control.advanceClock(2 * 60 * 60 * 1000);
    const expired = await userinfo();

    expect(live.status).toBe(200);
    expect(expired.status).toBe(403);
    expect(expired.text).toBe('Bad_OAuth_Token');
  });

  it('revokes a refresh token with its access tokens, by POST or GET', async () => {
    const tokens = await signIn(t.emulator, { username: SALES });

    const revoke = await t.request(`https://${HOST}/services/oauth2/revoke`, {
      form: { token: tokens.refresh_token },
    });
    const again = await t.request(
      `https://${HOST}/services/oauth2/revoke?token=${encodeURIComponent(tokens.refresh_token!)}`,
    );
    const identity = await t.request(tokens.id, { bearer: tokens.access_token });

    expect(revoke.status).toBe(200);
    expect(revoke.text).toBe('');
    expect(again.status).toBe(400);
    expect(identity.status).toBe(403);
  });

  it('revokes refresh tokens of one user as an admin would', async () => {
    const sales = await signIn(t.emulator, { username: SALES });
    const admin = await signIn(t.emulator, { username: 'admin@acme.example' });

    const { revoked } = await t.control.revokeTokens(SALES);
    const salesRefresh = await t.request(TOKEN_URL, {
      form: {
        grant_type: 'refresh_token',
        refresh_token: sales.refresh_token,
        client_id: DEMO_CLIENT_ID,
      },
    });
    const adminRefresh = await t.request(TOKEN_URL, {
      form: {
        grant_type: 'refresh_token',
        refresh_token: admin.refresh_token,
        client_id: DEMO_CLIENT_ID,
      },
    });

    expect(revoked).toBe(1);
    expect(salesRefresh.status).toBe(400);
    expect(adminRefresh.status).toBe(200);
  });
});
