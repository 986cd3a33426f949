import { fail, type Result } from '../result';
import { apiOrigin } from '../salesforce/hosts';
import { problemFromOAuthError } from './oauth-errors';
import { authProblem, type AuthProblem } from './problems';
import { validateTokenResponse, type TokenGrant, type ValidateOptions } from './token-validate';

/**
 * The two token requests, as form-encoded POSTs to `/services/oauth2/token`. Three distinct
 * failures: `network` (Salesforce never answered; keep everything, try again), `refused`
 * (Salesforce said no; `salesforceError` tells whether the grant is dead) and `invalid` (an answer
 * that failed validation and was not used).
 */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export type TokenFailureKind = 'network' | 'refused' | 'invalid';

export interface TokenProblem extends AuthProblem {
  kind: TokenFailureKind;
  /** HTTP status of a refusal. */
  status?: number;
}

export type TokenResult = Result<TokenGrant, TokenProblem>;

export const TOKEN_TIMEOUT_MS = 30_000;

export interface ExchangeCodeRequest extends ValidateOptions {
  /** The token endpoint on the same host that issued the code (the pending sign-in's base URL). */
  tokenUrl: string;
  code: string;
  clientId: string;
  /** Only when the connected app requires one; a public client sends none. */
  clientSecret?: string;
  redirectUri: string;
  codeVerifier: string;
  timeoutMs?: number;
}

export interface RefreshRequest extends ValidateOptions {
  /** Where the connection signed in (login host or My Domain origin). */
  loginUrl: string;
  refreshToken: string;
  clientId: string;
  clientSecret?: string;
  timeoutMs?: number;
}

/** `https://host/services/oauth2/token` for a Salesforce login or My Domain URL, else undefined. */
export function tokenEndpoint(baseUrl: string): string | undefined {
  const origin = apiOrigin(baseUrl);
  return origin ? `${origin}/services/oauth2/token` : undefined;
}

export function exchangeCode(request: ExchangeCodeRequest, fetchFn: FetchFn): Promise<TokenResult> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: request.code,
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
  if (request.clientSecret) form.set('client_secret', request.clientSecret);
  return postToken(request.tokenUrl, form, request, fetchFn, request.redirectUri);
}

export function refreshAccessToken(
  request: RefreshRequest,
  fetchFn: FetchFn,
): Promise<TokenResult> {
  const url = tokenEndpoint(request.loginUrl);
  if (!url) return Promise.resolve(fail({ ...authProblem('host_not_allowed'), kind: 'invalid' }));

  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: request.refreshToken,
    client_id: request.clientId,
  });
  if (request.clientSecret) form.set('client_secret', request.clientSecret);
  return postToken(url, form, request, fetchFn, undefined);
}

async function postToken(
  url: string,
  form: URLSearchParams,
  options: ValidateOptions & { timeoutMs?: number },
  fetchFn: FetchFn,
  redirectUri: string | undefined,
): Promise<TokenResult> {
  // A code, verifier or secret is only ever sent to a Salesforce host.
  const target = apiOrigin(url) && new URL(url);
  if (!target || target.pathname !== '/services/oauth2/token') {
    return fail({ ...authProblem('host_not_allowed'), kind: 'invalid' });
  }

  let response: Response;
  let body: unknown;
  try {
    response = await fetchFn(target.toString(), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: form.toString(),
      credentials: 'omit',
      // A redirect would re-send the form elsewhere; a 3xx is reported as a refusal instead.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? TOKEN_TIMEOUT_MS),
    });
    body = await response.json().catch(() => undefined);
  } catch {
    return fail({ ...authProblem('network'), kind: 'network' });
  }

  if (!response.ok) return fail(refusal(response.status, body, redirectUri));

  const grant = validateTokenResponse(body, options);
  return grant.ok ? grant : fail({ ...grant.problem, kind: 'invalid' });
}

function refusal(status: number, body: unknown, redirectUri: string | undefined): TokenProblem {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const error = typeof record.error === 'string' ? record.error : undefined;
  const description =
    typeof record.error_description === 'string' ? record.error_description : undefined;

  const problem: AuthProblem = error
    ? problemFromOAuthError(error, description, redirectUri ? { redirectUri } : {})
    : authProblem('unknown', { salesforceError: `HTTP ${status}` });
  return { ...problem, kind: 'refused', status };
}

/** Revokes a refresh token (and its access tokens) at the login host; best effort on disconnect. */
export async function revokeToken(
  request: { loginUrl: string; token: string },
  fetchFn: FetchFn,
): Promise<Result<void, TokenProblem>> {
  const origin = apiOrigin(request.loginUrl);
  if (!origin) return fail({ ...authProblem('host_not_allowed'), kind: 'invalid' });

  try {
    const response = await fetchFn(`${origin}/services/oauth2/revoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: request.token }).toString(),
      credentials: 'omit',
      redirect: 'manual',
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
    const body: unknown = await response.json().catch(() => undefined);
    return response.ok
      ? { ok: true, value: undefined }
      : fail(refusal(response.status, body, undefined));
  } catch {
    return fail({ ...authProblem('network'), kind: 'network' });
  }
}
