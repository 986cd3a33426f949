/** The checks an authorize request goes through, before and after the user is known. */
import { isPermitted, type ConnectedApp } from './apps';
import type { AuthorizeParams } from './browser-state';
import { oauthProblem, type OAuthProblem } from './errors';
import type { EmulatedUser } from '../core/orgs';

/** Errors Salesforce shows on its own error page, because the callback cannot be trusted. */
export function errorPageProblem(
  app: ConnectedApp | undefined,
  params: AuthorizeParams,
): OAuthProblem | undefined {
  if (!app) return oauthProblem('invalid_client_id', 'client identifier invalid');
  if (!app.callbackUrls.includes(params.redirectUri))
    return oauthProblem('redirect_uri_mismatch', 'redirect_uri must match configuration');
  return undefined;
}

/** Errors sent back to the (trusted) callback URL. */
export function callbackProblem(
  app: ConnectedApp,
  params: AuthorizeParams,
  user?: EmulatedUser,
): OAuthProblem | undefined {
  if (params.responseType !== 'code')
    return oauthProblem('unsupported_response_type', 'response type not supported');
  if (app.requirePkce && !params.codeChallenge)
    return oauthProblem('invalid_request', 'missing required code challenge');
  if (params.codeChallengeMethod && params.codeChallengeMethod !== 'S256')
    return oauthProblem('invalid_request', 'invalid code challenge method');
  if (params.scopes?.some((s) => !app.scopes.includes(s)))
    return oauthProblem('invalid_scope', 'the requested scope is not allowed');
  if (!user) return undefined;

  if (app.blocked) return oauthProblem('OAUTH_APP_BLOCKED', 'this app is blocked by admin');
  if (!isPermitted(app, user.profile))
    return oauthProblem('OAUTH_APP_ACCESS_DENIED', 'user is not admin approved to access this app');
  return undefined;
}

export function parseAuthorizeParams(q: Record<string, string>): AuthorizeParams {
  const scope = q.scope?.trim();
  return {
    responseType: q.response_type ?? '',
    clientId: q.client_id ?? '',
    redirectUri: q.redirect_uri ?? '',
    scopes: scope ? scope.split(/\s+/) : undefined,
    state: q.state,
    codeChallenge: q.code_challenge || undefined,
    codeChallengeMethod: q.code_challenge_method || undefined,
    prompt: (q.prompt ?? '').split(/\s+/).filter(Boolean),
    loginHint: q.login_hint,
  };
}

/** `https://<host>/setup/secur/RemoteAccessErrorPage.apexp?error=...` with %20 for spaces. */
export function errorPageUrl(host: string, problem: OAuthProblem): string {
  const e = encodeURIComponent;
  return `https://${host}/setup/secur/RemoteAccessErrorPage.apexp?error=${e(problem.code)}&error_description=${e(problem.message)}`;
}

/** The callback with `error`, `error_description` and `state`, or with `code` and `state`. */
export function callbackUrl(params: AuthorizeParams, values: Record<string, string>): string {
  const url = new URL(params.redirectUri);
  for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value);
  if (params.state !== undefined) url.searchParams.set('state', params.state);
  return url.toString();
}
