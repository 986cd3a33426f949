import { t } from '../i18n';
import { redact } from '../log/redact';
import {
  checkEnvironment,
  checkLimits,
  checkObjects,
  checkPolicy,
  checkSettings,
  fromFailure,
  result,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type DiagnosticsDeps,
} from './diagnostic-checks';

export {
  CHECKED_OBJECTS,
  checkEnvironment,
  checkPolicy,
  checkSettings,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type DiagnosticsDeps,
  type DiagnosticsSettings,
  type PolicyIssue,
  type SignedInOrg,
} from './diagnostic-checks';

/**
 * The connection test on the settings page: ordered checks, each pass, warn, fail or skipped (when
 * an earlier check it depends on failed), with what was found and how to fix it. The runner only
 * calls injected functions, so the background supplies the real network steps.
 */
const ORDER: CheckId[] = [
  'policy',
  'settings',
  'auth-host',
  'sign-in',
  'environment',
  'rest-api',
  'object-access',
  'api-limits',
];

/** Runs every check in order; `onResult` lets the page show each as it finishes. */
export async function runDiagnostics(
  deps: DiagnosticsDeps,
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const add = (r: CheckResult) => {
    results.push(r);
    onResult?.(r);
  };
  const skipRest = (reason: string) => {
    // The policy check is only listed when it finds something, so skip by id, not by position.
    const rest = ORDER.filter((id) => id !== 'policy' && !results.some((r) => r.id === id));
    for (const id of rest) add(result(id, 'skipped', reason));
  };

  const policy = checkPolicy(deps.policyProblems ?? []);
  if (policy) add(policy);

  const settings = checkSettings(deps.settings);
  add(settings);
  if (settings.status === 'fail') {
    skipRest(t('diag_skipSettings'));
    return results;
  }

  const probe = await deps.probeAuthHost(deps.settings.authBaseUrl);
  const preflight = probe.ok ? await deps.diagnoseAuthorize?.() : undefined;
  if (!probe.ok) add(fromFailure('auth-host', probe.problem));
  else if (preflight) add(fromFailure('auth-host', preflight));
  else add(result('auth-host', 'pass', t('diag_authHostOk', deps.settings.authBaseUrl)));
  if (results.at(-1)?.status === 'fail') {
    skipRest(t('diag_skipAuthHost'));
    return results;
  }

  const signIn = await deps.signIn();
  if (!signIn.ok) {
    add(fromFailure('sign-in', signIn.problem));
    skipRest(t('diag_skipSignIn'));
    return results;
  }

  add(result('sign-in', 'pass', t('diag_signedIn', signIn.value.orgName)));
  add(checkEnvironment(deps.settings.authBaseUrl, signIn.value));

  const rest = await deps.checkRestApi();
  if (!rest.ok) {
    add(fromFailure('rest-api', rest.problem));
    skipRest(t('diag_skipRestApi'));
    return results;
  }

  add(result('rest-api', 'pass', t('diag_restApiOk', signIn.value.apiHost)));
  add(await checkObjects(deps));

  const limits = await deps.limits();
  add(limits.ok ? checkLimits(limits.value) : fromFailure('api-limits', limits.problem, 'warn'));
  return results;
}

const MARK: Record<CheckStatus, string> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  skipped: 'SKIP',
};

/**
 * Plain text for a support ticket. Never contains a token: every line goes through the log
 * redactor, and `secrets` (the tokens and client secret the background holds) are cut out exactly.
 */
export function formatDiagnostics(
  results: CheckResult[],
  options: { secrets?: string[]; header?: string[] } = {},
): string {
  const lines = [...(options.header ?? [])];
  for (const r of results) {
    lines.push(`[${MARK[r.status]}] ${r.title}: ${r.detail}`);
    if (r.fix && r.status !== 'pass' && r.status !== 'skipped') lines.push(`       Fix: ${r.fix}`);
  }

  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  return lines
    .map((line) => secrets.reduce((acc, secret) => acc.split(secret).join('[redacted]'), line))
    .map(redact)
    .join('\n');
}
