import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { DEFAULT_WRITE_POLICY } from '../../settings/write-policy';
import { NOW, opportunityPastClose } from '../../../test/fixtures/contexts/scenarios';
import { collectFacts } from '../facts';

import { chatCompletionsUrl, createOpenAiCompatibleProvider } from './openai-compatible';
import type { SummaryChunk } from './types';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
const received: { url: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

const context = opportunityPastClose();
const facts = collectFacts(context, { now: NOW, timeZone: 'Europe/Berlin' });
const OPTS = {
  now: NOW,
  timeZone: 'Europe/Berlin',
  locale: 'en_GB',
  currency: 'EUR',
  policy: DEFAULT_WRITE_POLICY,
};

const ANSWER = JSON.stringify({
  summary: {
    quality: [],
    customer: [{ text: 'Rose was last called in January.', facts: ['lastContact', 'made-up'] }],
    project: [{ text: 'The deal is overdue.', facts: ['closeDatePassed'] }],
  },
  updates: [
    { field: 'StageName', value: 'Negotiation/Review', reason: 'Proposal sent.', confidence: 0.7 },
    { field: 'Probability', value: 'high', reason: 'bad type', confidence: 0.5 },
    { field: 'CloseDate', value: '2026-04-01', reason: 'rules win', confidence: 0.9 },
  ],
});

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sse(res: ServerResponse, events: string[]) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const e of events) res.write(`data: ${e}\n\n`);
  res.end();
}

const delta = (content: string) => JSON.stringify({ choices: [{ delta: { content } }] });

async function collect(chunks: AsyncIterable<SummaryChunk>) {
  const all: SummaryChunk[] = [];
  for await (const c of chunks) all.push(c);
  return all;
}

