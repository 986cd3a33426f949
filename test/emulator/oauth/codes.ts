/**
 * Authorization codes: single use, 15 minutes of emulator time, bound to the client, the
 * redirect URI and the host that issued them, and to the PKCE challenge when there was one.
 */
import { fail, ok, type Result } from '../../../lib/result';
import type { Clock } from '../core/clock';
import type { Grant } from './session-store';
import { oauthProblem, type OAuthProblem } from './errors';
import { verifyPkce } from './pkce';
import { newAuthorizationCode } from './token-format';

export const CODE_LIFETIME_MS = 15 * 60 * 1000;

export interface IssuedCode extends Grant {
  redirectUri: string;
  host: string;
  codeChallenge?: string;
  issuedAt: Date;
  /** Set once redeemed: the access token it produced, revoked if the code comes back. */
  redeemedAs?: string;
}

export interface Redemption {
  code: string;
  clientId: string;
  redirectUri: string;
  host: string;
  codeVerifier?: string;
}

const AUTH_FAILURE = oauthProblem('invalid_grant', 'authentication failure');

export class CodeStore {
  private codes = new Map<string, IssuedCode>();

  constructor(private readonly clock: Clock) {}

  reset(): void {
    this.codes.clear();
  }

  issue(details: Omit<IssuedCode, 'issuedAt' | 'redeemedAs'>): string {
    const code = newAuthorizationCode();
    this.codes.set(code, { ...details, issuedAt: this.clock.now() });
    return code;
  }

  /** The org a code was issued in, to look up that org's client rules before redeeming. */
  orgOfCode(code: string): IssuedCode['org'] | undefined {
    return this.codes.get(code)?.org;
  }

  /**
   * Checks a presented code. A code that was already redeemed answers `reused` with the access
   * token it produced, so the caller can revoke that sign-in.
   */
  redeem(r: Redemption): Result<IssuedCode, OAuthProblem & { reusedAccessToken?: string }> {
    const issued = this.codes.get(r.code);
    if (!issued) return fail(AUTH_FAILURE);
    if (issued.redeemedAs) return fail({ ...AUTH_FAILURE, reusedAccessToken: issued.redeemedAs });

    const age = this.clock.now().getTime() - issued.issuedAt.getTime();
    if (age >= CODE_LIFETIME_MS) {
      this.codes.delete(r.code);
      return fail(oauthProblem('invalid_grant', 'expired authorization code'));
    }

    if (issued.clientId !== r.clientId || issued.host !== r.host) return fail(AUTH_FAILURE);
    if (issued.redirectUri !== r.redirectUri)
      return fail(oauthProblem('redirect_uri_mismatch', 'redirect_uri must match configuration'));

    const pkceOk = issued.codeChallenge
      ? verifyPkce(issued.codeChallenge, r.codeVerifier)
      : r.codeVerifier === undefined;
    if (!pkceOk) return fail(oauthProblem('invalid_grant', 'invalid code verifier'));

    return ok(issued);
  }

  /** Marks a code used; it never works again. */
  markRedeemed(code: string, accessToken: string): void {
    const issued = this.codes.get(code);
    if (issued) issued.redeemedAs = accessToken;
  }
}
