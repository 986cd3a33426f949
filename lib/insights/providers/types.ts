import type { RecordContext } from '../../salesforce/record-context';
import type { WritePolicy } from '../../settings/write-policy';
import type { Fact } from '../facts/types';
import type { SuggestionResult } from '../suggestions';
import type { Summary, SummaryOptions } from '../summary';

export interface SummariseOptions extends SummaryOptions {
  /** Proposed updates are checked against it before they are shown. */
  policy: WritePolicy;
  signal?: AbortSignal;
}

export type FallbackCode =
  | 'unavailable'
  | 'timeout'
  | 'aborted'
  | 'network'
  | 'http'
  | 'invalid-json'
  | 'invalid-response'
  | 'model-error';

export interface Fallback {
  code: FallbackCode;
  /** Says what failed without any record contents or secrets. */
  message: string;
}

export interface ProviderResult {
  summary: Summary;
  /** Rule suggestions, plus the model's when a model answered, all validated. */
  updates: SuggestionResult;
  fallback?: Fallback;
}

export type SummaryChunk =
  { type: 'text'; delta: string } | { type: 'done'; result: ProviderResult };

export interface SummaryProvider {
  id: 'builtin' | 'onDevice' | 'openaiCompatible';
  /** Text as it arrives (models only), then one `done` chunk with the checked result. */
  stream(
    context: RecordContext,
    facts: Fact[],
    opts: SummariseOptions,
  ): AsyncIterable<SummaryChunk>;
  summarise(context: RecordContext, facts: Fact[], opts: SummariseOptions): Promise<ProviderResult>;
}

/** `summarise` for providers that implement `stream`. */
export async function lastResult(chunks: AsyncIterable<SummaryChunk>): Promise<ProviderResult> {
  for await (const chunk of chunks) if (chunk.type === 'done') return chunk.result;

  throw new Error('A summary stream ended without a result.');
}
