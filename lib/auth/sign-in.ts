import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import { apiOrigin } from '../salesforce/hosts';
import { buildAuthorizeUrl, parseCallback, type AuthorizePrompt } from './authorize';
import type { ConnectionStore } from './connection-store';
import { buildConnection, type Connection, type ConnectionDetails } from './connections';
import { problemFromWebAuthFlowError } from './oauth-errors';
import { promisesSandbox } from './org-host';
import { savePendingSignIn, takePendingSignIn } from './pending';
import { createPkcePair, createState } from './pkce';
import { preflightAuthorizeUrl } from './preflight';
import { authProblem, type AuthProblem } from './problems';
import { exchangeCode, tokenEndpoint, type FetchFn } from './token';
import type { OrgCheck, TokenGrant } from './token-validate';

/**
 * The whole interactive sign-in, from the button to a stored connection. The browser parts are
 * injected: `launchWebAuthFlow` is `browser.identity.launchWebAuthFlow`, `fetchFn` is `fetch`.
 */
export interface SignInSettings {
  authBaseUrl: string;
  clientId: string;
  clientSecret?: string;
  /** `browser.identity.getRedirectURL()`. */
  redirectUri: string;
  prompt?: AuthorizePrompt;
  loginHint?: string;
}

export interface SignInDeps {
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  fetchFn: FetchFn;
  store: Pick<ConnectionStore, 'saveConnection' | 'setAccessToken' | 'setRefreshToken'>;
  loadDetails(grant: TokenGrant): Promise<Result<ConnectionDetails, AuthProblem>>;
  checkOrg?: OrgCheck;
  now?: () => number;
}

export async function signIn(
  settings: SignInSettings,
  deps: SignInDeps,
): Promise<Result<Connection, AuthProblem>> {
  const now = deps.now ?? Date.now;
  const origin = apiOrigin(settings.authBaseUrl);
  if (!origin) return fail(authProblem('host_not_allowed'));

  const ctx = { redirectUri: settings.redirectUri, authBaseUrl: origin };
  const pkce = await createPkcePair();
  const state = createState();
  await savePendingSignIn({
    verifier: pkce.verifier,
    state,
    authBaseUrl: origin,
    redirectUri: settings.redirectUri,
    createdAt: now(),
  });

  const authorizeUrl = buildAuthorizeUrl({
    authBaseUrl: origin,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    state,
    codeChallenge: pkce.challenge,
    ...(settings.prompt ? { prompt: settings.prompt } : {}),
    ...(settings.loginHint ? { loginHint: settings.loginHint } : {}),
  });

  let callbackUrl: string | undefined;
  try {
    callbackUrl = await deps.launchWebAuthFlow({ url: authorizeUrl, interactive: true });
  } catch (error) {
    await takePendingSignIn(now());
    return fail(await explainFailedWindow(error, authorizeUrl, ctx, deps.fetchFn));
  }

  // The worker may have restarted meanwhile: the verifier comes back from session storage.
  const pending = await takePendingSignIn(now());
  if (!pending.ok) return pending;
  if (!callbackUrl) return fail(authProblem('window_closed', ctx));

  const callback = parseCallback(callbackUrl, pending.value.state, ctx);
  if (!callback.ok) return callback;

  const tokenUrl = tokenEndpoint(pending.value.authBaseUrl);
  if (!tokenUrl) return fail(authProblem('host_not_allowed'));

  const exchanged = await exchangeCode(
    {
      tokenUrl,
      code: callback.value.code,
      clientId: settings.clientId,
      ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
      redirectUri: pending.value.redirectUri,
      codeVerifier: pending.value.verifier,
      ...(deps.checkOrg ? { checkOrg: deps.checkOrg } : {}),
    },
    deps.fetchFn,
  );
  if (!exchanged.ok) return fail(exchanged.problem);

  const grant = exchanged.value;
  const details = await deps.loadDetails(grant);
  if (!details.ok) return details;

  // A sandbox URL must never quietly connect a production org.
  if (promisesSandbox(origin) && !details.value.isSandbox) {
    return fail(authProblem('sandbox_landed_in_production', ctx));
  }

  // Refresh through the org's own My Domain: orgs may forbid the generic login hosts.
  const connection = buildConnection(grant, details.value, {
    loginUrl: grant.myDomain ? `https://${grant.apiHost}` : origin,
    clientId: settings.clientId,
    now: now(),
  });
  await deps.store.saveConnection(connection);
  await deps.store.setAccessToken(connection.key, {
    token: grant.accessToken,
    issuedAt: grant.issuedAt,
  });
  if (grant.refreshToken) {
    await deps.store.setRefreshToken(connection.key, grant.refreshToken, now());
  }

  return ok(connection);
}

const GENERIC_LOGIN_HOSTS = ['login.salesforce.com', 'test.salesforce.com'];

/**
 * Salesforce's error pages (unknown client id, unregistered callback, a login page that refuses
 * the generic host) never return to the extension: the window stays open until the user closes
 * it. So a closed or failed window asks the authorize URL where it lands before blaming the user.
 */
async function explainFailedWindow(
  error: unknown,
  authorizeUrl: string,
  ctx: { redirectUri: string; authBaseUrl: string },
  fetchFn: FetchFn,
): Promise<AuthProblem> {
  const problem = problemFromWebAuthFlowError(error, ctx);
  if (problem.code === 'page_not_loaded') {
    return (await preflightAuthorizeUrl(authorizeUrl, ctx, fetchFn)) ?? problem;
  }

  if (problem.code !== 'window_closed') return problem;

  const found = await preflightAuthorizeUrl(authorizeUrl, ctx, fetchFn);
  if (found && found.code !== 'network') return found;

  // The refusal of a generic login host is shown on the login page itself, which we cannot read.
  if (!GENERIC_LOGIN_HOSTS.includes(new URL(ctx.authBaseUrl).hostname)) return problem;
  const myDomain = authProblem('login_host_forbidden', ctx);
  return {
    ...problem,
    remedy: t('authRemedy_myDomainHint', [problem.remedy, myDomain.remedy]),
  };
}
