import type { RecordContext } from '../../salesforce/record-context';
import type { RecordInsights } from '../record-insights';

import { streamedSentences } from './partial-output';
import type { FallbackCode, ProviderResult, SummariseOptions, SummaryProvider } from './types';

/** Why the built-in summary stays: a provider's fallback, or a setting that cannot work. */
export type ModelNoteCode = FallbackCode | 'no-endpoint' | 'empty';

/** What the panel shows about a model's summary of the record in view, beside the built-in one. */
export interface ModelSummaryView {
  provider: 'on-device' | 'openai-compatible';
  /** The name generated text is labelled with (the model policy sets). */
  label: string;
  /** Where the payload goes (OpenAI-compatible only). */
  endpoint?: string;
  status: 'working' | 'done' | 'fallback';
  /** Sentences written so far, while the model streams. */
  streamed: string[];
  /** The exact request body sent, formatted for reading. */
  payload?: string;
  note?: ModelNoteCode;
}

export interface ModelRunUpdate {
  view: ModelSummaryView;
  /** The built-in insights, or the model's summary and its checked updates merged into them. */
  insights: RecordInsights;
}

export interface ModelRun {
  provider: SummaryProvider;
  view: Pick<ModelSummaryView, 'provider' | 'label' | 'endpoint' | 'payload'>;
  context: RecordContext;
  insights: RecordInsights;
  opts: SummariseOptions;
  /** Called while text streams in, at most once per `intervalMs`. */
  progress: (update: ModelRunUpdate) => void;
  intervalMs?: number;
  clock?: () => number;
}

function wroteNothing(result: ProviderResult): boolean {
  const { summary } = result;
  return !summary.overview && summary.lenses.every((l) => l.sentences.length === 0);
}

/**
 * Asks a provider for the record's summary and turns its stream into panel updates. The built-in
 * insights stay whenever the model fails or writes nothing; a model's proposed updates arrive
 * already checked, the invalid ones among the dropped with their reasons.
 */
export async function runModelSummary(run: ModelRun): Promise<ModelRunUpdate> {
  const clock = run.clock ?? Date.now;
  const interval = run.intervalMs ?? 150;
  const working = (streamed: string[]): ModelRunUpdate => ({
    view: { ...run.view, status: 'working', streamed },
    insights: run.insights,
  });
  const fallback = (note: ModelNoteCode): ModelRunUpdate => ({
    view: { ...run.view, status: 'fallback', streamed: [], note },
    insights: run.insights,
  });

  run.progress(working([]));
  let text = '';
  let lastAt = clock();
  for await (const chunk of run.provider.stream(run.context, run.insights.facts, run.opts)) {
    if (chunk.type === 'text') {
      text += chunk.delta;
      const sentences = streamedSentences(text);
      if (clock() - lastAt < interval || sentences.length === 0) continue;

      lastAt = clock();
      run.progress(working(sentences));
      continue;
    }

    const result = chunk.result;
    if (result.fallback) return fallback(result.fallback.code);
    if (wroteNothing(result)) return fallback('empty');

    return {
      view: { ...run.view, status: 'done', streamed: [] },
      insights: {
        ...run.insights,
        summary: result.summary,
        suggestions: result.updates.suggestions,
        rejected: result.updates.rejected,
      },
    };
  }

  return fallback('invalid-response');
}
