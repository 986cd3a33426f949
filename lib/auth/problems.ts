import { t } from '../i18n';
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
    message: t('authProblem_redirect_uri_mismatch'),
    remedy: t(
      'authRemedy_redirect_uri_mismatch',
      ctx.redirectUri ?? 'https://<extension-id>.chromiumapp.org/',
    ),
    setting: 'salesforce:connected-app-callback-url',
  }),
  invalid_client_id: () => ({
    message: t('authProblem_invalid_client_id'),
    remedy: t('authRemedy_invalid_client_id'),
    setting: 'clientId',
  }),
  invalid_client: () => ({
    message: t('authProblem_invalid_client'),
    remedy: t('authRemedy_invalid_client'),
    setting: 'salesforce:connected-app-pkce-and-secret',
  }),
  OAUTH_APP_BLOCKED: () => ({
    message: t('authProblem_OAUTH_APP_BLOCKED'),
    remedy: t('authRemedy_OAUTH_APP_BLOCKED'),
    setting: 'salesforce:connected-app-policies',
  }),
  OAUTH_APP_ACCESS_DENIED: () => ({
    message: t('authProblem_OAUTH_APP_ACCESS_DENIED'),
    remedy: t('authRemedy_OAUTH_APP_ACCESS_DENIED'),
    setting: 'salesforce:connected-app-policies',
  }),
  access_denied: () => ({
    message: t('authProblem_access_denied'),
    remedy: t('authRemedy_access_denied'),
  }),
  invalid_scope: () => ({
    message: t('authProblem_invalid_scope'),
    remedy: t('authRemedy_invalid_scope'),
    setting: 'salesforce:connected-app-oauth-scopes',
  }),
  invalid_grant: (ctx) => ({
    message: ctx.salesforceDescription
      ? t('authProblem_invalid_grant_detail', ctx.salesforceDescription)
      : t('authProblem_invalid_grant'),
    remedy: t('authRemedy_invalid_grant'),
    setting: 'salesforce:connected-app-policies',
  }),
  pkce_required: () => ({
    message: t('authProblem_pkce_required'),
    remedy: t('authRemedy_pkce_required'),
    setting: 'salesforce:connected-app-pkce-and-secret',
  }),
  invalid_request: (ctx) => ({
    message: ctx.salesforceDescription
      ? t('authProblem_invalid_request_detail', ctx.salesforceDescription)
      : t('authProblem_invalid_request'),
    remedy: t('authRemedy_invalid_request'),
    setting: 'authBaseUrl',
  }),
  unsupported_grant_type: () => ({
    message: t('authProblem_unsupported_grant_type'),
    remedy: t('authRemedy_unsupported_grant_type'),
    setting: 'salesforce:connected-app-pkce-and-secret',
  }),
  login_host_forbidden: (ctx) => ({
    message: t('authProblem_login_host_forbidden'),
    remedy: ctx.myDomain
      ? t('authRemedy_login_host_forbidden_domain', ctx.myDomain)
      : t('authRemedy_login_host_forbidden'),
    setting: 'authBaseUrl',
  }),
  window_closed: () => ({
    message: t('authProblem_window_closed'),
    remedy: t('authRemedy_window_closed'),
  }),
  page_not_loaded: (ctx) => ({
    message: ctx.authBaseUrl
      ? t('authProblem_page_not_loaded_from', ctx.authBaseUrl)
      : t('authProblem_page_not_loaded'),
    remedy: t('authRemedy_page_not_loaded'),
    setting: 'authBaseUrl',
  }),
  interaction_required: () => ({
    message: t('authProblem_interaction_required'),
    remedy: t('authRemedy_connect'),
  }),
  state_mismatch: () => ({
    message: t('authProblem_state_mismatch'),
    remedy: t('authRemedy_state_mismatch'),
  }),
  missing_code: () => ({
    message: t('authProblem_missing_code'),
    remedy: t('authRemedy_connectAgain'),
  }),
  sign_in_expired: () => ({
    message: t('authProblem_sign_in_expired'),
    remedy: t('authRemedy_sign_in_expired'),
  }),
  network: () => ({
    message: t('sfErrorOffline'),
    remedy: t('sfErrorNothingChangedRemedy'),
  }),
  invalid_token_response: () => ({
    message: t('authProblem_invalid_token_response'),
    remedy: t('authRemedy_invalid_token_response'),
    setting: 'authBaseUrl',
  }),
  org_not_allowed: () => ({
    message: t('authProblem_org_not_allowed'),
    remedy: t('authRemedy_org_not_allowed'),
    setting: 'allowedOrgs',
  }),
  host_not_allowed: () => ({
    message: t('authProblem_host_not_allowed'),
    remedy: t('authRemedy_host_not_allowed'),
    setting: 'authBaseUrl',
  }),
  sandbox_landed_in_production: () => ({
    message: t('authProblem_sandbox_landed_in_production'),
    remedy: t('authRemedy_sandbox_landed_in_production'),
    setting: 'authBaseUrl',
  }),
  not_connected: () => ({
    message: t('authProblem_not_connected'),
    remedy: t('authRemedy_connect'),
  }),
  unknown: (ctx) => ({
    message: ctx.salesforceError
      ? t('authProblem_unknown_code', ctx.salesforceError)
      : t('authProblem_unknown'),
    remedy: t('authRemedy_unknown'),
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
