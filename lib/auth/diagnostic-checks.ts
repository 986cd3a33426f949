import type { Result } from '../result';
import { apiOrigin } from '../salesforce/hosts';
import type { SalesforceError } from '../salesforce-client/errors';
import { environmentFromHost, promisesSandbox } from './org-host';
import type { AuthProblem } from './problems';

/**
 * The individual checks of the connection test (see ./diagnostics.ts for the runner): each turns
 * what was found into a pass, warn or fail with a detail and a fix.
 */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

export type CheckId =
  | 'policy'
  | 'settings'
  | 'auth-host'
  | 'sign-in'
  | 'environment'
  | 'rest-api'
  | 'object-access'
  | 'api-limits';

export interface CheckResult {
  id: CheckId;
  title: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

export interface DiagnosticsSettings {
  authBaseUrl: string;
  clientId: string;
  redirectUri: string;
  clientSecret?: string;
}

export interface SignedInOrg {
  orgId: string;
  orgName: string;
  isSandbox: boolean;
  apiHost: string;
}

export type Failure = Pick<AuthProblem | SalesforceError, 'message' | 'remedy'>;

/** A key of the admin policy Sofie could not use (from lib/settings/read-policy). */
export interface PolicyIssue {
  key: string;
  value: string;
  reason: string;
}

export interface DiagnosticsDeps {
  settings: DiagnosticsSettings;
  /** What was wrong with the admin policy; the test lists it first, as a warning. */
  policyProblems?: PolicyIssue[];
  /** GET `<authBaseUrl>/.well-known/openid-configuration`; ok when Salesforce answers as Salesforce. */
  probeAuthHost(authBaseUrl: string): Promise<Result<void, Failure>>;
  /** Fetch the authorize URL following redirects and `diagnoseAuthorizePage(response.url)`. */
  diagnoseAuthorize?(): Promise<AuthProblem | undefined>;
  signIn(): Promise<Result<SignedInOrg, Failure>>;
  /** `GET /services/data/vNN.0/`. */
  checkRestApi(): Promise<Result<void, Failure>>;
  describeObject(
    name: string,
  ): Promise<Result<{ queryable: boolean; updateable: boolean }, Failure>>;
  limits(): Promise<
    Result<Record<string, { Max: number; Remaining: number } | undefined>, Failure>
  >;
}

export const CHECKED_OBJECTS = ['Account', 'Contact', 'Opportunity', 'Case'] as const;

const TITLES: Record<CheckId, string> = {
  policy: 'The admin policy can be used as written',
  settings: 'Settings are complete',
  'auth-host': 'The auth base URL answers as Salesforce',
  'sign-in': 'Sign-in works',
  environment: 'The org is the kind the auth base URL promises',
  'rest-api': 'The REST API answers',
  'object-access': 'You can read and update Accounts, Contacts, Opportunities and Cases',
  'api-limits': 'The org has API requests left today',
};

export const result = (
  id: CheckId,
  status: CheckStatus,
  detail: string,
  fix?: string,
): CheckResult =>
  fix ? { id, title: TITLES[id], status, detail, fix } : { id, title: TITLES[id], status, detail };

export const fromFailure = (id: CheckId, failure: Failure, status: CheckStatus = 'fail') =>
  result(id, status, failure.message, failure.remedy);

/** A warning naming each policy key Sofie could not use and why; undefined when there are none. */
export function checkPolicy(problems: readonly PolicyIssue[]): CheckResult | undefined {
  if (problems.length === 0) return undefined;
  const listed = problems.map((p) => `${p.key} (${p.value}): ${p.reason}`).join(' ');
  return result(
    'policy',
    'warn',
    `Sofie could not use ${problems.length === 1 ? 'one policy key' : `${problems.length} policy keys`}. ${listed}`,
    'Ask your Salesforce or IT admin to correct these keys in the managed policy; chrome://policy (or edge://policy) shows what the browser read.',
  );
}

export function checkSettings(settings: DiagnosticsSettings): CheckResult {
  if (!apiOrigin(settings.authBaseUrl)) {
    return result(
      'settings',
      'fail',
      'The auth base URL is not a Salesforce login or My Domain URL.',
      'Use https://login.salesforce.com, https://test.salesforce.com or your My Domain URL.',
    );
  }

  if (!/^\S{10,}$/.test(settings.clientId)) {
    return result(
      'settings',
      'fail',
      'The consumer key (client id) is missing or malformed.',
      'Copy the consumer key from the connected app.',
    );
  }

  if (!/^https:\/\/[a-p]{32}\.chromiumapp\.org\//.test(settings.redirectUri)) {
    return result(
      'settings',
      'warn',
      `The callback URL ${settings.redirectUri} is not an extension callback URL.`,
      'Use the callback URL Sofie shows and register it in the connected app.',
    );
  }

  if (settings.clientSecret) {
    return result(
      'settings',
      'warn',
      'A client secret is set. A browser extension cannot keep a secret.',
      'Turn off “Require secret” in the connected app, keep PKCE on, and clear the secret here.',
    );
  }

  return result('settings', 'pass', `Callback URL: ${settings.redirectUri}`);
}

export function checkEnvironment(authBaseUrl: string, org: SignedInOrg): CheckResult {
  const promised = promisesSandbox(authBaseUrl);
  const kind = org.isSandbox ? 'a sandbox' : 'a production org';
  const detail = `Signed in to ${org.orgName} (${org.orgId}), ${kind}, API host ${org.apiHost}.`;

  if (promised && !org.isSandbox) {
    return result(
      'environment',
      'fail',
      `${detail} The auth base URL is a sandbox URL.`,
      'Use the sandbox My Domain or https://test.salesforce.com and sign in with the sandbox username.',
    );
  }

  const host = (() => {
    try {
      return new URL(authBaseUrl).hostname;
    } catch {
      return '';
    }
  })();
  if (!promised && org.isSandbox && environmentFromHost(host) === 'production') {
    return result(
      'environment',
      'warn',
      `${detail} The auth base URL looks like production.`,
      'If you meant to use this sandbox, set the auth base URL to its My Domain.',
    );
  }

  return result('environment', 'pass', detail);
}

export async function checkObjects(deps: DiagnosticsDeps): Promise<CheckResult> {
  const unreadable: string[] = [];
  const readOnly: string[] = [];
  for (const name of CHECKED_OBJECTS) {
    const described = await deps.describeObject(name);
    if (!described.ok || !described.value.queryable) unreadable.push(name);
    else if (!described.value.updateable) readOnly.push(name);
  }

  if (unreadable.length === 0 && readOnly.length === 0) {
    return result('object-access', 'pass', 'All four can be read and updated.');
  }

  const parts = [
    unreadable.length ? `cannot read ${unreadable.join(', ')}` : '',
    readOnly.length ? `can read but not update ${readOnly.join(', ')}` : '',
  ].filter(Boolean);
  return result(
    'object-access',
    'warn',
    `The connected user ${parts.join('; ')}.`,
    'Ask your admin to check the object permissions of your profile and permission sets.',
  );
}

export function checkLimits(
  limits: Record<string, { Max: number; Remaining: number } | undefined>,
) {
  const daily = limits.DailyApiRequests;
  if (!daily || daily.Max <= 0) {
    return result('api-limits', 'warn', 'Salesforce did not report the daily API limit.');
  }

  const detail = `${daily.Remaining} of ${daily.Max} daily API requests left.`;
  return daily.Remaining / daily.Max < 0.1
    ? result(
        'api-limits',
        'warn',
        detail,
        'The org is close to its daily limit; Sofie may stop working until it resets.',
      )
    : result('api-limits', 'pass', detail);
}
