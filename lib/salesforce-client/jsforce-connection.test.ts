import { Connection } from 'jsforce/core';
import { describe, expect, it, vi } from 'vitest';

import { ok } from '../result';
import type { FetchFn } from '../auth/token';
import { createSalesforceClient } from './client';
import { createJsforceCarrier } from './jsforce-connection';

const ORIGIN = 'https://acme.my.salesforce.com';
const LIMITS = new URL(`${ORIGIN}/services/data/v62.0/limits`);

const expired = () =>
  new Response(
    JSON.stringify([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]),
    { status: 401, headers: { 'Content-Type': 'application/json' } },
  );

function carrier(fetchFn: FetchFn) {
  return createJsforceCarrier({
    origin: ORIGIN,
    version: '62.0',
    client: 'SofieForSalesforce',
    fetchFn,
  });
}

const get = { method: 'GET' as const, url: LIMITS, headers: { Accept: 'application/json' } };

describe('createJsforceCarrier', () => {
  it('sends through a jsforce Connection on the API origin, which adds the token and client tag', async () => {
    const fetchFn = vi.fn<FetchFn>(() => Promise.resolve(new Response('{}', { status: 200 })));
    const c = carrier(fetchFn);

    const exchange = await c.send('token-1', get, AbortSignal.timeout(1000));

    expect(c.connection).toBeInstanceOf(Connection);
    expect(c.connection.instanceUrl).toBe(ORIGIN);
    expect(c.connection.version).toBe('62.0');
    expect(exchange.kind).toBe('answered');
    const [url, init] = fetchFn.mock.calls[0]!;
    const headers = new Headers(init?.headers);
    expect(url).toBe(LIMITS.toString());
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'manual' });
    expect(headers.get('Authorization')).toBe('Bearer token-1');
    expect(headers.get('Sforce-Call-Options')).toBe('client=SofieForSalesforce');
  });

  it('hands a 401 back as it came, without refreshing or retrying inside jsforce', async () => {
    const fetchFn = vi.fn<FetchFn>(() => Promise.resolve(expired()));
    const c = carrier(fetchFn);

    const exchange = await c.send('token-1', get, AbortSignal.timeout(1000));

    expect(fetchFn).toHaveBeenCalledOnce();
    expect(c.connection.refreshToken).toBeUndefined();
    expect(exchange.kind === 'answered' && exchange.response.status).toBe(401);
    expect(exchange.kind === 'answered' && JSON.parse(exchange.text)).toEqual([
      { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
    ]);
  });

  it('keeps the status, headers and raw body of answers jsforce reports as ERROR_HTTP_412', async () => {
    const fetchFn = vi.fn<FetchFn>(() =>
      Promise.resolve(
        new Response('', { status: 412, headers: { 'Sforce-Limit-Info': 'api-usage=3/15000' } }),
      ),
    );

    const exchange = await carrier(fetchFn).send(
      'token-1',
      { method: 'PATCH', url: LIMITS, headers: {}, body: '{"Name":"x"}' },
      AbortSignal.timeout(1000),
    );

    expect(exchange.kind === 'answered' && exchange.response.status).toBe(412);
    expect(exchange.kind === 'answered' && exchange.response.headers.get('Sforce-Limit-Info')).toBe(
      'api-usage=3/15000',
    );
    expect(fetchFn.mock.calls[0]![1]?.body).toBe('{"Name":"x"}');
  });

  it('reports a failed fetch as failed, with its error', async () => {
    const error = new TypeError('Failed to fetch');
    const fetchFn = vi.fn<FetchFn>(() => Promise.reject(error));

    const exchange = await carrier(fetchFn).send('token-1', get, AbortSignal.timeout(1000));

    expect(exchange).toEqual({ kind: 'failed', error });
  });

  it('never sends a URL on another origin', async () => {
    const fetchFn = vi.fn<FetchFn>();
    const elsewhere = { ...get, url: new URL('https://evil.example/services/data/v62.0/limits') };

    await expect(
      carrier(fetchFn).send('token-1', elsewhere, AbortSignal.timeout(1000)),
    ).rejects.toThrow();
    expect(fetchFn).not.toHaveBeenCalled();
  });
});

describe('the client over jsforce', () => {
  it('refreshes nothing behind the coordinator’s back: one refresh, two API calls, no token call', async () => {
    const fetchFn = vi.fn<FetchFn>(() => Promise.resolve(expired()));
    const refresh = vi.fn(() =>
      Promise.resolve(ok({ accessToken: 'token-2', apiHost: 'acme.my.salesforce.com' })),
    );
    const client = createSalesforceClient({
      apiHost: 'acme.my.salesforce.com',
      fetchFn,
      getAccessToken: () => Promise.resolve('token-1'),
      refresh,
    });

    const result = await client.limits();

    expect(result.ok).toBe(false);
    expect(refresh).toHaveBeenCalledExactlyOnceWith('token-1');
    expect(fetchFn.mock.calls.map(([url]) => url)).toEqual([LIMITS.toString(), LIMITS.toString()]);
  });
});
