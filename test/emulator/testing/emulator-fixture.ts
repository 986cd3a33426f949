/** Starts the emulator with fixed-token sessions for a test file, and calls it by host name. */
import { afterAll, beforeAll } from 'vitest';

import type { Profile } from '../core/orgs';
import { startEmulator, type RunningEmulator } from '../server';
import { FakeSessions, fakeToken } from './fake-sessions';
import { call, type CallOptions } from './https-call';

export const ACME = 'https://acme.my.salesforce.com';
export const API = `${ACME}/services/data/v62.0`;

export function useEmulator() {
  const t = {
    emulator: undefined as unknown as RunningEmulator,
    call: (url: string, options?: CallOptions) => call(t.emulator.port, url, options),
    as: (profile: Profile, myDomain = 'acme') => fakeToken(myDomain, profile),
    control: async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${t.emulator.controlUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
  };
  beforeAll(async () => {
    t.emulator = await startEmulator({ sessions: new FakeSessions() });
  });
  afterAll(async () => {
    await t.emulator.close();
  });
  return t;
}
