import type { Settings } from './settings-model';

/** What sign-in needs from the effective settings. */
export interface ConnectionSettings {
  enabled: boolean;
  clientId: string;
  /** Empty for a public client using PKCE without a secret (the recommended set-up). */
  clientSecret: string;
  authBaseUrl: string;
}

export function connectionOf(effective: { values: Settings }): ConnectionSettings {
  const v = effective.values;
  return {
    enabled: v.salesforceEnabled,
    clientId: v.clientId,
    clientSecret: v.clientSecret,
    authBaseUrl: v.authBaseUrl,
  };
}

/** The OAuth scopes Sofie asks for, each with why (shown on the options page and in the guide). */
export const OAUTH_SCOPES = ['api', 'refresh_token', 'offline_access'] as const;
