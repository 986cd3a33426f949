import type { RecordContext } from '../../salesforce/record-context';
import type { Fact } from '../facts/types';
import { suggestUpdates } from '../suggestions';
import { summariseFacts } from '../summary';

import type { Fallback, ProviderResult, SummariseOptions, SummaryProvider } from './types';
import { lastResult } from './types';

/** The default: deterministic sentences and rules, computed here; no data leaves the browser. */
export function builtinResult(
  context: RecordContext,
  facts: Fact[],
  opts: SummariseOptions,
  fallback?: Fallback,
): ProviderResult {
  const summary = summariseFacts(facts, opts);
  const updates = suggestUpdates(context, facts, opts);
  if (!fallback) return { summary, updates };

  return { summary: { ...summary, fallbackReason: fallback.message }, updates, fallback };
}

export const builtinProvider: SummaryProvider = {
  id: 'builtin',
  async *stream(context, facts, opts) {
    await Promise.resolve();
    yield { type: 'done', result: builtinResult(context, facts, opts) };
  },
  summarise(context, facts, opts) {
    return lastResult(this.stream(context, facts, opts));
  },
};
