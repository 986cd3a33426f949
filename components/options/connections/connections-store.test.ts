import { describe, expect, it, vi } from 'vitest';

import type { CheckResult } from '@/lib/auth/diagnostics';
import type { ConnectedOrg, ConnectionTestReport } from '@/lib/messaging/protocol';
import { fail, ok } from '@/lib/result';

import { createConnectionsStore, type ConnectionsBackend } from './connections-store';

const ACME: ConnectedOrg = {
  key: '00D000000000001AAA:005000000000101AAA',
  orgId: '00D000000000001AAA',
  orgName: 'Acme',
  username: 'admin@acme.example',
  displayName: 'Ada Admin',
  myDomain: 'acme',
  apiHost: 'acme.my.salesforce.com',
  environment: 'production',
  isSandbox: false,
  instanceName: 'EU45',
  connectedAt: 1_700_000_000_000,
};

const check = (id: CheckResult['id']): CheckResult => ({
  id,
  title: id,
  status: 'pass',
  detail: 'ok',
});

function backend(over: Partial<ConnectionsBackend> = {}): ConnectionsBackend {
  return {
    list: vi.fn(() => Promise.resolve([ACME])),
    connect: vi.fn(() => Promise.resolve(ok(ACME))),
    disconnect: vi.fn(() => Promise.resolve()),
    test: vi.fn(() => Promise.resolve({ results: [], supportText: '' })),
    progress: vi.fn(() => Promise.resolve([])),
    ...over,
  };
}

describe('the connections store', () => {
  it('keeps the problem and its remedy when a sign-in fails, and reloads the list', async () => {
    const problem = { code: 'access_denied', message: 'Denied.', remedy: 'Choose Allow.' };
    const b = backend({ connect: vi.fn(() => Promise.resolve(fail(problem))) });
    const store = createConnectionsStore(b);

    await store.getState().connect('login');

    expect(b.connect).toHaveBeenCalledWith('login');
    expect(store.getState().problem).toEqual(problem);
    expect(store.getState().busy).toBeUndefined();
    expect(store.getState().orgs).toEqual([ACME]);
  });

  it('says which org was disconnected and lists what is left', async () => {
    const list = vi.fn<ConnectionsBackend['list']>().mockResolvedValueOnce([ACME]);
    list.mockResolvedValue([]);
    const b = backend({ list });
    const store = createConnectionsStore(b);
    await store.getState().load();

    await store.getState().disconnect(ACME.key);

    expect(b.disconnect).toHaveBeenCalledWith(ACME.key);
    expect(store.getState().disconnected).toBe('Acme (admin@acme.example)');
    expect(store.getState().orgs).toEqual([]);
  });

  it('shows checks while the test runs, then the final results and the support text', async () => {
    vi.useFakeTimers();
    let finish: (value: { results: CheckResult[]; supportText: string }) => void = () => {};
    const b = backend({
      test: vi.fn(() => new Promise<ConnectionTestReport>((resolve) => (finish = resolve))),
      progress: vi.fn(() => Promise.resolve([check('settings')])),
    });
    const store = createConnectionsStore(b);

    const running = store.getState().runTest();
    await vi.advanceTimersByTimeAsync(300);
    const during = store.getState().results.map((r) => r.id);
    finish({ results: [check('settings'), check('auth-host')], supportText: '[PASS] ...' });
    await running;
    vi.useRealTimers();

    expect(during).toEqual(['settings']);
    expect(store.getState().results.map((r) => r.id)).toEqual(['settings', 'auth-host']);
    expect(store.getState().supportText).toBe('[PASS] ...');
    expect(store.getState().testing).toBe(false);
  });
});
