/**
 * Loads jsforce (Node build of `jsforce/core`) with its HTTP transport pointed at the emulator.
 *
 * jsforce 3.10 sends every request through undici 8, which needs Node 22.19 and fails to load on
 * Node 20. So before jsforce is required, its `undici` module is replaced in Node's module cache
 * by a small stand-in whose `fetch` calls the emulator by host name (TLS SNI and Host header),
 * the "custom fetch" way of pointing a client at the Salesforce stand-in. Everything above the
 * transport (URLs, headers, JSON, error mapping) is jsforce's own.
 */
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

import type * as JsforceCoreModule from 'jsforce/core';

import { call } from './https-call';

type JsforceCore = typeof JsforceCoreModule;

class SocketError extends Error {}
class NoDispatcher {}

async function bodyText(body: unknown): Promise<string | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** jsforce keeps the first undici it loads, so the stand-in calls whichever emulator is current. */
let currentPort = 0;

function emulatorFetch() {
  return async (
    url: string | URL,
    init: { method?: string; headers?: unknown; body?: unknown } = {},
  ) => {
    const headers = Object.fromEntries(new Headers(init.headers as HeadersInit).entries());
    delete headers['content-length'];
    const rawBody = await bodyText(init.body);
    const answer = await call(currentPort, String(url), {
      method: init.method ?? 'GET',
      headers,
      rawBody,
    });
    const responseHeaders = new Headers();
    for (const [k, v] of Object.entries(answer.headers))
      if (typeof v === 'string') responseHeaders.set(k, v);
    const empty = [204, 304].includes(answer.status) || answer.text === '';
    return new Response(empty ? null : answer.text, {
      status: answer.status,
      headers: responseHeaders,
    });
  };
}

export function loadJsforce(port: number): JsforceCore {
  currentPort = port;
  const require = createRequire(import.meta.url);
  const jsforceDir = dirname(require.resolve('jsforce/package.json'));
  const undiciPath = require.resolve('undici', { paths: [jsforceDir] });
  const standIn = new Module(undiciPath);
  standIn.filename = undiciPath;
  standIn.loaded = true;
  standIn.exports = {
    Agent: NoDispatcher,
    ProxyAgent: NoDispatcher,
    Response,
    errors: { SocketError },
    fetch: emulatorFetch(),
  };
  (Module as unknown as { _cache: Record<string, Module> })._cache[undiciPath] = standIn;
  return require('jsforce/core') as JsforceCore;
}
