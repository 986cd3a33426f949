import { describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../result';
import { authProblem } from '../auth/problems';
import type { RefreshResult } from '../auth/refresh-coordinator';
import type { FetchFn } from '../auth/token';
import { createSalesforceClient, type SalesforceClientOptions } from './client';

const API = 'https://acme.my.salesforce.com/services/data/v62.0/';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/** A fake Salesforce: answers each request with the next queued response and records it. */
function fakeSalesforce(...answers: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetchFn = vi.fn<FetchFn>((url, init) => {
    calls.push({
      url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body as string | undefined,
    });
    const next = answers.shift() ?? new Response('[]', { status: 500 });
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  return { calls, fetchFn };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

function client(fetchFn: FetchFn, over: Partial<SalesforceClientOptions> = {}) {
  return createSalesforceClient({
    apiHost: 'acme.my.salesforce.com',
    fetchFn,
    getAccessToken: () => Promise.resolve('token-1'),
    refresh: () =>
      Promise.resolve(ok({ accessToken: 'token-2', apiHost: 'acme.my.salesforce.com' })),
    ...over,
  });
}

describe('createSalesforceClient', () => {
  it('queries the connection’s API host with the token, the client tag and API 62.0', async () => {
    const { calls, fetchFn } = fakeSalesforce(json(200, { totalSize: 0, done: true, records: [] }));

    const result = await client(fetchFn).query('SELECT Id FROM Account');

    expect(result).toEqual({ ok: true, value: { totalSize: 0, done: true, records: [] } });
    expect(calls[0]!.url).toBe(`${API}query?q=SELECT%20Id%20FROM%20Account`);
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer token-1');
    expect(calls[0]!.headers.get('Sforce-Call-Options')).toBe('client=SofieForSalesforce');
  });

  it('refuses to send anything to another host', async () => {
    const { fetchFn } = fakeSalesforce();

    const result = await client(fetchFn).request('GET', 'https://evil.example/services/data/');

    expect(fetchFn).not.toHaveBeenCalled();
    expect(!result.ok && result.problem.errorCode).toBe('HOST_NOT_ALLOWED');
  });

  it('refuses a next-records URL on another host', async () => {
    const { fetchFn } = fakeSalesforce();

    const result = await client(fetchFn).queryMore(
      'https://globex.my.salesforce.com/services/data/v62.0/query/01g',
    );

    expect(fetchFn).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
  });

  it('refuses to be created for a host that is not a Salesforce API host', () => {
    expect(() => client(vi.fn(), { apiHost: 'acme.lightning.force.com' })).toThrow();
  });

  it('does not let callers replace the token or the client tag', async () => {
    const { calls, fetchFn } = fakeSalesforce(json(200, {}));

    await client(fetchFn).request('GET', 'limits', undefined, {
      Authorization: 'Bearer other',
      'Sforce-Call-Options': 'client=Other',
    });

    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer token-1');
    expect(calls[0]!.headers.get('Sforce-Call-Options')).toBe('client=SofieForSalesforce');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const { calls, fetchFn } = fakeSalesforce(
      json(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]),
      json(200, { sobjects: [] }),
    );
    const refresh = vi.fn((_failed: string | undefined) =>
      Promise.resolve(
        ok({ accessToken: 'token-2', apiHost: 'acme.my.salesforce.com' }) as RefreshResult,
      ),
    );

    const result = await client(fetchFn, { refresh }).describeGlobal();

    expect(result).toEqual({ ok: true, value: { sobjects: [] } });
    expect(refresh).toHaveBeenCalledExactlyOnceWith('token-1');
    expect(calls.map((c) => c.headers.get('Authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('gives up after one retry and asks to reconnect', async () => {
    const expired = () =>
      json(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    const { calls, fetchFn } = fakeSalesforce(expired(), expired());

    const result = await client(fetchFn).limits();

    expect(calls).toHaveLength(2);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'auth', status: 401 });
    expect(!result.ok && result.problem.remedy).toMatch(/Reconnect/);
  });

  it('reports a refresh that failed with its auth problem', async () => {
    const { fetchFn } = fakeSalesforce(json(401, []));
    const problem = { ...authProblem('invalid_grant'), kind: 'signed-out' as const };

    const result = await client(fetchFn, {
      refresh: () => Promise.resolve(fail(problem)),
    }).limits();

    expect(!result.ok && result.problem.authProblem?.code).toBe('invalid_grant');
  });

  it('gets a token through the coordinator when none is stored', async () => {
    const { calls, fetchFn } = fakeSalesforce(json(200, {}));

    await client(fetchFn, { getAccessToken: () => Promise.resolve(undefined) }).limits();

    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer token-2');
  });

  it('updates with If-Unmodified-Since and reports success', async () => {
    const { calls, fetchFn } = fakeSalesforce(new Response(null, { status: 204 }));

    const result = await client(fetchFn).update(
      'Account',
      '0012300000bVTq1AAG',
      { Rating: 'Hot' },
      { ifUnmodifiedSince: '2026-03-01T10:20:30.000+0000' },
    );

    expect(result).toEqual({ ok: true, value: { kind: 'updated' } });
    expect(calls[0]).toMatchObject({
      url: `${API}sobjects/Account/0012300000bVTq1AAG`,
      method: 'PATCH',
      body: '{"Rating":"Hot"}',
    });
    expect(calls[0]!.headers.get('If-Unmodified-Since')).toBe('Sun, 01 Mar 2026 10:20:30 GMT');
    expect(calls[0]!.headers.get('Content-Type')).toBe('application/json');
  });

  it('reports a 412 as a conflict outcome, not an error', async () => {
    const { fetchFn } = fakeSalesforce(new Response('', { status: 412 }));

    const result = await client(fetchFn).update(
      'Account',
      '0012300000bVTq1AAG',
      { Rating: 'Hot' },
      {
        ifUnmodifiedSince: new Date('2026-03-01T10:20:30Z'),
      },
    );

    expect(result).toEqual({ ok: true, value: { kind: 'conflict' } });
  });

  it('turns a validation rule failure into one error with its fields', async () => {
    const { fetchFn } = fakeSalesforce(
      json(400, [
        {
          message: 'Close date must be in the future',
          errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
          fields: ['CloseDate'],
        },
      ]),
    );

    const result = await client(fetchFn).update(
      'Opportunity',
      '0062300000bVTq1AAG',
      {},
      {
        ifUnmodifiedSince: new Date(0),
      },
    );

    expect(!result.ok && result.problem).toMatchObject({
      kind: 'api',
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      status: 400,
      fields: ['CloseDate'],
      message: 'Close date must be in the future',
    });
  });

  it('reports the API usage header', async () => {
    const onApiUsage = vi.fn();
    const { fetchFn } = fakeSalesforce(
      json(200, {}, { 'Sforce-Limit-Info': 'api-usage=18/15000' }),
    );

    const result = await client(fetchFn, { onApiUsage }).request('GET', 'limits');

    expect(onApiUsage).toHaveBeenCalledWith({ used: 18, max: 15000 });
    expect(result.ok && result.value.apiUsage).toEqual({ used: 18, max: 15000 });
  });

  it('says a failed write may have been sent, and a failed read changed nothing', async () => {
    const { fetchFn } = fakeSalesforce(
      new TypeError('Failed to fetch'),
      new TypeError('Failed to fetch'),
    );
    const c = client(fetchFn, { isOnline: () => true });

    const write = await c.update(
      'Account',
      '0012300000bVTq1AAG',
      {},
      { ifUnmodifiedSince: new Date(0) },
    );
    const read = await c.limits();

    expect(!write.ok && write.problem).toMatchObject({
      kind: 'network',
      requestMayHaveBeenSent: true,
    });
    expect(!write.ok && write.problem.remedy).toMatch(/reload the record/);
    expect(!read.ok && read.problem.remedy).toMatch(/Nothing was changed/);
  });

  it('says nothing was sent when the browser knows it is offline', async () => {
    const { fetchFn } = fakeSalesforce(new TypeError('Failed to fetch'));

    const result = await client(fetchFn, { isOnline: () => false }).limits();

    expect(!result.ok && result.problem).toMatchObject({
      errorCode: 'NETWORK_ERROR',
      requestMayHaveBeenSent: false,
    });
  });

  it('reports a timeout as a network error that may have been sent', async () => {
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    const { fetchFn } = fakeSalesforce(timeout);

    const result = await client(fetchFn).limits();

    expect(!result.ok && result.problem).toMatchObject({
      errorCode: 'TIMEOUT',
      requestMayHaveBeenSent: true,
    });
  });

  it('posts composite subrequests as one call with allOrNone', async () => {
    const { calls, fetchFn } = fakeSalesforce(json(200, { compositeResponse: [] }));

    await client(fetchFn).composite([
      { method: 'GET', url: '/services/data/v62.0/limits', referenceId: 'l' },
    ]);

    expect(calls[0]!.url).toBe(`${API}composite`);
    expect(JSON.parse(calls[0]!.body!)).toEqual({
      allOrNone: true,
      compositeRequest: [{ method: 'GET', url: '/services/data/v62.0/limits', referenceId: 'l' }],
    });
  });

  it('treats more than 25 composite parts or an absolute part URL as a bug', () => {
    const c = client(vi.fn());
    const part = { method: 'GET' as const, url: '/services/data/v62.0/limits', referenceId: 'x' };

    expect(() => c.composite(Array.from({ length: 26 }, () => part))).toThrow(RangeError);
    expect(() => c.composite([{ ...part, url: 'https://evil.example/x' }])).toThrow(TypeError);
  });

  it('describes an object and posts a parameterized search', async () => {
    const { calls, fetchFn } = fakeSalesforce(
      json(200, { name: 'Account', label: 'Account', fields: [] }),
      json(200, { searchRecords: [] }),
    );
    const c = client(fetchFn);

    await c.describe('Account');
    await c.parameterizedSearch({ q: 'Acme', sobjects: [{ name: 'Account' }] });

    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${API}sobjects/Account/describe`,
      `POST ${API}parameterizedSearch`,
    ]);
    expect(() => c.describe('Account/../x')).toThrow(TypeError);
  });

  it('does not follow a redirect away from the API host', async () => {
    const { fetchFn } = fakeSalesforce(
      new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } }),
    );

    const result = await client(fetchFn).limits();

    expect(!result.ok && result.problem.errorCode).toBe('ERROR_HTTP_302');
    expect(vi.mocked(fetchFn).mock.calls[0]![1]?.redirect).toBe('manual');
  });
});
