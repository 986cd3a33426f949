/**
 * Runs before every Salesforce route: logs the request, adds latency and applies faults.
 * A dropped connection must look like a network failure to the client, so while a dropping fault
 * waits every answer closes its connection: the faulty request then arrives on a fresh
 * connection, and Chromium does not silently retry it (it retries on reused keep-alive ones).
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';

import type { Clock } from '../core/clock';
import { orgForHost, type EmulatedOrg } from '../core/orgs';
import type { Session } from '../core/state';
import type { Fault, Traffic } from './faults';
import { requestKind, type WriteDetails } from './request-log';

export interface TokenDescriber {
  /** Who a token belonged to, live or not. */
  describeToken(token: string): Session | undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function dropConnection(c: Context): void {
  const env = c.env as HttpBindings | undefined;
  env?.incoming.socket.destroy();
}

/** The handler's answer with its body cut in half, or replaced with bytes no parser accepts. */
async function malform(res: Response, fault: Fault): Promise<Response> {
  const text = await res.text();
  const body =
    fault.malformed === 'truncated'
      ? text.slice(0, Math.floor(text.length / 2))
      : '\u0000\u00ff<<garbage>>{';
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  if (fault.contentType) headers.set('content-type', fault.contentType);
  return new Response(body, { status: fault.status ?? res.status, headers });
}

/** The same answer, its body sent in ten pieces over `ms`, as a slow network or server would. */
async function trickle(res: Response, ms: number): Promise<Response> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const pieces = 10;
  const size = Math.max(1, Math.ceil(bytes.length / pieces));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (let i = 0; i < pieces; i++) {
        await sleep(ms / pieces);
        const piece = bytes.subarray(i * size, (i + 1) * size);
        if (piece.length) controller.enqueue(piece);
      }
      controller.close();
    },
  });
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(res.status === 204 || res.status === 304 ? null : body, {
    status: res.status,
    headers,
  });
}

function canned(fault: Fault): Response {
  const isText = typeof fault.body === 'string' || fault.body === undefined;
  const body = isText ? ((fault.body as string | undefined) ?? '') : JSON.stringify(fault.body);
  const type = fault.contentType ?? (isText ? 'text/plain' : 'application/json;charset=UTF-8');
  return new Response(body, { status: fault.status ?? 500, headers: { 'content-type': type } });
}

/**
 * What an API write sent: its JSON body and its If-Unmodified-Since, so tests can check exactly
 * what was written. Never the Authorization header or any other header that could hold a token.
 */
async function writeOf(
  c: Context,
  method: string,
  path: string,
): Promise<WriteDetails | undefined> {
  if (!['PATCH', 'POST', 'PUT', 'DELETE'].includes(method) || requestKind(path) !== 'api')
    return undefined;

  const text = await c.req.raw
    .clone()
    .text()
    .catch(() => '');
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }

  const ifUnmodifiedSince = c.req.header('if-unmodified-since');
  return { body, ...(ifUnmodifiedSince ? { ifUnmodifiedSince } : {}) };
}

export function trafficMiddleware(
  traffic: Traffic,
  clock: Clock,
  orgs: EmulatedOrg[],
  tokens: TokenDescriber,
): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    const method = c.req.method;
    const path = new URL(c.req.url).pathname;
    const token = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const session = token ? tokens.describeToken(token) : undefined;
    const org = session?.org ?? orgForHost(orgs, host);
    const write = await writeOf(c, method, path);
    const record = (status: number, fault?: Fault) =>
      traffic.log.add({
        time: clock.now().toISOString(),
        host,
        method,
        path,
        kind: requestKind(path),
        ...(org ? { orgId: org.id } : {}),
        ...(session ? { userId: session.user.id } : {}),
        status,
        durationMs: Math.round(performance.now() - started),
        ...(fault ? { fault: fault.id } : {}),
        ...(write ? { write } : {}),
      });

    if (traffic.latencyMs > 0) await sleep(traffic.latencyMs);
    const closeAfter = traffic.faults.hasPendingDrop();
    const fault = traffic.faults.take(host, method, path);
    if (fault?.latencyMs) await sleep(fault.latencyMs);

    if (fault?.drop === 'before') {
      dropConnection(c);
      record(0, fault);
      return new Response(null, { status: 204 });
    }

    const cannedOnly = fault && !fault.drop && !fault.malformed;
    if (cannedOnly && (fault.status !== undefined || fault.body !== undefined))
      c.res = canned(fault);
    else await next();

    if (fault?.drop === 'after') {
      dropConnection(c);
      record(0, fault);
      return c.res;
    }

    if (fault?.malformed) c.res = await malform(c.res, fault);
    if (fault?.trickleMs) c.res = await trickle(c.res, fault.trickleMs);
    if (closeAfter) c.header('connection', 'close');
    record(c.res.status, fault);
    return c.res;
  };
}
