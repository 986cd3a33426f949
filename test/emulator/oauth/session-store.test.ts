import { describe, expect, it } from 'vitest';

import { Clock } from '../core/clock';
import { demoOrgs } from '../core/orgs';
import { AppRegistry, DEMO_CLIENT_ID } from './apps';
import { SessionStore } from './session-store';

const org = demoOrgs()[0]!;
const user = org.users[1]!;
const HOST = 'acme.my.salesforce.com';
const serves = () => true;

function setup(clientId = DEMO_CLIENT_ID, scopes = ['api', 'refresh_token']) {
  const clock = new Clock();
  const apps = new AppRegistry();
  const store = new SessionStore(clock, apps);
  const app = apps.get(clientId)!;
  const tokens = store.issue({ org, user, clientId, scopes }, app, HOST);
  return { clock, apps, store, tokens, clientId };
}

describe('access tokens', () => {
  it('resolve to the signed-in user until the app lifetime passes on the emulator clock', () => {
    const { clock, store, tokens } = setup();

    const live = store.resolveAccessToken(tokens.access_token);
    clock.advance(2 * 60 * 60 * 1000);
    const expired = store.resolveAccessToken(tokens.access_token);

    expect(live?.user.username).toBe(user.username);
    expect(live?.org.id).toBe(org.id);
    expect(expired).toBeUndefined();
  });

  it('stop working when the control API expires them, and when the app is blocked', () => {
    const first = setup();
    const second = setup();

    first.store.expireAccessTokens(user.username);
    second.apps.putOverride(org, DEMO_CLIENT_ID, { blocked: true });

    expect(first.store.resolveAccessToken(first.tokens.access_token)).toBeUndefined();
    expect(second.store.resolveAccessToken(second.tokens.access_token)).toBeUndefined();
  });

  it('look like Salesforce session ids and come with a refresh token only for the refresh scope', () => {
    const withRefresh = setup().tokens;
    const withoutRefresh = setup(DEMO_CLIENT_ID, ['api']).tokens;

    expect(withRefresh.access_token).toMatch(/^00D[A-Za-z0-9]{12}!AQ/);
    expect(withRefresh.refresh_token).toMatch(/^5Aep861/);
    expect(withoutRefresh.refresh_token).toBeUndefined();
  });
});

describe('refresh tokens', () => {
  it('give a new access token and keep the refresh token without rotation', () => {
    const { store, tokens, clientId } = setup();

    const result = store.refresh(tokens.refresh_token!, clientId, HOST, serves);

    expect(result.ok && result.value.access_token).not.toBe(tokens.access_token);
    expect(result.ok && result.value.refresh_token).toBeUndefined();
    expect(store.refresh(tokens.refresh_token!, clientId, HOST, serves).ok).toBe(true);
  });

  it('rotate, and reusing a rotated-out token revokes the whole family', () => {
    const { store, tokens, clientId } = setup('SofieRotatingClient');

    const rotated = store.refresh(tokens.refresh_token!, clientId, HOST, serves);
    const newest = rotated.ok ? rotated.value : undefined;
    const reuse = store.refresh(tokens.refresh_token!, clientId, HOST, serves);
    const afterReuse = store.refresh(newest!.refresh_token!, clientId, HOST, serves);

    expect(newest?.refresh_token).toMatch(/^5Aep861/);
    expect(newest?.refresh_token).not.toBe(tokens.refresh_token);
    expect(!reuse.ok && reuse.problem.message).toBe('expired access/refresh token');
    expect(afterReuse.ok).toBe(false);
    expect(store.resolveAccessToken(newest!.access_token)).toBeUndefined();
  });

  it('expire by the app policy', () => {
    const { clock, store, tokens, clientId } = setup('SofieShortLivedClient');

    clock.advance(3600 * 1000);
    const result = store.refresh(tokens.refresh_token!, clientId, HOST, serves);

    expect(!result.ok && result.problem.code).toBe('invalid_grant');
  });

  it('revoke their access tokens when revoked', () => {
    const { store, tokens, clientId } = setup();

    const revoked = store.revokeToken(tokens.refresh_token!);

    expect(revoked).toBe(true);
    expect(store.resolveAccessToken(tokens.access_token)).toBeUndefined();
    expect(store.refresh(tokens.refresh_token!, clientId, HOST, serves).ok).toBe(false);
    expect(store.revokeToken(tokens.refresh_token!)).toBe(false);
  });

  it('only work for the client and on hosts of the org they were issued for', () => {
    const { store, tokens } = setup();

    const otherClient = store.refresh(tokens.refresh_token!, 'SofieSecretClient', HOST, serves);
    const otherOrg = store.refresh(tokens.refresh_token!, DEMO_CLIENT_ID, HOST, () => false);

    expect(otherClient.ok).toBe(false);
    expect(otherOrg.ok).toBe(false);
  });
});
