/** The emulator's OAuth bodies against real Salesforce responses recorded by restforce. */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { signIn } from '../testing/sign-in';
import { useEmulator } from '../testing/use-emulator';
import { DEMO_CLIENT_ID } from './apps';

const FIXTURES = new URL('../../fixtures/salesforce/restforce/', import.meta.url);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as Record<string, unknown>;

/** Each key with the type of its value, so shapes compare without the values. */
const shape = (body: object) =>
  Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v]));

describe('OAuth bodies match recorded Salesforce responses', () => {
  const t = useEmulator();

  it('token success: the recorded keys and types, plus the newer token_type, scope and refresh', async () => {
    const recorded = fixture('auth_success_response.json');

    const tokens = await signIn(t.emulator, { username: 'admin@acme.example' });

    expect(shape(tokens)).toMatchObject(shape(recorded));
    expect(Object.keys(tokens).sort()).toEqual(
      [...Object.keys(recorded), 'refresh_token', 'scope', 'token_type'].sort(),
    );
    expect(tokens.id).toMatch(/^https:\/\/[^/]+\/id\/00D\w{15}\/005\w{15}$/);
    expect(tokens.issued_at).toMatch(/^\d{13}$/);
    expect(Buffer.from(tokens.signature, 'base64')).toHaveLength(32);
    expect(tokens).not.toHaveProperty('expires_in');
  });

  it('refresh error: the same body for a revoked refresh token', async () => {
    const tokens = await signIn(t.emulator, { username: 'admin@acme.example' });
    await t.control.revokeTokens();

    const res = await t.request('https://acme.my.salesforce.com/services/oauth2/token', {
      form: {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: DEMO_CLIENT_ID,
      },
    });

    expect(res.status).toBe(400);
    expect(res.json()).toEqual(fixture('refresh_error_response.json'));
  });

  it('auth error: the same keys and types', async () => {
    const res = await t.request('https://login.salesforce.com/services/oauth2/token', {
      form: {
        grant_type: 'authorization_code',
        code: 'aPrxnope==',
        client_id: DEMO_CLIENT_ID,
        redirect_uri: 'https://x.example/',
      },
    });

    expect(shape(res.json())).toEqual(shape(fixture('auth_error_response.json')));
  });

  it('identity: the fields clients read, with urls on the org API host and a {version} placeholder', async () => {
    const tokens = await signIn(t.emulator, {
      username: 'sales@acme.example',
      host: 'login.salesforce.com',
    });

    const res = await t.request(tokens.id, { bearer: tokens.access_token });
    const identity = res.json<Record<string, unknown> & { urls: Record<string, string> }>();

    expect(tokens.id.startsWith('https://login.salesforce.com/id/')).toBe(true);
    expect(identity).toMatchObject({
      id: tokens.id,
      username: 'sales@acme.example',
      display_name: 'Sam Seller',
      email: 'sales@acme.example',
      active: true,
      user_type: 'STANDARD',
      language: 'en_US',
      locale: 'en_US',
      is_app_installed: true,
    });
    expect(typeof identity.utcOffset).toBe('number');
    expect(identity.urls.rest).toBe('https://acme.my.salesforce.com/services/data/v{version}/');
    expect(identity.urls.sobjects).toBe(
      'https://acme.my.salesforce.com/services/data/v{version}/sobjects/',
    );
    expect(identity.urls.query).toBe(
      'https://acme.my.salesforce.com/services/data/v{version}/query/',
    );
    expect(identity.urls.profile).toBe(
      `https://acme.my.salesforce.com/${String(identity.user_id)}`,
    );
  });

  it('identity and userinfo answer a bad token with plain text 403', async () => {
    const tokens = await signIn(t.emulator, { username: 'sales@acme.example' });

    const identity = await t.request(tokens.id, { bearer: 'nope' });
    const userinfo = await t.request('https://acme.my.salesforce.com/services/oauth2/userinfo', {
      bearer: 'nope',
    });
    const good = await t.request('https://acme.my.salesforce.com/services/oauth2/userinfo', {
      bearer: tokens.access_token,
    });

    expect([identity.status, identity.text]).toEqual([403, 'Bad_OAuth_Token']);
    expect([userinfo.status, userinfo.text]).toEqual([403, 'Bad_OAuth_Token']);
    expect(good.json()).toMatchObject({ preferred_username: 'sales@acme.example', sub: tokens.id });
  });

  it('publishes an OpenID configuration for the host', async () => {
    const res = await t.request('https://test.salesforce.com/.well-known/openid-configuration');

    expect(res.json()).toMatchObject({
      issuer: 'https://test.salesforce.com',
      token_endpoint: 'https://test.salesforce.com/services/oauth2/token',
    });
  });
});
