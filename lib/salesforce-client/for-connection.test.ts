import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createConnectionStore } from '../auth/connection-store';
import type { Connection } from '../auth/connections';
import { createRefreshCoordinator } from '../auth/refresh-coordinator';
import type { FetchFn, TokenResult } from '../auth/token';
import { ok } from '../result';
import { clientForConnection } from './for-connection';

const CONNECTION: Connection = {
  key: '00Dx0000000BV7zEAG:005x00000012Q9PAAU',
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
  clientId: 'c',
  connectedAt: 1,
  lastUsedAt: 1,
};

describe('clientForConnection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('makes one refresh for ten concurrent requests that meet a 401', async () => {
    const store = createConnectionStore({ dbName: 'for-connection-test' });
    await store.saveConnection(CONNECTION);
    await store.setRefreshToken(CONNECTION.key, 'refresh-1', 1);
    await store.setAccessToken(CONNECTION.key, { token: 'old', issuedAt: 1 });
    const refresh = vi.fn(() =>
      Promise.resolve(
        ok({
          accessToken: 'new',
          refreshToken: undefined,
          instanceUrl: 'https://acme.my.salesforce.com',
          apiOrigin: 'https://acme.my.salesforce.com',
          apiHost: 'acme.my.salesforce.com',
          myDomain: 'acme.my.salesforce.com',
          idUrl: 'https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P',
          orgId: '00Dx0000000BV7z',
          userId: '005x00000012Q9P',
          issuedAt: 2,
          scopes: [],
          signature: undefined,
        }) as TokenResult,
      ),
    );
    const coordinator = createRefreshCoordinator({ store, refresh });
    const fetchFn = vi.fn<FetchFn>((_url, init) =>
      Promise.resolve(
        new Headers(init?.headers).get('Authorization') === 'Bearer new'
          ? Response.json({ ok: true })
          : Response.json([{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired' }], {
              status: 401,
            }),
      ),
    );
    const client = clientForConnection(CONNECTION, { store, coordinator, fetchFn });

    const results = await Promise.all(Array.from({ length: 10 }, () => client.limits()));

    expect(results.every((r) => r.ok)).toBe(true);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledTimes(20);
  });
});
