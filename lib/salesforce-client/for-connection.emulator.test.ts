import 'fake-indexeddb/auto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { EmulatorControl } from '../../test/emulator/control/client';
import { acmeConnectionFor } from '../../test/fixtures/connection';
import { startEmulator, type RunningEmulator } from '../../test/emulator/server';
import { emulatorFetch } from '../../test/emulator/testing/emulator-fetch';
import { signIn } from '../../test/emulator/testing/sign-in';
import { createConnectionStore } from '../auth/connection-store';
import { createRefreshCoordinator } from '../auth/refresh-coordinator';
import { refreshAccessToken } from '../auth/token';
import { clientForConnection } from './for-connection';

const USERNAME = 'sales@acme.example';

describe('the real client against the emulator', () => {
  let emulator: RunningEmulator;
  let control: EmulatorControl;

  beforeAll(async () => {
    fakeBrowser.reset();
    emulator = await startEmulator();
    control = new EmulatorControl(emulator.controlUrl);
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it('makes exactly one refresh request for ten calls that meet an expired token', async () => {
    const tokens = await signIn(emulator, { username: USERNAME });
    const connection = acmeConnectionFor(tokens, USERNAME);
    const store = createConnectionStore({ dbName: 'for-connection-emulator-test' });
    await store.saveConnection(connection);
    await store.setRefreshToken(connection.key, tokens.refresh_token!, 1);
    await store.setAccessToken(connection.key, { token: tokens.access_token, issuedAt: 1 });
    const fetchFn = emulatorFetch(emulator.port);
    const coordinator = createRefreshCoordinator({
      store,
      refresh: (request) => refreshAccessToken(request, fetchFn),
    });
    const client = clientForConnection(connection, { store, coordinator, fetchFn });
    expect((await client.limits()).ok).toBe(true);

    await control.expireSessions(USERNAME);
    // A slow token endpoint: every 401 lands while the one refresh is still under way.
    await control.addFault({ path: '^/services/oauth2/token$', latencyMs: 400, times: 0 });
    const mark = (await control.log()).last;
    const results = await Promise.all(Array.from({ length: 10 }, () => client.limits()));

    const entries = (await control.log({ since: mark })).entries;
    const refreshes = entries.filter(
      (e) => e.method === 'POST' && e.path === '/services/oauth2/token',
    );
    const calls = entries.filter((e) => e.kind === 'api');
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]!.status).toBe(200);
    expect(calls.filter((e) => e.status === 200)).toHaveLength(10);
    expect(calls.filter((e) => e.status === 401)).toHaveLength(10);
    expect((await store.getAccessToken(connection.key))?.token).not.toBe(tokens.access_token);
  });
});
