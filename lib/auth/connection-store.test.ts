import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createConnectionStore } from './connection-store';
import type { Connection } from './connections';

const CONNECTION: Connection = {
  key: '00D000000000001AAA:005000000000001AAA',
  orgId: '00D000000000001AAA',
  userId: '005000000000001AAA',
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

let dbCount = 0;

describe('ConnectionStore', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const store = () => createConnectionStore({ dbName: `auth-test-${++dbCount}` });

  it('saves, lists and touches connections', async () => {
    const s = store();

    await s.saveConnection(CONNECTION);
    await s.touchConnection(CONNECTION.key, 50);

    expect(await s.listConnections()).toEqual([{ ...CONNECTION, lastUsedAt: 50 }]);
    expect(await s.getConnection(CONNECTION.key)).toMatchObject({ lastUsedAt: 50 });
  });

  it('keeps access tokens in session storage and never in local storage', async () => {
    const s = store();

    await s.setAccessToken(CONNECTION.key, { token: '00Dabc!AQtoken', issuedAt: 5 });

    expect(await s.getAccessToken(CONNECTION.key)).toEqual({
      token: '00Dabc!AQtoken',
      issuedAt: 5,
    });
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).toContain('00Dabc!AQtoken');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('keeps the newest refresh token when an older answer arrives late', async () => {
    const s = store();

    await s.setRefreshToken(CONNECTION.key, 'rotated-2', 200);
    await s.setRefreshToken(CONNECTION.key, 'rotated-1', 100);

    expect(await s.getRefreshToken(CONNECTION.key)).toBe('rotated-2');
  });

  it('replaces the refresh token when the app rotates it', async () => {
    const s = store();

    await s.setRefreshToken(CONNECTION.key, 'first', 100);
    await s.setRefreshToken(CONNECTION.key, 'second', 300);

    expect(await s.getRefreshToken(CONNECTION.key)).toBe('second');
  });

  it('removes the connection and everything kept for it', async () => {
    const s = store();
    await s.saveConnection(CONNECTION);
    await s.setRefreshToken(CONNECTION.key, 'r', 1);
    await s.setAccessToken(CONNECTION.key, { token: 'a', issuedAt: 1 });

    await s.removeConnection(CONNECTION.key);

    expect(await s.listConnections()).toEqual([]);
    expect(await s.getRefreshToken(CONNECTION.key)).toBeUndefined();
    expect(await s.getAccessToken(CONNECTION.key)).toBeUndefined();
  });

  it('deletes only the refresh token when asked', async () => {
    const s = store();
    await s.saveConnection(CONNECTION);
    await s.setRefreshToken(CONNECTION.key, 'r', 1);

    await s.deleteRefreshToken(CONNECTION.key);

    expect(await s.getRefreshToken(CONNECTION.key)).toBeUndefined();
    expect(await s.listConnections()).toHaveLength(1);
  });
});
