import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { fail, ok } from '../result';
import { createConnectionStore, type ConnectionStore } from './connection-store';
import type { Connection } from './connections';
import { authProblem } from './problems';
import { createRefreshCoordinator } from './refresh-coordinator';
import type { RefreshRequest, TokenResult } from './token';
import type { TokenGrant } from './token-validate';

const KEY = '00Dx0000000BV7zEAG:005x00000012Q9PAAU';

const CONNECTION: Connection = {
  key: KEY,
  orgId: '00Dx0000000BV7zEAG',
  userId: '005x00000012Q9PAAU',
  username: 'ada@acme.example',
  displayName: 'Ada',
  orgName: 'Acme',
  myDomain: 'acme.my.salesforce.com',
  apiHost: 'acme.my.salesforce.com',
  environment: 'production',
  isSandbox: false,
  instanceName: 'NA1',
  loginUrl: 'https://acme.my.salesforce.com',
  clientId: '3MVG9client',
  connectedAt: 1,
  lastUsedAt: 1,
};

function grant(accessToken: string, refreshToken?: string): TokenGrant {
  return {
    accessToken,
    refreshToken,
    instanceUrl: 'https://acme.my.salesforce.com',
    apiOrigin: 'https://acme.my.salesforce.com',
    apiHost: 'acme.my.salesforce.com',
    myDomain: 'acme.my.salesforce.com',
    idUrl: 'https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P',
    orgId: '00Dx0000000BV7z',
    userId: '005x00000012Q9P',
    issuedAt: 500,
    scopes: [],
    signature: undefined,
  };
}

let dbCount = 0;
let store: ConnectionStore;

beforeEach(async () => {
  fakeBrowser.reset();
  store = createConnectionStore({ dbName: `refresh-test-${++dbCount}` });
  await store.saveConnection(CONNECTION);
  await store.setRefreshToken(KEY, 'refresh-1', 1);
  await store.setAccessToken(KEY, { token: 'old-access', issuedAt: 1 });
});

describe('createRefreshCoordinator', () => {
  it('makes exactly one refresh request for ten concurrent 401s and shares its answer', async () => {
    let release: (value: TokenResult) => void = () => undefined;
    const refresh = vi.fn(
      (_request: RefreshRequest) =>
        new Promise<TokenResult>((resolve) => {
          release = resolve;
        }),
    );
    const coordinator = createRefreshCoordinator({ store, refresh });

    const waiting = Array.from({ length: 10 }, () => coordinator.refresh(KEY, 'old-access'));
    await vi.waitFor(() => expect(refresh).toHaveBeenCalled());
    release(ok(grant('new-access')));
    const results = await Promise.all(waiting);

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.ok && r.value.accessToken === 'new-access')).toBe(true);
    expect(await store.getAccessToken(KEY)).toEqual({ token: 'new-access', issuedAt: 500 });
  });

  it('sends the stored refresh token to the connection’s login URL, expecting the same user', async () => {
    const refresh = vi.fn((_request: RefreshRequest) =>
      Promise.resolve(ok(grant('a')) as TokenResult),
    );
    const coordinator = createRefreshCoordinator({
      store,
      refresh,
      clientSecret: () => Promise.resolve('s3cret'),
    });

    await coordinator.refresh(KEY);

    expect(refresh.mock.calls[0]![0]).toMatchObject({
      loginUrl: 'https://acme.my.salesforce.com',
      refreshToken: 'refresh-1',
      clientId: '3MVG9client',
      clientSecret: 's3cret',
      expected: { orgId: CONNECTION.orgId, userId: CONNECTION.userId },
    });
  });

  it('uses a token refreshed meanwhile instead of refreshing again', async () => {
    const refresh = vi.fn((_request: RefreshRequest) =>
      Promise.resolve(ok(grant('x')) as TokenResult),
    );
    const coordinator = createRefreshCoordinator({ store, refresh });
    await store.setAccessToken(KEY, { token: 'newer-access', issuedAt: 2 });

    const result = await coordinator.refresh(KEY, 'old-access');

    expect(refresh).not.toHaveBeenCalled();
    expect(result.ok && result.value.accessToken).toBe('newer-access');
  });

  it('keeps the rotated refresh token', async () => {
    const refresh = () => Promise.resolve(ok(grant('a', 'refresh-2')) as TokenResult);
    const coordinator = createRefreshCoordinator({ store, refresh, now: () => 10 });

    await coordinator.refresh(KEY);

    expect(await store.getRefreshToken(KEY)).toBe('refresh-2');
  });

  it('forgets the refresh token when Salesforce answers invalid_grant', async () => {
    const refresh = () =>
      Promise.resolve(
        fail({ ...authProblem('invalid_grant'), kind: 'refused' as const, status: 400 }),
      );
    const coordinator = createRefreshCoordinator({ store, refresh });

    const result = await coordinator.refresh(KEY);

    expect(!result.ok && result.problem.kind).toBe('signed-out');
    expect(await store.getRefreshToken(KEY)).toBeUndefined();
    expect(await store.getAccessToken(KEY)).toBeUndefined();
  });

  it('keeps the refresh token on a network failure and says to try again', async () => {
    const refresh = () =>
      Promise.resolve(fail({ ...authProblem('network'), kind: 'network' as const }));
    const coordinator = createRefreshCoordinator({ store, refresh });

    const result = await coordinator.refresh(KEY);

    expect(!result.ok && result.problem).toMatchObject({ kind: 'offline', code: 'network' });
    expect(!result.ok && result.problem.remedy).toMatch(/try again/);
    expect(await store.getRefreshToken(KEY)).toBe('refresh-1');
  });

  it('keeps the refresh token when Salesforce refuses for another reason', async () => {
    const refresh = () =>
      Promise.resolve(
        fail({ ...authProblem('invalid_client'), kind: 'refused' as const, status: 400 }),
      );
    const coordinator = createRefreshCoordinator({ store, refresh });

    const result = await coordinator.refresh(KEY);

    expect(!result.ok && result.problem.kind).toBe('refused');
    expect(await store.getRefreshToken(KEY)).toBe('refresh-1');
  });

  it('starts a new refresh once the previous one has finished', async () => {
    const refresh = vi.fn(() => Promise.resolve(ok(grant('a')) as TokenResult));
    const coordinator = createRefreshCoordinator({ store, refresh });

    await coordinator.refresh(KEY);
    await coordinator.refresh(KEY);

    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('reports an unknown connection as not connected', async () => {
    const coordinator = createRefreshCoordinator({ store, refresh: vi.fn() });

    const result = await coordinator.refresh('nope');

    expect(!result.ok && result.problem.kind).toBe('not-connected');
  });
});
