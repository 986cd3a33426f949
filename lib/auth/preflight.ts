import { fail, ok, type Result } from '../result';
import { apiOrigin } from '../salesforce/hosts';
import { diagnoseAuthorizePage } from './oauth-errors';
import { authProblem, type AuthProblem, type ProblemContext } from './problems';
import type { FetchFn } from './token';

/**
 * Network checks made without signing in: does the auth base URL answer as Salesforce, and where
 * does the authorize URL land. Used by the connection test and when the sign-in page fails.
 */
const PREFLIGHT_TIMEOUT_MS = 15_000;

/** GET `/.well-known/openid-configuration`; Salesforce answers with an issuer on a Salesforce host. */
export async function probeAuthHost(
  authBaseUrl: string,
  fetchFn: FetchFn,
): Promise<Result<void, AuthProblem>> {
  const origin = apiOrigin(authBaseUrl);
  if (!origin) return fail(authProblem('host_not_allowed'));

  try {
    const response = await fetchFn(`${origin}/.well-known/openid-configuration`, {
      credentials: 'omit',
      redirect: 'manual',
      signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => undefined)) as { issuer?: unknown } | undefined;
    if (response.ok && typeof body?.issuer === 'string' && apiOrigin(body.issuer)) {
      return ok(undefined);
    }

    return fail(authProblem('page_not_loaded', { authBaseUrl: origin }));
  } catch {
    return fail(authProblem('network', { authBaseUrl: origin }));
  }
}

/**
 * Fetches the authorize URL following redirects and reads where it lands: Salesforce's
 * remote-access error page names an unknown client id or an unregistered callback.
 */
export async function preflightAuthorizeUrl(
  authorizeUrl: string,
  ctx: Pick<ProblemContext, 'redirectUri' | 'authBaseUrl' | 'myDomain'>,
  fetchFn: FetchFn,
): Promise<AuthProblem | undefined> {
  if (!apiOrigin(authorizeUrl)) return authProblem('host_not_allowed', ctx);

  try {
    const response = await fetchFn(authorizeUrl, {
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS),
    });
    return diagnoseAuthorizePage(response.url, ctx);
  } catch {
    return authProblem('network', ctx);
  }
}
