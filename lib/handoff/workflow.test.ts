import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { collectFacts } from '../insights/facts';
import { opportunityPastClose, NOW } from '../../test/fixtures/contexts/scenarios';
import type { WorkflowServer } from '../../test/fixtures/workflow/server';
import { startWorkflowServer } from '../../test/fixtures/workflow/server';

import { buildContextBundle } from './bundle';
import { contextBundleSchema } from './bundle-schema';
import { sendToWorkflow } from './workflow';

const ENDPOINT = 'https://flows.acme.example/hooks/escalate?sig=s3cret';
const ALLOWED = ['https://flows.acme.example/hooks/'];
const context = opportunityPastClose();
const bundle = buildContextBundle(context, collectFacts(context, { now: NOW }), undefined, {
  now: NOW,
  locale: 'en_GB',
});

let server: WorkflowServer;
const send = (url: string, allowed: string[] | null, timeoutMs = 2000) =>
  sendToWorkflow(url, bundle, {
    allowed,
    fetchFn: server.routedFetch,
    timeoutMs,
    now: () => NOW,
  });

beforeAll(async () => {
  server = await startWorkflowServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.received.length = 0;
  server.reply({ status: 202, body: 'accepted' });
});

describe('sendToWorkflow', () => {
  it('posts the exact bundle as JSON to an allowed endpoint and returns an audit entry', async () => {
    server.reply({ status: 200, body: '<html><body><h1>Flow started</h1></body></html>' });

    const result = await send(ENDPOINT, ALLOWED);

    expect(server.received).toHaveLength(1);
    const request = server.received[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/hooks/escalate?sig=s3cret');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.cookie).toBeUndefined();
    expect(JSON.parse(request.body)).toEqual(bundle);
    expect(contextBundleSchema.safeParse(JSON.parse(request.body)).success).toBe(true);
    expect(result).toEqual({
      ok: true,
      value: {
        status: 200,
        responseText: 'Flow started',
        audit: {
          kind: 'handoff',
          target: 'workflow',
          at: NOW.toISOString(),
          destination: 'https://flows.acme.example/hooks/escalate',
          recordRef: {
            orgId: context.org.id,
            apiHost: context.org.apiHost,
            objectApiName: 'Opportunity',
            recordId: context.record.ref.recordId,
          },
          bytes: Buffer.byteLength(request.body),
          status: 200,
          outcome: 'sent',
        },
      },
    });
  });

  it.each([
    [
      'not allowed',
      'https://other.example/hooks/escalate',
      ALLOWED,
      'handoff-endpoint-not-allowed',
    ],
    ['not switched on', ENDPOINT, null, 'handoff-workflows-off'],
    ['not https', 'http://flows.acme.example/hooks/escalate', ALLOWED, 'handoff-endpoint-invalid'],
  ])('sends nothing when the endpoint is %s', async (_, url, allowed, code) => {
    const result = await send(url, allowed);

    expect(server.received).toHaveLength(0);
    expect(result).toMatchObject({
      ok: false,
      problem: { code, audit: { outcome: 'refused', bytes: 0, status: null } },
    });
  });

  it('reports a non-2xx answer with its status', async () => {
    server.reply({ status: 500, body: 'boom' });

    const result = await send(ENDPOINT, ALLOWED);

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'handoff-http', audit: { status: 500, outcome: 'failed' } },
    });
  });

  it('does not follow a redirect with the record data', async () => {
    server.reply({ status: 307, headers: { location: 'https://evil.example/steal' } });

    const result = await send(ENDPOINT, ALLOWED);

    expect(server.received).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, problem: { code: 'handoff-redirect' } });
  });

  it('gives up after the timeout', async () => {
    server.reply({ status: 200, delayMs: 500 });

    const result = await send(ENDPOINT, ALLOWED, 50);

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'handoff-timeout', audit: { outcome: 'failed', status: null } },
    });
  });

  it('reports an unreachable endpoint as a network problem', async () => {
    const result = await sendToWorkflow(ENDPOINT, bundle, {
      allowed: ALLOWED,
      fetchFn: () => Promise.reject(new TypeError('fetch failed')),
    });

    expect(result).toMatchObject({ ok: false, problem: { code: 'handoff-network' } });
  });

  it('truncates a long answer', async () => {
    server.reply({ status: 200, body: 'x'.repeat(5000) });

    const result = await send(ENDPOINT, ALLOWED);

    expect(result.ok && result.value.responseText).toBe(`${'x'.repeat(500)}…`);
  });
});
