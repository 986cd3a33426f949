import { t } from '../i18n';
import { fail, ok, type Result } from '../result';

/**
 * Which workflow endpoints may receive record data. Hand-off is opt-in: `null` (not set) allows
 * none. An entry allows exactly its own address, or, when it ends in `/`, every address under that
 * path on the same origin. Both sides are normalised by the URL parser first, so `..` segments,
 * letter case in the host and default ports cannot slip past the comparison.
 */
function normalised(raw: string): URL | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname)
      return undefined;

    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

function matches(url: URL, entry: string): boolean {
  const allowed = normalised(entry);
  if (!allowed) return false;
  if (url.href === allowed.href) return true;

  return (
    allowed.pathname.endsWith('/') &&
    !allowed.search &&
    url.origin === allowed.origin &&
    url.pathname.startsWith(allowed.pathname)
  );
}

export function checkWorkflowEndpoint(
  url: string,
  allowedWorkflowEndpoints: readonly string[] | null,
): Result<string> {
  const target = normalised(url);
  if (!target) {
    return fail({
      code: 'handoff-endpoint-invalid',
      message: t('handoff_httpsOnly'),
    });
  }

  if (allowedWorkflowEndpoints === null || allowedWorkflowEndpoints.length === 0) {
    return fail({
      code: 'handoff-workflows-off',
      message: t('handoff_workflowsOff'),
      remedy: t('handoff_workflowsOffRemedy'),
    });
  }

  if (!allowedWorkflowEndpoints.some((entry) => matches(target, entry))) {
    return fail({
      code: 'handoff-endpoint-not-allowed',
      message: t('handoff_notAllowed', target.origin),
      remedy: t('handoff_notAllowedRemedy'),
    });
  }

  return ok(target.href);
}

export function isWorkflowAllowed(
  url: string,
  allowedWorkflowEndpoints: readonly string[] | null,
): boolean {
  return checkWorkflowEndpoint(url, allowedWorkflowEndpoints).ok;
}

/** What an audit entry may keep of an address: query strings often carry webhook secrets. */
export function auditDestination(url: string): string {
  const parsed = normalised(url);
  return parsed ? `${parsed.origin}${parsed.pathname}` : 'invalid address';
}
