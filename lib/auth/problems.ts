import type { Problem } from '../result';

/**
 * Everything that can go wrong while connecting, as values the UI can show: what happened, what to
 * do, and which setting (ours, or a Salesforce setup page) to look at. Messages never carry a
 * token, a code or a secret.
 */
export type AuthProblemCode =
  | 'redirect_uri_mismatch'
  | 'invalid_client_id'
  | 'invalid_client'
  | 'OAUTH_APP_BLOCKED'
  | 'OAUTH_APP_ACCESS_DENIED'
  | 'access_denied'
  | 'invalid_scope'
  | 'invalid_grant'
  | 'pkce_required'
  | 'invalid_request'
  | 'unsupported_grant_type'
  | 'login_host_forbidden'
  | 'window_closed'
  | 'page_not_loaded'
  | 'interaction_required'
  | 'state_mismatch'
  | 'missing_code'
  | 'sign_in_expired'
  | 'network'
  | 'invalid_token_response'
  | 'org_not_allowed'
  | 'host_not_allowed'
  | 'sandbox_landed_in_production'
  | 'not_connected'
  | 'unknown';

/** Our settings by key, or a Salesforce setup page an admin opens. */
export type AuthSetting =
  | 'authBaseUrl'
  | 'clientId'
  | 'clientSecret'
  | 'allowedOrgs'
  | 'salesforce:connected-app-callback-url'
  | 'salesforce:connected-app-oauth-scopes'
  | 'salesforce:connected-app-pkce-and-secret'
  | 'salesforce:connected-app-policies'
  | 'salesforce:my-domain-login-policy';

export interface AuthProblem extends Problem {
  code: AuthProblemCode;
  message: string;
  remedy: string;
  setting?: AuthSetting;
  /** Salesforce's own `error` and `error_description`, when it gave them (never secret). */
  salesforceError?: string;
  salesforceDescription?: string;
}

export interface ProblemContext {
  /** The exact callback URL the connected app must list. */
  redirectUri?: string;
  authBaseUrl?: string;
  /** The org's My Domain host, when known. */
  myDomain?: string;
  salesforceError?: string;
  salesforceDescription?: string;
}

type Entry = Pick<AuthProblem, 'message' | 'remedy' | 'setting'>;

