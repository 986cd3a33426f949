import {
  authProblem,
  type AuthProblem,
  type AuthProblemCode,
  type ProblemContext,
} from './problems';

/**
 * Turns what Salesforce and the browser say when sign-in fails into an AuthProblem. Salesforce's
 * codes come from the callback, the token endpoint and the remote-access error page; the browser's
 * from `identity.launchWebAuthFlow` rejections.
 */
const DIRECT: Record<string, AuthProblemCode> = {
  redirect_uri_mismatch: 'redirect_uri_mismatch',
  invalid_client_id: 'invalid_client_id',
  invalid_client: 'invalid_client',
  invalid_client_credentials: 'invalid_client',
  oauth_app_blocked: 'OAUTH_APP_BLOCKED',
  oauth_app_access_denied: 'OAUTH_APP_ACCESS_DENIED',
  oauth_ec_app_not_found: 'invalid_client_id',
  invalid_scope: 'invalid_scope',
  invalid_grant: 'invalid_grant',
  unsupported_grant_type: 'unsupported_grant_type',
  unsupported_response_type: 'unsupported_grant_type',
  login_required: 'interaction_required',
  interaction_required: 'interaction_required',
};

export function problemFromOAuthError(
  error: string,
  description: string | undefined,
  ctx: Omit<ProblemContext, 'salesforceError' | 'salesforceDescription'> = {},
): AuthProblem {
  const full = { ...ctx, salesforceError: error, salesforceDescription: description };
  const text = (description ?? '').toLowerCase();
  const key = error.toLowerCase();

  // Salesforce reports "not admin approved" through the generic access_denied code.
  if (key === 'access_denied' && /admin approved|not approved|not authorized/.test(text)) {
    return authProblem('OAUTH_APP_ACCESS_DENIED', full);
  }

  if (key === 'access_denied') return authProblem('access_denied', full);

  // TODO [2026-12-31]: the exact wording for a My Domain that blocks the generic login hosts is
  // unconfirmed; this matches on the words Salesforce's help pages use.
  if (/my domain|login\.salesforce\.com|test\.salesforce\.com/.test(text)) {
    return authProblem('login_host_forbidden', full);
  }

  if (key === 'invalid_request' && /code[_ ]?challenge|code[_ ]?verifier|pkce/.test(text)) {
    return authProblem('pkce_required', full);
  }

  if (key === 'invalid_request') return authProblem('invalid_request', full);

  return authProblem(DIRECT[key] ?? 'unknown', full);
}

/**
 * `launchWebAuthFlow` rejects with a bare message. Chrome's wording: "The user did not approve
 * access." when the window is closed, "Authorization page could not be loaded." when the first
 * page fails, "User interaction required." for a non-interactive attempt.
 */
export function problemFromWebAuthFlowError(
  error: unknown,
  ctx: Pick<ProblemContext, 'authBaseUrl'> = {},
): AuthProblem {
  const text = (error instanceof Error ? error.message : String(error)).toLowerCase();

  if (text.includes('did not approve')) return authProblem('window_closed', ctx);
  if (text.includes('could not be loaded')) return authProblem('page_not_loaded', ctx);
  if (text.includes('interaction required')) return authProblem('interaction_required', ctx);
  if (/network|offline|internet|failed to fetch/.test(text)) return authProblem('network', ctx);
  return authProblem('unknown', ctx);
}

const REMOTE_ACCESS_ERROR_PAGE = /\/setup\/secur\/remoteaccesserrorpage\.apexp$/i;

/**
 * Salesforce answers an unknown client id or an unregistered callback by showing its remote-access
 * error page, which never returns to the extension. The background can fetch the authorize URL
 * with `redirect: 'follow'` and pass `response.url` here to learn why. Undefined means the page
 * looks like a normal sign-in page.
 */
export function diagnoseAuthorizePage(
  finalUrl: string,
  ctx: Pick<ProblemContext, 'redirectUri' | 'authBaseUrl' | 'myDomain'> = {},
): AuthProblem | undefined {
  let url: URL;
  try {
    url = new URL(finalUrl);
  } catch {
    return undefined;
  }

  if (!REMOTE_ACCESS_ERROR_PAGE.test(url.pathname)) return undefined;

  const error = url.searchParams.get('error');
  const description = url.searchParams.get('error_description') ?? undefined;
  return error ? problemFromOAuthError(error, description, ctx) : authProblem('unknown', ctx);
}
