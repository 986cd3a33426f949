import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildContextBundle } from '../handoff/bundle';
import { collectFacts } from '../insights/facts';
import { NOW, opportunityPastClose } from '../../test/fixtures/contexts/scenarios';

import { answerWithModel, CHAT_SYSTEM_PROMPT } from './model';

let server: Server;
let baseUrl: string;
let next: { status: number; body: string };
const received: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(next.status, { 'content-type': 'application/json' });
      res.end(next.body);
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
const bundle = buildContextBundle(context, collectFacts(context, { now: NOW }), undefined, {
  now: NOW,
  locale: 'en_GB',
});
const completion = (content: string) =>
  JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] });
const provider = () => ({ baseUrl, model: 'local-model', apiKey: 'k-123' });

describe('answerWithModel', () => {
  it('grounds the prompt in the bundle only and labels the reply as generated', async () => {
    next = {
      status: 200,
      body: completion(
        JSON.stringify({ answer: 'The close date has passed.', facts: ['closeDatePassed', 'x'] }),
      ),
    };

    const result = await answerWithModel('Is the deal late?', bundle, provider());

    expect(received).toHaveLength(1);
    const request = received[0]!;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer k-123');
    const payload = JSON.parse(request.body) as { model: string; messages: { content: string }[] };
    expect(payload.model).toBe('local-model');
    expect(payload.messages.map((m) => m.content)).toEqual([
      CHAT_SYSTEM_PROMPT,
      `Context bundle:\n${JSON.stringify(bundle)}`,
      'Is the deal late?',
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'answer',
        intent: 'model',
        text: 'The close date has passed.',
        generated: true,
        evidence: [
          {
            objectApiName: 'Opportunity',
            recordId: context.record.ref.recordId,
            field: 'CloseDate',
            label: 'Globex pumps renewal: Close Date',
          },
        ],
      },
    });
  });

  it('keeps a plain-text answer, without evidence, still labelled as generated', async () => {
    next = { status: 200, body: completion('It closed late.') };

    const result = await answerWithModel('Is the deal late?', bundle, provider());

    expect(result).toMatchObject({
      ok: true,
      value: { text: 'It closed late.', evidence: [], generated: true },
    });
  });

  it('returns a problem the panel can fall back on when the server fails', async () => {
    next = { status: 503, body: '{}' };

    const result = await answerWithModel('Is the deal late?', bundle, provider());

    expect(result).toEqual({
      ok: false,
      problem: { code: 'chat-model-http', message: 'The model server answered HTTP 503.' },
    });
  });

  it('returns a problem when the server cannot be reached', async () => {
    const result = await answerWithModel('Is the deal late?', bundle, {
      ...provider(),
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });

    expect(result).toMatchObject({ ok: false, problem: { code: 'chat-model-network' } });
  });
});