const CATALOGUE: Record<AuthProblemCode, (ctx: ProblemContext) => Entry> = {
  redirect_uri_mismatch: (ctx) => ({
    message: 'Salesforce does not know Sofie’s callback URL for this connected app.',
    remedy: `Add this exact callback URL to the connected app (or External Client App): ${ctx.redirectUri ?? 'https://<extension-id>.chromiumapp.org/'}`,
    setting: 'salesforce:connected-app-callback-url',
  }),
  invalid_client_id: () => ({
    message: 'Salesforce does not recognise the consumer key (client id).',
    remedy:
      'Copy the consumer key from the connected app into Sofie’s settings, and check the auth base URL points at the org that owns the app. A new app can take up to 10 minutes to work.',
    setting: 'clientId',
  }),
  invalid_client: () => ({
    message: 'Salesforce refused the client secret.',
    remedy:
      'Sofie is a public client: turn off “Require secret for web server flow” and “Require secret for refresh token flow” in the connected app and keep “Require PKCE” on, then clear the secret in Sofie’s settings. If the app must keep a secret, enter the current one.',
    setting: 'salesforce:connected-app-pkce-and-secret',
  }),
  OAUTH_APP_BLOCKED: () => ({
    message: 'The connected app is blocked in this org.',
    remedy: 'Ask your Salesforce admin to unblock the app in Setup → Connected Apps OAuth Usage.',
    setting: 'salesforce:connected-app-policies',
  }),
  OAUTH_APP_ACCESS_DENIED: () => ({
    message: 'Your user is not approved to use this connected app.',
    remedy:
      'Ask your Salesforce admin to pre-authorise your profile or a permission set of yours in the connected app’s policies (“Admin approved users are pre-authorized”).',
    setting: 'salesforce:connected-app-policies',
  }),
  access_denied: () => ({
    message: 'Access was denied on the Salesforce approval page.',
    remedy: 'Connect again and choose Allow when Salesforce asks whether Sofie may have access.',
  }),
  invalid_scope: () => ({
    message: 'The connected app does not offer the permissions Sofie asks for.',
    remedy:
      'Add the OAuth scopes “Manage user data via APIs (api)” and “Perform requests at any time (refresh_token, offline_access)” to the connected app.',
    setting: 'salesforce:connected-app-oauth-scopes',
  }),
  invalid_grant: (ctx) => ({
    message: `The sign-in is no longer valid (expired, revoked or refused)${ctx.salesforceDescription ? `: ${ctx.salesforceDescription}` : ''}.`,
    remedy: 'Connect again. If it keeps happening, check the connected app’s refresh token policy.',
    setting: 'salesforce:connected-app-policies',
  }),
  pkce_required: () => ({
    message: 'Salesforce rejected the PKCE code challenge.',
    remedy:
      'Sofie always sends PKCE (S256). Check the connected app has “Require Proof Key for Code Exchange (PKCE)” enabled for supported authorization flows and that nothing rewrites the sign-in URL.',
    setting: 'salesforce:connected-app-pkce-and-secret',
  }),
  invalid_request: (ctx) => ({
    message: `Salesforce rejected the sign-in request${ctx.salesforceDescription ? `: ${ctx.salesforceDescription}` : ''}.`,
    remedy: 'Check the auth base URL and the consumer key in Sofie’s settings, then connect again.',
    setting: 'authBaseUrl',
  }),
  unsupported_grant_type: () => ({
    message: 'The connected app does not allow the authorization code flow.',
    remedy: 'Enable OAuth settings with the authorization code (web server) flow in the app.',
    setting: 'salesforce:connected-app-pkce-and-secret',
  }),
  login_host_forbidden: (ctx) => ({
    message: 'Your org does not allow sign-in through the generic login page.',
    remedy: `Set the auth base URL to your org’s My Domain${ctx.myDomain ? ` (https://${ctx.myDomain})` : ', such as https://acme.my.salesforce.com'}.`,
    setting: 'authBaseUrl',
  }),
  window_closed: () => ({
    message: 'The sign-in window was closed before sign-in finished.',
    remedy: 'Connect again and complete the Salesforce sign-in and approval in the window.',
  }),
  page_not_loaded: (ctx) => ({
    message: `The Salesforce sign-in page could not be loaded${ctx.authBaseUrl ? ` from ${ctx.authBaseUrl}` : ''}.`,
    remedy:
      'Check the auth base URL and your network, then run the connection test: it reads the page Salesforce shows and explains it.',
    setting: 'authBaseUrl',
  }),
  interaction_required: () => ({
    message: 'Salesforce needs you to sign in.',
    remedy: 'Click Connect to sign in.',
  }),
  state_mismatch: () => ({
    message: 'The sign-in reply did not match the sign-in Sofie started, so it was ignored.',
    remedy: 'Connect again. If this repeats, another tab or extension may be interfering.',
  }),
  missing_code: () => ({
    message: 'Salesforce returned without an authorization code.',
    remedy: 'Connect again.',
  }),
  sign_in_expired: () => ({
    message: 'The sign-in took too long and was abandoned.',
    remedy: 'Connect again and finish within 10 minutes.',
  }),
  network: () => ({
    message: 'Salesforce could not be reached. You may be offline.',
    remedy: 'Check your connection and try again. Nothing was changed.',
  }),
  invalid_token_response: () => ({
    message: 'Salesforce’s answer to the sign-in was not what Sofie expects, so it was not used.',
    remedy: 'Check the auth base URL points at Salesforce, then connect again.',
    setting: 'authBaseUrl',
  }),
  org_not_allowed: () => ({
    message: 'This Salesforce org is not one your organisation allows Sofie to use.',
    remedy: 'Sign in to an allowed org, or ask your admin to add this org to the allowed orgs.',
    setting: 'allowedOrgs',
  }),
  host_not_allowed: () => ({
    message: 'Salesforce answered with a host that is not a Salesforce API host.',
    remedy: 'Check the auth base URL is your Salesforce login or My Domain URL.',
    setting: 'authBaseUrl',
  }),
  sandbox_landed_in_production: () => ({
    message: 'You asked for a sandbox but signed in to a production org.',
    remedy:
      'Use https://test.salesforce.com or the sandbox My Domain (…--name.sandbox.my.salesforce.com) as the auth base URL, and sign in with the sandbox username.',
    setting: 'authBaseUrl',
  }),
  not_connected: () => ({
    message: 'Sofie is not connected to this Salesforce org.',
    remedy: 'Click Connect to sign in.',
  }),
  unknown: (ctx) => ({
    message: `Sign-in failed${ctx.salesforceError ? ` (${ctx.salesforceError})` : ''}.`,
    remedy: 'Run the connection test in Sofie’s settings; it checks each step.',
  }),
};

export function authProblem(code: AuthProblemCode, ctx: ProblemContext = {}): AuthProblem {
  const entry = CATALOGUE[code](ctx);
  const problem: AuthProblem = { code, message: entry.message, remedy: entry.remedy };
  if (entry.setting) problem.setting = entry.setting;
  if (ctx.salesforceError) problem.salesforceError = ctx.salesforceError;
  if (ctx.salesforceDescription) problem.salesforceDescription = ctx.salesforceDescription;
  return problem;
}
