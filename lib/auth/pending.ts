import { storage } from 'wxt/utils/storage';

import { fail, ok, type Result } from '../result';
import { authProblem, type AuthProblem } from './problems';

/**
 * The sign-in in progress. Kept in `storage.session` because the service worker can be stopped
 * while the user is on Salesforce's page, and the verifier must survive that; session storage is
 * cleared with the browser and is not readable by content scripts.
 */
export interface PendingSignIn {
  verifier: string;
  state: string;
  authBaseUrl: string;
  redirectUri: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

export const PENDING_SIGN_IN_TTL_MS = 10 * 60 * 1000;

export const pendingSignInItem = storage.defineItem<PendingSignIn | null>('session:pendingSignIn', {
  version: 1,
  fallback: null,
});

export async function savePendingSignIn(pending: PendingSignIn): Promise<void> {
  await pendingSignInItem.setValue(pending);
}

/**
 * Returns the pending sign-in and removes it, so a code can be redeemed once. An old or missing
 * one is a problem to show, not a bug.
 */
export async function takePendingSignIn(
  now = Date.now(),
): Promise<Result<PendingSignIn, AuthProblem>> {
  const pending = await pendingSignInItem.getValue();
  await pendingSignInItem.removeValue();

  if (!pending) return fail(authProblem('sign_in_expired'));
  if (now - pending.createdAt > PENDING_SIGN_IN_TTL_MS || now < pending.createdAt) {
    return fail(authProblem('sign_in_expired'));
  }

  return ok(pending);
}

export async function clearPendingSignIn(): Promise<void> {
  await pendingSignInItem.removeValue();
}
