import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  PENDING_SIGN_IN_TTL_MS,
  clearPendingSignIn,
  savePendingSignIn,
  takePendingSignIn,
  type PendingSignIn,
} from './pending';

const PENDING: PendingSignIn = {
  verifier: 'v'.repeat(64),
  state: 'state-1',
  authBaseUrl: 'https://login.salesforce.com',
  redirectUri: 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/',
  createdAt: 1_000_000,
};

describe('pending sign-in', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps the verifier in session storage, not local storage', async () => {
    await savePendingSignIn(PENDING);

    expect(Object.keys(await fakeBrowser.storage.session.get())).toContain('pendingSignIn');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('hands the pending sign-in back once, then forgets it', async () => {
    await savePendingSignIn(PENDING);

    const first = await takePendingSignIn(PENDING.createdAt + 1000);
    const second = await takePendingSignIn(PENDING.createdAt + 2000);

    expect(first).toEqual({ ok: true, value: PENDING });
    expect(!second.ok && second.problem.code).toBe('sign_in_expired');
  });

  it('refuses a sign-in older than ten minutes', async () => {
    await savePendingSignIn(PENDING);

    const result = await takePendingSignIn(PENDING.createdAt + PENDING_SIGN_IN_TTL_MS + 1);

    expect(!result.ok && result.problem.code).toBe('sign_in_expired');
  });

  it('clears a pending sign-in on request', async () => {
    await savePendingSignIn(PENDING);

    await clearPendingSignIn();

    expect((await takePendingSignIn(PENDING.createdAt)).ok).toBe(false);
  });
});
