import type { Settings } from '../../settings/settings-model';

import { chatCompletionsUrl } from './openai-compatible';

/**
 * Which model, if any, the effective settings ask to write summaries. Endpoint and model are
 * policy-only values: a person cannot send record data somewhere an admin did not choose.
 */
export type ModelTarget =
  | { kind: 'none' }
  | { kind: 'on-device' }
  | { kind: 'openai-compatible'; baseUrl: string; url: string; model: string }
  /** `openai-compatible` chosen without an endpoint: nothing can be sent. */
  | { kind: 'no-endpoint' };

export function modelTargetOf(
  settings: Pick<Settings, 'summaryProvider' | 'summaryEndpoint' | 'summaryModel'>,
): ModelTarget {
  switch (settings.summaryProvider) {
    case 'builtin':
      return { kind: 'none' };
    case 'on-device':
      return { kind: 'on-device' };
    case 'openai-compatible': {
      const baseUrl = settings.summaryEndpoint.trim();
      if (!baseUrl) return { kind: 'no-endpoint' };

      return {
        kind: 'openai-compatible',
        baseUrl,
        url: chatCompletionsUrl(baseUrl),
        model: settings.summaryModel.trim(),
      };
    }
  }
}

/** What the panel labels generated text with: the model's name, else the endpoint's host. */
export function modelLabelOf(target: ModelTarget): string {
  if (target.kind !== 'openai-compatible') return '';
  return target.model || new URL(target.url).host;
}
