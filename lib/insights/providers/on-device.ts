import type { RecordContext } from '../../salesforce/record-context';
import type { Fact } from '../facts/types';
import { suggestUpdates } from '../suggestions';

import { builtinResult } from './builtin';
import { SYSTEM_PROMPT, buildGrounding } from './grounding';
import { fromModelOutput, parseModelOutput } from './model-output';
import type { Fallback, SummariseOptions, SummaryChunk, SummaryProvider } from './types';
import { lastResult } from './types';

/**
 * Chrome's built-in AI (Gemini Nano): the `LanguageModel` global, else `Summarizer`. Data stays on
 * the device. Used only when the browser says the model is 'available' now: Sofie never starts a
 * model download on its own.
 */
type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface Destroyable {
  destroy?(): void;
}

export interface LanguageModelSession extends Destroyable {
  prompt(
    input: string,
    opts?: { responseConstraint?: unknown; signal?: AbortSignal },
  ): Promise<string>;
}

export interface LanguageModelApi {
  availability(): Promise<Availability>;
  create(opts: {
    initialPrompts: { role: 'system'; content: string }[];
    signal?: AbortSignal;
  }): Promise<LanguageModelSession>;
}

export interface SummarizerSession extends Destroyable {
  summarize(input: string, opts?: { context?: string; signal?: AbortSignal }): Promise<string>;
}

export interface SummarizerApi {
  availability(): Promise<Availability>;
  create(opts: {
    type: 'key-points' | 'tldr';
    format: 'plain-text' | 'markdown';
    length: 'short' | 'medium' | 'long';
    sharedContext?: string;
    signal?: AbortSignal;
  }): Promise<SummarizerSession>;
}

export interface OnDeviceGlobals {
  LanguageModel?: LanguageModelApi;
  Summarizer?: SummarizerApi;
}

/** The JSON shape the model must answer in (Chrome's `responseConstraint`). */
const RESPONSE_SCHEMA = {
  type: 'object',
  required: ['summary', 'updates'],
  properties: {
    summary: {
      type: 'object',
      properties: Object.fromEntries(
        ['quality', 'customer', 'project'].map((lens) => [
          lens,
          {
            type: 'array',
            items: {
              type: 'object',
              required: ['text'],
              properties: {
                text: { type: 'string' },
                facts: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        ]),
      ),
    },
    updates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'value'],
        properties: {
          field: { type: 'string' },
          value: { type: ['string', 'number', 'boolean', 'null'] },
          reason: { type: 'string' },
          confidence: { type: 'number' },
        },
      },
    },
  },
};

async function isAvailable(api: { availability(): Promise<Availability> } | undefined) {
  if (!api) return false;

  try {
    return (await api.availability()) === 'available';
  } catch {
    return false;
  }
}

export function createOnDeviceProvider(globals: OnDeviceGlobals = globalThis as OnDeviceGlobals) {
  async function* stream(
    context: RecordContext,
    facts: Fact[],
    opts: SummariseOptions,
  ): AsyncIterable<SummaryChunk> {
    const grounding = JSON.stringify(buildGrounding(context, facts, opts));
    const rules = suggestUpdates(context, facts, opts);
    let fallback: Fallback;

    try {
      if (await isAvailable(globals.LanguageModel)) {
        const session = await globals.LanguageModel!.create({
          initialPrompts: [{ role: 'system', content: SYSTEM_PROMPT }],
          signal: opts.signal,
        });
        try {
          const answer = await session.prompt(grounding, {
            responseConstraint: RESPONSE_SCHEMA,
            signal: opts.signal,
          });
          yield { type: 'text', delta: answer };
          const parsed = parseModelOutput(answer);
          if (parsed.ok) {
            const meta = { provider: 'onDevice', model: 'LanguageModel', policy: opts.policy };
            yield {
              type: 'done',
              result: fromModelOutput(parsed.output, context, facts, rules, meta),
            };
            return;
          }

          fallback = {
            code: parsed.code,
            message: 'The on-device model answered in an unexpected shape.',
          };
        } finally {
          session.destroy?.();
        }
      } else if (await isAvailable(globals.Summarizer)) {
        const summarizer = await globals.Summarizer!.create({
          type: 'key-points',
          format: 'plain-text',
          length: 'short',
          sharedContext: 'A Salesforce record with its related activities, cases and facts.',
          signal: opts.signal,
        });
        try {
          const overview = await summarizer.summarize(grounding, { signal: opts.signal });
          yield { type: 'text', delta: overview };
          // The summariser cites nothing: keep the built-in sentences (with evidence) beside it.
          const base = builtinResult(context, facts, opts);
          const summary = {
            ...base.summary,
            generated: true,
            provider: 'onDevice',
            model: 'Summarizer',
            overview,
          };
          yield { type: 'done', result: { ...base, summary } };
          return;
        } finally {
          summarizer.destroy?.();
        }
      } else {
        fallback = { code: 'unavailable', message: 'No on-device model is ready in this browser.' };
      }
    } catch {
      fallback = opts.signal?.aborted
        ? { code: 'aborted', message: 'The summary was cancelled.' }
        : { code: 'model-error', message: 'The on-device model failed.' };
    }

    yield { type: 'done', result: builtinResult(context, facts, opts, fallback) };
  }

  const provider: SummaryProvider = {
    id: 'onDevice',
    stream,
    summarise: (context, facts, opts) => lastResult(stream(context, facts, opts)),
  };
  return provider;
}
