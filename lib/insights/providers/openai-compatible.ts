import type { RecordContext } from '../../salesforce/record-context';
import type { Fact } from '../facts/types';
import { suggestUpdates } from '../suggestions';

import { builtinResult } from './builtin';
import { SYSTEM_PROMPT, buildGrounding } from './grounding';
import { fromModelOutput, parseModelOutput } from './model-output';
import { sseData } from './sse';
import type { Fallback, SummariseOptions, SummaryChunk, SummaryProvider } from './types';
import { lastResult } from './types';

export interface OpenAiCompatibleConfig {
  /** Server root (`https://llm.example.com`) or its `/v1` path. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  stream?: boolean;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ChatCompletionRequest {
  model: string;
  stream: boolean;
  temperature: number;
  response_format: { type: 'json_object' };
  messages: { role: 'system' | 'user'; content: string }[];
}

/** The policy may name the server root, its `/v1` path or the chat completions address itself. */
export function chatCompletionsUrl(baseUrl: string): string {
  const root = baseUrl.replace(/\/+$/, '');
  if (root.endsWith('/chat/completions')) return root;

  return root.endsWith('/v1') ? `${root}/chat/completions` : `${root}/v1/chat/completions`;
}

class ProviderFailure extends Error {
  constructor(readonly fallback: Fallback) {
    super(fallback.message);
  }
}

const fail = (code: Fallback['code'], message: string) => new ProviderFailure({ code, message });

function classify(error: unknown, signal: AbortSignal | undefined): Fallback {
  if (error instanceof ProviderFailure) return error.fallback;
  if (signal?.aborted) return { code: 'aborted', message: 'The summary was cancelled.' };
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return { code: 'timeout', message: 'The model server did not answer in time.' };
  }

  return { code: 'network', message: 'The model server could not be reached.' };
}

function contentOf(json: unknown): string | undefined {
  const choice = (
    json as { choices?: { message?: { content?: unknown }; delta?: { content?: unknown } }[] }
  )?.choices?.[0];
  const content = choice?.message?.content ?? choice?.delta?.content;
  return typeof content === 'string' ? content : undefined;
}

/**
 * Any server speaking OpenAI's chat completions (OpenAI, Azure, vLLM, Ollama, llama.cpp...).
 * Whatever goes wrong, the built-in summary is returned with the reason.
 */
export function createOpenAiCompatibleProvider(config: OpenAiCompatibleConfig) {
  const doFetch = config.fetch ?? fetch;
  const streaming = config.stream ?? true;

  function previewPayload(
    context: RecordContext,
    facts: Fact[],
    opts: Pick<SummariseOptions, 'now' | 'timeZone' | 'locale' | 'currency'>,
  ): ChatCompletionRequest {
    const grounding = buildGrounding(context, facts, {
      now: opts.now,
      timeZone: opts.timeZone,
      locale: opts.locale,
      currency: opts.currency,
    });
    return {
      model: config.model,
      stream: streaming,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: JSON.stringify(grounding) },
      ],
    };
  }

  async function* request(
    context: RecordContext,
    facts: Fact[],
    opts: SummariseOptions,
    signal: AbortSignal,
  ): AsyncGenerator<string, string> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

    const response = await doFetch(chatCompletionsUrl(config.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify(previewPayload(context, facts, opts)),
      signal,
    });
    if (!response.ok) throw fail('http', `The model server answered HTTP ${response.status}.`);

    if (!streaming || !response.body) {
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw fail('invalid-json', 'The model server sent something that is not JSON.');
      }

      const content = contentOf(json);
      if (content === undefined) throw fail('invalid-response', 'The model server sent no answer.');
      return content;
    }

    let content = '';
    for await (const data of sseData(response.body)) {
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        throw fail('invalid-json', 'The model server sent a stream event that is not JSON.');
      }

      const delta = contentOf(json);
      if (delta) {
        content += delta;
        yield delta;
      }
    }

    return content;
  }

  async function* stream(
    context: RecordContext,
    facts: Fact[],
    opts: SummariseOptions,
  ): AsyncIterable<SummaryChunk> {
    const timeout = AbortSignal.timeout(config.timeoutMs ?? 30_000);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let fallback: Fallback;

    try {
      const chunks = request(context, facts, opts, signal);
      let next = await chunks.next();
      while (!next.done) {
        yield { type: 'text', delta: next.value };
        next = await chunks.next();
      }

      const parsed = parseModelOutput(next.value);
      if (parsed.ok) {
        const rules = suggestUpdates(context, facts, opts);
        const meta = { provider: 'openaiCompatible', model: config.model, policy: opts.policy };
        yield { type: 'done', result: fromModelOutput(parsed.output, context, facts, rules, meta) };
        return;
      }

      fallback = {
        code: parsed.code,
        message:
          parsed.code === 'invalid-json'
            ? 'The model did not answer with JSON.'
            : 'The model answered JSON in an unexpected shape.',
      };
    } catch (error) {
      fallback = classify(error, opts.signal);
    }

    yield { type: 'done', result: builtinResult(context, facts, opts, fallback) };
  }

  const provider: SummaryProvider & { previewPayload: typeof previewPayload } = {
    id: 'openaiCompatible',
    stream,
    summarise: (context, facts, opts) => lastResult(stream(context, facts, opts)),
    previewPayload,
  };
  return provider;
}
