import { Connection, type HttpRequest, type HttpResponse } from 'jsforce/core';
import { PassThrough } from 'stream';

import type { FetchFn } from '../auth/token';

/**
 * One jsforce `Connection` per Salesforce connection, carrying each request over an injected fetch.
 *
 * jsforce builds the request (instance URL, `Authorization`, `Sforce-Call-Options`) and runs it
 * through its `HttpApi`. The wire is ours: `Connection` has no option for a custom fetch, but
 * `conn.request(request, options)` hands `options` to `HttpApi`, which sends through
 * `options.transport` when one is given (jsforce lib/http-api.js, constructor). That transport
 * fetches with `credentials: 'omit'`, refuses redirects, applies the timeout and keeps the raw
 * answer, so the caller sees the status, headers and body exactly as Salesforce sent them, also
 * for the errors jsforce turns into `ERROR_HTTP_<status>`.
 *
 * No OAuth client, refresh token or `refreshFn` is given, so jsforce has no refresh delegate and
 * never renews a token by itself: a 401 comes back to the caller, whose refresh coordinator runs
 * one refresh per connection.
 */
export type Exchange =
  { kind: 'answered'; response: Response; text: string } | { kind: 'failed'; error: unknown };

export interface CarriedRequest {
  method: HttpRequest['method'];
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface JsforceCarrier {
  readonly connection: Connection;
  send(token: string, request: CarriedRequest, signal: AbortSignal): Promise<Exchange>;
}

export function createJsforceCarrier(options: {
  origin: string;
  version: string;
  client: string;
  fetchFn: FetchFn;
}): JsforceCarrier {
  const connection = new Connection({
    instanceUrl: options.origin,
    version: options.version,
    callOptions: { client: options.client },
  });

  async function carry(token: string, req: HttpRequest, signal: AbortSignal): Promise<Exchange> {
    const url = new URL(req.url);
    // jsforce got an URL on this origin; anything else is a bug and is never sent.
    if (url.origin !== options.origin) throw new Error('jsforce tried to leave the API host');
    const headers = new Headers(req.headers);
    if (headers.get('Authorization') !== `Bearer ${token}`) {
      throw new Error('jsforce sent another token than the one asked for');
    }

    // The browser computes the length; jsforce adds one when it thinks it runs in Node.
    headers.delete('Content-Length');
    try {
      const response = await options.fetchFn(url.toString(), {
        method: req.method,
        headers,
        body: typeof req.body === 'string' ? req.body : undefined,
        credentials: 'omit',
        // A redirect would drop the token or leave the API host: report it instead.
        redirect: 'manual',
        signal,
      });
      const text = await response.text().catch(() => '');
      return { kind: 'answered', response, text };
    } catch (error) {
      return { kind: 'failed', error };
    }
  }

  return {
    connection,

    async send(token, request, signal) {
      let exchange: Exchange | undefined;
      const transport = {
        httpRequest(req: HttpRequest) {
          const answer = carry(token, req, signal).then((outcome): HttpResponse => {
            exchange = outcome;
            if (outcome.kind === 'failed') throw outcome.error;
            const headers = Object.fromEntries(outcome.response.headers);
            return { statusCode: outcome.response.status, headers, body: outcome.text };
          });
          // HttpApi pipes the transport's stream into the one it hands out; nobody reads it here.
          return Object.assign(answer, { stream: () => new PassThrough() });
        },
      };

      // HttpApi sets Authorization from `accessToken` synchronously, before its first await.
      connection.accessToken = token;
      try {
        await connection.request(
          {
            method: request.method,
            url: request.url.toString(),
            headers: request.headers,
            ...(request.body === undefined ? {} : { body: request.body }),
          },
          { transport },
        );
      } catch (error) {
        // jsforce rejects every status >= 400; the raw answer in `exchange` says more than its error.
        if (!exchange) throw error;
      }

      if (!exchange) throw new Error('jsforce answered without sending the request');
      return exchange;
    },
  };
}
