import { fail, ok, type Result } from '../result';
import type { ConnectionStore } from './connection-store';
import { authProblem, type AuthProblem } from './problems';
import type { RefreshRequest, TokenResult } from './token';
import type { OrgCheck } from './token-validate';

/**
 * One refresh per connection at a time. However many requests meet a 401 together, they share one
 * refresh request and its answer. The refresh token is forgotten only when Salesforce says it is
 * dead (`invalid_grant`); a network failure keeps everything so the user can simply try again.
 */
export type RefreshFailureKind = 'signed-out' | 'offline' | 'refused' | 'not-connected';

export interface RefreshProblem extends AuthProblem {
  kind: RefreshFailureKind;
}

export interface FreshAccess {
  accessToken: string;
  apiHost: string;
}

export type RefreshResult = Result<FreshAccess, RefreshProblem>;

export interface RefreshCoordinatorDeps {
  store: Pick<
    ConnectionStore,
    | 'getConnection'
    | 'saveConnection'
    | 'getAccessToken'
    | 'setAccessToken'
    | 'clearAccessToken'
    | 'getRefreshToken'
    | 'setRefreshToken'
    | 'deleteRefreshToken'
  >;
  /** `(request) => refreshAccessToken(request, fetch)` in the background. */
  refresh: (request: RefreshRequest) => Promise<TokenResult>;
  /** The connected app's secret, only when the settings hold one. */
  clientSecret?: () => Promise<string | undefined>;
  checkOrg?: OrgCheck;
  now?: () => number;
}

export interface RefreshCoordinator {
  /**
   * A fresh access token for the connection. `failedToken` is the token that met the 401: when a
   * newer one is already stored, it is returned without another refresh.
   */
  refresh(key: string, failedToken?: string): Promise<RefreshResult>;
}

const withKind = (problem: AuthProblem, kind: RefreshFailureKind): RefreshProblem => ({
  ...problem,
  kind,
});

export function createRefreshCoordinator(deps: RefreshCoordinatorDeps): RefreshCoordinator {
  const inFlight = new Map<string, Promise<RefreshResult>>();
  const now = deps.now ?? Date.now;

  async function run(key: string, failedToken: string | undefined): Promise<RefreshResult> {
    const { store } = deps;
    const connection = await store.getConnection(key);
    if (!connection) return fail(withKind(authProblem('not_connected'), 'not-connected'));

    if (failedToken !== undefined) {
      const current = await store.getAccessToken(key);
      if (current && current.token !== failedToken) {
        return ok({ accessToken: current.token, apiHost: connection.apiHost });
      }
    }

    const refreshToken = await store.getRefreshToken(key);
    if (!refreshToken) return fail(withKind(authProblem('not_connected'), 'signed-out'));

    const request: RefreshRequest = {
      loginUrl: connection.loginUrl,
      refreshToken,
      clientId: connection.clientId,
      expected: { orgId: connection.orgId, userId: connection.userId },
    };
    const secret = await deps.clientSecret?.();
    if (secret) request.clientSecret = secret;
    if (deps.checkOrg) request.checkOrg = deps.checkOrg;

    const result = await deps.refresh(request);
    if (!result.ok) {
      const problem = result.problem;
      if (problem.kind === 'network') return fail(withKind(problem, 'offline'));

      if (problem.kind === 'refused' && problem.code === 'invalid_grant') {
        await store.deleteRefreshToken(key);
        await store.clearAccessToken(key);
        return fail(withKind(problem, 'signed-out'));
      }

      return fail(withKind(problem, 'refused'));
    }

    const grant = result.value;
    await store.setAccessToken(key, { token: grant.accessToken, issuedAt: grant.issuedAt });
    if (grant.refreshToken) await store.setRefreshToken(key, grant.refreshToken, now());

    // An org moved to another instance answers with its new host; later clients use it.
    if (grant.apiHost !== connection.apiHost) {
      await store.saveConnection({ ...connection, apiHost: grant.apiHost });
    }

    return ok({ accessToken: grant.accessToken, apiHost: grant.apiHost });
  }

  return {
    refresh(key, failedToken) {
      const existing = inFlight.get(key);
      if (existing) return existing;

      const started = run(key, failedToken).finally(() => inFlight.delete(key));
      inFlight.set(key, started);
      return started;
    },
  };
}
