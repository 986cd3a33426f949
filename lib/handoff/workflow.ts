import { t } from '../i18n';
import { fail, ok, type Problem, type Result } from '../result';
import type { RecordRef } from '../salesforce/record-context';

import type { ContextBundle } from './bundle-schema';
import { htmlToPlainText } from './plain-text';
import { auditDestination, checkWorkflowEndpoint } from './workflow-allow';

/**
 * Sends a bundle to a workflow endpoint (Power Automate, Zapier, n8n, an internal service) as one
 * JSON POST. Refuses without any request unless the endpoint is allowed; never follows a redirect
 * (a 307 would carry the body to an address nobody allowed); sends no cookies.
 */
export type HandoffTargetKind = 'copy-markdown' | 'copy-json' | 'web-app' | 'workflow';

/** For the caller to store in the audit log; holds no record contents and no query string. */
export interface HandoffAuditEntry {
  kind: 'handoff';
  target: HandoffTargetKind;
  /** ISO timestamp. */
  at: string;
  destination: string;
  recordRef: RecordRef;
  /** Bytes of the body that left (0 when refused). */
  bytes: number;
  /** The HTTP status, or null when there was none (refused, timeout, network). */
  status: number | null;
  outcome: 'sent' | 'refused' | 'failed';
}

export interface WorkflowResponse {
  status: number;
  /** The first characters of the answer, as plain text. */
  responseText: string;
  audit: HandoffAuditEntry;
}

export interface WorkflowProblem extends Problem {
  audit: HandoffAuditEntry;
}

export interface SendOptions {
  /** The effective `allowedWorkflowEndpoints`. */
  allowed: readonly string[] | null;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
  now?: () => Date;
}

export const MAX_RESPONSE_TEXT = 500;

export function bundleRecordRef(bundle: ContextBundle): RecordRef {
  return {
    orgId: bundle.record.orgId,
    apiHost: bundle.record.apiHost,
    objectApiName: bundle.record.objectApiName,
    recordId: bundle.record.id,
  };
}

function plainResponse(text: string): string {
  // Control characters could rewrite a terminal or log line when the text is shown or stored.
  const reduced = htmlToPlainText(text).replace(/\p{Cc}+/gu, ' ');
  return reduced.length > MAX_RESPONSE_TEXT ? `${reduced.slice(0, MAX_RESPONSE_TEXT)}…` : reduced;
}

export async function sendToWorkflow(
  url: string,
  bundle: ContextBundle,
  opts: SendOptions,
): Promise<Result<WorkflowResponse, WorkflowProblem>> {
  const now = opts.now ?? (() => new Date());
  const audit = (fields: Pick<HandoffAuditEntry, 'bytes' | 'status' | 'outcome'>) => ({
    kind: 'handoff' as const,
    target: 'workflow' as const,
    at: now().toISOString(),
    destination: auditDestination(url),
    recordRef: bundleRecordRef(bundle),
    ...fields,
  });

  const allowed = checkWorkflowEndpoint(url, opts.allowed);
  if (!allowed.ok) {
    return fail({
      ...allowed.problem,
      audit: audit({ bytes: 0, status: null, outcome: 'refused' }),
    });
  }

  const body = JSON.stringify(bundle);
  const bytes = new TextEncoder().encode(body).length;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 15_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const failed = (status: number | null, problem: Problem) =>
    fail({ ...problem, audit: audit({ bytes, status, outcome: 'failed' }) });

  let response: Response;
  try {
    response = await (opts.fetchFn ?? fetch)(allowed.value, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      redirect: 'manual',
      credentials: 'omit',
      signal,
    });
  } catch {
    if (timeout.aborted) {
      return failed(null, {
        code: 'handoff-timeout',
        message: t('handoff_timeout'),
      });
    }

    if (opts.signal?.aborted) {
      return failed(null, { code: 'handoff-aborted', message: t('handoff_cancelled') });
    }

    return failed(null, {
      code: 'handoff-network',
      message: t('handoff_unreachable'),
      remedy: t('handoff_unreachableRemedy'),
    });
  }

  const text = await response.text().catch(() => '');
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return failed(response.status || null, {
      code: 'handoff-redirect',
      message: t('handoff_redirect'),
      remedy: t('handoff_redirectRemedy'),
    });
  }

  if (!response.ok) {
    return failed(response.status, {
      code: 'handoff-http',
      message: t('handoff_http', String(response.status)),
    });
  }

  return ok({
    status: response.status,
    responseText: plainResponse(text),
    audit: audit({ bytes, status: response.status, outcome: 'sent' }),
  });
}
