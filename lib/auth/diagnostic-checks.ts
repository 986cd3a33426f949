import { t, type MessageKey } from '../i18n';
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

const TITLES: Record<CheckId, MessageKey> = {
  policy: 'diagTitle_policy',
  settings: 'diagTitle_settings',
  'auth-host': 'diagTitle_authHost',
  'sign-in': 'diagTitle_signIn',
  environment: 'diagTitle_environment',
  'rest-api': 'diagTitle_restApi',
  'object-access': 'diagTitle_objectAccess',
  'api-limits': 'diagTitle_apiLimits',
};

export const result = (
  id: CheckId,
  status: CheckStatus,
  detail: string,
  fix?: string,
): CheckResult =>
  fix
    ? { id, title: t(TITLES[id]), status, detail, fix }
    : { id, title: t(TITLES[id]), status, detail };

export const fromFailure = (id: CheckId, failure: Failure, status: CheckStatus = 'fail') =>
  result(id, status, failure.message, failure.remedy);

/** A warning naming each policy key Sofie could not use and why; undefined when there are none. */
export function checkPolicy(problems: readonly PolicyIssue[]): CheckResult | undefined {
  if (problems.length === 0) return undefined;
  const listed = problems.map((p) => `${p.key} (${p.value}): ${p.reason}`).join(' ');
  const count =
    problems.length === 1
      ? t('diag_policyProblemsOne', listed)
      : t('diag_policyProblemsMany', [String(problems.length), listed]);
  return result('policy', 'warn', count, t('diag_policyProblemsFix'));
}

export function checkSettings(settings: DiagnosticsSettings): CheckResult {
  if (!apiOrigin(settings.authBaseUrl)) {
    return result('settings', 'fail', t('diag_badAuthUrl'), t('diag_badAuthUrlFix'));
  }

  if (!/^\S{10,}$/.test(settings.clientId)) {
    return result('settings', 'fail', t('diag_badClientId'), t('diag_badClientIdFix'));
  }

  if (!/^https:\/\/[a-p]{32}\.chromiumapp\.org\//.test(settings.redirectUri)) {
    return result(
      'settings',
      'warn',
      t('diag_badCallback', settings.redirectUri),
      t('diag_badCallbackFix'),
    );
  }

  if (settings.clientSecret) {
    return result('settings', 'warn', t('diag_secretSet'), t('diag_secretSetFix'));
  }

  return result('settings', 'pass', t('diag_callbackUrl', settings.redirectUri));
}

export function checkEnvironment(authBaseUrl: string, org: SignedInOrg): CheckResult {
  const promised = promisesSandbox(authBaseUrl);
  const detail = t(org.isSandbox ? 'diag_signedInSandbox' : 'diag_signedInProduction', [
    org.orgName,
    org.orgId,
    org.apiHost,
  ]);

  if (promised && !org.isSandbox) {
    return result(
      'environment',
      'fail',
      t('diag_promisedSandbox', detail),
      t('diag_promisedSandboxFix'),
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
      t('diag_looksProduction', detail),
      t('diag_looksProductionFix'),
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
    return result('object-access', 'pass', t('diag_objectsOk'));
  }

  const parts = [
    unreadable.length ? t('diag_cannotRead', unreadable.join(', ')) : '',
    readOnly.length ? t('diag_readOnly', readOnly.join(', ')) : '',
  ].filter(Boolean);
  return result(
    'object-access',
    'warn',
    t('diag_objectsProblem', parts.join('; ')),
    t('diag_objectsFix'),
  );
}

export function checkLimits(
  limits: Record<string, { Max: number; Remaining: number } | undefined>,
) {
  const daily = limits.DailyApiRequests;
  if (!daily || daily.Max <= 0) {
    return result('api-limits', 'warn', t('diag_noLimit'));
  }

  const detail = t('diag_limitLeft', [String(daily.Remaining), String(daily.Max)]);
  return daily.Remaining / daily.Max < 0.1
    ? result('api-limits', 'warn', detail, t('diag_limitLow'))
    : result('api-limits', 'pass', detail);
}