describe('openaiCompatible provider', () => {
  it('posts the previewed payload and reads a non-streaming answer', async () => {
    handler = (_req, _body, res) =>
      json(res, 200, { choices: [{ message: { role: 'assistant', content: ANSWER } }] });
    const provider = createOpenAiCompatibleProvider({
      baseUrl,
      model: 'local-model',
      apiKey: 'sk-test',
      stream: false,
    });

    const result = await provider.summarise(context, facts, OPTS);

    expect(received[0]?.url).toBe('/v1/chat/completions');
    expect(received[0]?.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.parse(received[0]!.body)).toEqual(provider.previewPayload(context, facts, OPTS));
    expect(result.fallback).toBeUndefined();
    expect(result.summary).toMatchObject({ generated: true, model: 'local-model' });
    const customer = result.summary.lenses.find((l) => l.lens === 'customer')!;
    expect(customer.sentences[0]).toMatchObject({
      text: 'Rose was last called in January.',
      factIds: ['lastContact'],
    });
    expect(customer.sentences[0]?.evidence[0]?.recordId).toBe(context.related[0]?.items[1]?.id);
  });

  it('validates model updates like rules and lets rules win', async () => {
    handler = (_req, _body, res) => json(res, 200, { choices: [{ message: { content: ANSWER } }] });
    const provider = createOpenAiCompatibleProvider({ baseUrl, model: 'm', stream: false });

    const { updates } = await provider.summarise(context, facts, OPTS);

    expect(updates.suggestions.map((s) => [s.ruleId, s.field, s.value])).toEqual([
      ['close-date-from-next-task', 'CloseDate', '2026-03-13'],
      ['next-step-from-task', 'NextStep', 'Send revised proposal to Rose'],
      ['model:m', 'StageName', 'Negotiation/Review'],
    ]);
    expect(updates.rejected.map((r) => [r.suggestion.field, r.code])).toEqual([
      ['Probability', 'invalid-value'],
    ]);
  });

  it('streams text deltas over server-sent events, then the parsed result', async () => {
    const half = Math.floor(ANSWER.length / 2);
    handler = (_req, _body, res) =>
      sse(res, [delta(ANSWER.slice(0, half)), delta(ANSWER.slice(half)), '[DONE]']);
    const provider = createOpenAiCompatibleProvider({ baseUrl: `${baseUrl}/v1/`, model: 'm' });

    const chunks = await collect(provider.stream(context, facts, OPTS));

    expect(JSON.parse(received[0]!.body)).toMatchObject({ stream: true });
    expect(
      chunks
        .filter((c) => c.type === 'text')
        .map((c) => c.delta)
        .join(''),
    ).toBe(ANSWER);
    const done = chunks.at(-1);
    expect(done?.type === 'done' && done.result.summary.generated).toBe(true);
  });

  it('falls back to the built-in summary on an HTTP error', async () => {
    handler = (_req, _body, res) => json(res, 401, { error: { message: 'bad key' } });
    const provider = createOpenAiCompatibleProvider({ baseUrl, model: 'm', stream: false });

    const result = await provider.summarise(context, facts, OPTS);

    expect(result.fallback).toEqual({
      code: 'http',
      message: 'The model server answered HTTP 401.',
    });
    expect(result.summary).toMatchObject({ generated: false, provider: 'builtin' });
    expect(result.summary.fallbackReason).toBe('The model server answered HTTP 401.');
    expect(result.updates.suggestions).toHaveLength(2);
  });

  it('falls back when the body or the answer is not JSON', async () => {
    const provider = createOpenAiCompatibleProvider({ baseUrl, model: 'm', stream: false });

    handler = (_req, _body, res) => res.end('<html>proxy error</html>');
    const body = await provider.summarise(context, facts, OPTS);
    handler = (_req, _body, res) =>
      json(res, 200, { choices: [{ message: { content: 'Sure! Here is a summary.' } }] });
    const answer = await provider.summarise(context, facts, OPTS);
    handler = (_req, _body, res) =>
      json(res, 200, { choices: [{ message: { content: '{"summary": "wrong shape"}' } }] });
    const shape = await provider.summarise(context, facts, OPTS);

    expect([body.fallback?.code, answer.fallback?.code, shape.fallback?.code]).toEqual([
      'invalid-json',
      'invalid-json',
      'invalid-response',
    ]);
  });

  it('falls back when a stream event is not JSON', async () => {
    handler = (_req, _body, res) => sse(res, [delta('{"summ'), 'not json', '[DONE]']);
    const provider = createOpenAiCompatibleProvider({ baseUrl, model: 'm' });

    const result = await provider.summarise(context, facts, OPTS);

    expect(result.fallback?.code).toBe('invalid-json');
  });

  it('gives up after the timeout and when the caller cancels', async () => {
    handler = () => undefined;
    const provider = createOpenAiCompatibleProvider({ baseUrl, model: 'm', timeoutMs: 100 });
    const controller = new AbortController();

    const timedOut = await provider.summarise(context, facts, OPTS);
    const pending = provider.summarise(context, facts, { ...OPTS, signal: controller.signal });
    controller.abort();
    const cancelled = await pending;

    expect(timedOut.fallback?.code).toBe('timeout');
    expect(cancelled.fallback?.code).toBe('aborted');
  });

  it('reports an unreachable server as a network problem', async () => {
    const provider = createOpenAiCompatibleProvider({ baseUrl: 'http://127.0.0.1:9', model: 'm' });

    expect((await provider.summarise(context, facts, OPTS)).fallback?.code).toBe('network');
  });
});

describe('previewPayload', () => {
  it('sends the record, related rows, facts and editable fields, grounded by the prompt', () => {
    const provider = createOpenAiCompatibleProvider({ baseUrl, model: 'm' });

    const payload = provider.previewPayload(context, facts, OPTS);
    const grounding = JSON.parse(payload.messages[1]!.content) as Record<string, unknown>;

    expect(payload.messages[0]?.content).toMatch(/Use only the data in the user message/);
    expect(payload.messages[0]?.content).toMatch(/JSON/);
    expect(grounding).toMatchObject({
      today: '2026-03-10',
      record: { object: 'Opportunity', name: 'Globex pumps renewal' },
    });
    expect(grounding.facts).toHaveLength(facts.length);
    const editable = (grounding.editableFields as { name: string }[]).map((f) => f.name);
    expect(editable).toContain('NextStep');
    expect(editable).not.toContain('IsWon');
    expect(JSON.stringify(grounding)).not.toContain('sales@acme.example');
  });

  it('builds the endpoint from a root, a /v1 base or the full address', () => {
    expect(chatCompletionsUrl('https://llm.example.com/v1/chat/completions')).toBe(
      'https://llm.example.com/v1/chat/completions',
    );
    expect(chatCompletionsUrl('https://llm.example.com/')).toBe(
      'https://llm.example.com/v1/chat/completions',
    );
    expect(chatCompletionsUrl('https://llm.example.com/v1')).toBe(
      'https://llm.example.com/v1/chat/completions',
    );
  });
});
