import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { Connection } from '@/lib/auth/connections';

import { acmeConnection } from '../../test/fixtures/connection';

const ACME = acmeConnection();
const GLOBEX: Connection = {
  ...ACME,
  key: '00D000000000003AAA:005000000000003AAA',
  orgId: '00D000000000003AAA',
  userId: '005000000000003AAA',
  orgName: 'Globex',
  apiHost: 'globex.my.salesforce.com',
};

/** A fresh background with its real settings flow (managed policy over user settings). */
async function background() {
  vi.resetModules();
  const { Connections } = await import('./connections');
  const connections = new Connections();
  for (const connection of [ACME, GLOBEX]) {
    await connections.store.saveConnection(connection);
    await connections.store.setAccessToken(connection.key, { token: 'access', issuedAt: 1 });
    await connections.store.setRefreshToken(connection.key, 'refresh', 1);
  }

  return connections;
}

describe('Connections and the admin’s allowed orgs', () => {
  const fetchSpy = vi.fn(() => Promise.resolve(new Response('{}', { status: 200 })));

  beforeEach(() => {
    fakeBrowser.reset();
    fetchSpy.mockClear();
    vi.stubGlobal('fetch', fetchSpy);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uses every connection when no allow-list is set', async () => {
    const connections = await background();

    const usable = await connections.usable();

    expect(usable.map((c) => c.orgName).sort()).toEqual(['Acme', 'Globex']);
    expect((await connections.allowed(ACME)).ok).toBe(true);
  });

  it('stops using a connection the policy no longer allows, naming the support contact', async () => {
    const connections = await background();
    expect((await connections.allowed(ACME)).ok).toBe(true);

    await fakeBrowser.storage.managed.set({
      allowedOrgIds: ['00D000000000003'],
      supportContact: 'it@globex.example',
    });
    await vi.waitFor(async () => expect((await connections.allowed(ACME)).ok).toBe(false));

    const refused = await connections.allowed(ACME);
    expect(!refused.ok && refused.problem.params).toEqual(['00D000000000001', 'it@globex.example']);
    expect((await connections.usable()).map((c) => c.orgName)).toEqual(['Globex']);
    expect(await connections.list()).toHaveLength(2);
  });

  it('sends no request with a refused connection’s client', async () => {
    await fakeBrowser.storage.managed.set({ allowedMyDomains: ['globex.my.salesforce.com'] });
    const connections = await background();

    const refused = await connections.client(ACME).request('GET', '');
    await connections.client(GLOBEX).request('GET', '');

    expect(refused.ok).toBe(false);
    const hosts = fetchSpy.mock.calls.map((call: unknown[]) => new URL(String(call[0])).hostname);
    expect(hosts).not.toContain('acme.my.salesforce.com');
    expect(hosts).toContain('globex.my.salesforce.com');
  });
});
