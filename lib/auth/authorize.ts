import { fail, ok, type Result } from '../result';
import { problemFromOAuthError } from './oauth-errors';
import { authProblem, type AuthProblem } from './problems';

/** The scopes Sofie asks for, each with the reason the settings page shows. */
export const OAUTH_SCOPES = [
  { scope: 'api', why: 'Reads and updates records through the REST API, with your own access.' },
  {
    scope: 'refresh_token',
    why: 'Lets Sofie renew its short-lived access without asking you to sign in again.',
  },
  {
    scope: 'offline_access',
    why: 'Keeps that renewal working after the Salesforce tab or browser session closes.',
  },
] as const;

export const DEFAULT_SCOPES: readonly string[] = OAUTH_SCOPES.map((s) => s.scope);

export type AuthorizePrompt = 'login' | 'consent' | 'select_account';

export interface AuthorizeRequest {
  /** `https://login.salesforce.com`, `https://test.salesforce.com` or a My Domain origin. */
  authBaseUrl: string;
  clientId: string;
  redirectUri: string;
  scopes?: readonly string[];
  state: string;
  codeChallenge: string;
  prompt?: AuthorizePrompt;
  loginHint?: string;
}

export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/services/oauth2/authorize', request.authBaseUrl);
  const params = url.searchParams;
  params.set('response_type', 'code');
  params.set('client_id', request.clientId);
  params.set('redirect_uri', request.redirectUri);
  params.set('scope', (request.scopes ?? DEFAULT_SCOPES).join(' '));
  params.set('state', request.state);
  params.set('code_challenge', request.codeChallenge);
  params.set('code_challenge_method', 'S256');
  if (request.prompt) params.set('prompt', request.prompt);
  if (request.loginHint) params.set('login_hint', request.loginHint);
  return url.toString();
}

export interface CallbackContext {
  redirectUri?: string;
  authBaseUrl?: string;
}

/**
 * Reads the URL `launchWebAuthFlow` resolves with. `error` is read before `state`: Salesforce
 * echoes the state on refusals too, but an early error page may not, and a refusal must never be
 * reported as a forged reply.
 */
export function parseCallback(
  callbackUrl: string,
  expectedState: string,
  ctx: CallbackContext = {},
): Result<{ code: string }, AuthProblem> {
  let url: URL;
  try {
    url = new URL(callbackUrl);
  } catch {
    return fail(authProblem('missing_code', ctx));
  }

  // Salesforce puts the answer in the query; some servers use the fragment, so read both.
  const params = new URLSearchParams(url.search);
  for (const [key, value] of new URLSearchParams(url.hash.replace(/^#/, ''))) {
    if (!params.has(key)) params.set(key, value);
  }

  const error = params.get('error');
  if (error) {
    return fail(problemFromOAuthError(error, params.get('error_description') ?? undefined, ctx));
  }

  if (!expectedState || params.get('state') !== expectedState) {
    return fail(authProblem('state_mismatch', ctx));
  }

  const code = params.get('code');
  return code ? ok({ code }) : fail(authProblem('missing_code', ctx));
}
