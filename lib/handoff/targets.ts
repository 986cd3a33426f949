import type { Settings } from '../settings/settings-model';

import type { ContextBundle } from './bundle-schema';
import { DEFAULT_MAX_URL_LENGTH, webAppUrl } from './fragment';
import { renderBundleMarkdown } from './markdown';
import type { HandoffAuditEntry, HandoffTargetKind } from './workflow';
import { bundleRecordRef } from './workflow';
import { auditDestination, checkWorkflowEndpoint } from './workflow-allow';

/**
 * What a hand-off would do, shown to the person before anything leaves: where to, how, the exact
 * body, and whether policy allows it. The panel acts only on an allowed preview.
 */
export type HandoffTarget =
  | { kind: 'copy-markdown' }
  | { kind: 'copy-json' }
  | { kind: 'web-app' }
  | { kind: 'workflow'; url: string };

export interface HandoffPreview {
  target: HandoffTargetKind;
  /** `clipboard`, the web app address without the fragment, or the workflow address. */
  destination: string;
  method: 'clipboard' | 'open-tab' | 'POST';
  /** Exactly what leaves: the Markdown, or the JSON that is copied, encoded or posted. */
  bodyPreview: string;
  bytes: number;
  allowed: boolean;
  reason?: string;
  /** The web app address to open, fragment included (web app only, when allowed). */
  url?: string;
}

export type HandoffSettings = Pick<Settings, 'sofieWebAppUrl' | 'allowedWorkflowEndpoints'>;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

export function previewHandoff(
  target: HandoffTarget,
  bundle: ContextBundle,
  settings: HandoffSettings,
  opts: { maxUrlLength?: number } = {},
): HandoffPreview {
  const json = JSON.stringify(bundle, null, 2);
  switch (target.kind) {
    case 'copy-markdown': {
      const markdown = renderBundleMarkdown(bundle);
      return {
        target: target.kind,
        destination: 'clipboard',
        method: 'clipboard',
        bodyPreview: markdown,
        bytes: byteLength(markdown),
        allowed: true,
      };
    }

    case 'copy-json':
      return {
        target: target.kind,
        destination: 'clipboard',
        method: 'clipboard',
        bodyPreview: json,
        bytes: byteLength(json),
        allowed: true,
      };
    case 'web-app': {
      const url = webAppUrl(settings.sofieWebAppUrl, bundle, {
        maxLength: opts.maxUrlLength ?? DEFAULT_MAX_URL_LENGTH,
      });
      const base = settings.sofieWebAppUrl.trim().replace(/#.*$/, '');
      const preview: HandoffPreview = {
        target: target.kind,
        destination: base || 'not set',
        method: 'open-tab',
        bodyPreview: json,
        bytes: byteLength(JSON.stringify(bundle)),
        allowed: url.ok,
      };
      if (url.ok) preview.url = url.value;
      else preview.reason = url.problem.message;
      return preview;
    }

    case 'workflow': {
      const body = JSON.stringify(bundle);
      const check = checkWorkflowEndpoint(target.url, settings.allowedWorkflowEndpoints);
      const preview: HandoffPreview = {
        target: target.kind,
        destination: check.ok ? check.value : target.url,
        method: 'POST',
        bodyPreview: json,
        bytes: byteLength(body),
        allowed: check.ok,
      };
      if (!check.ok) preview.reason = check.problem.message;
      return preview;
    }
  }
}

/** The audit entry for a copy or a web app hand-off, once the person went ahead. */
export function handoffAuditEntry(
  preview: HandoffPreview,
  bundle: ContextBundle,
  now: Date,
): HandoffAuditEntry {
  return {
    kind: 'handoff',
    target: preview.target,
    at: now.toISOString(),
    destination:
      preview.method === 'clipboard' ? 'clipboard' : auditDestination(preview.destination),
    recordRef: bundleRecordRef(bundle),
    bytes: preview.allowed ? preview.bytes : 0,
    status: null,
    outcome: preview.allowed ? 'sent' : 'refused',
  };
}
