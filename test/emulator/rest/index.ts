/**
 * The REST API on every org host (`/services/data/...`): versions list, authentication, the daily
 * API limit and `Sforce-Limit-Info`, the Lightning-host redirect, then the versioned routes.
 */
import type { Context, Hono } from 'hono';

import { orgForHost } from '../core/orgs';
import type { EmulatorCore } from '../core/state';
import { Schema } from '../data/schema/schema';
import { DataStore } from '../data/store';
import type { ApiDeps, ApiResponse } from './api';
import { mountPages } from './pages';
import { isServedVersion, versionsList } from './resources';
import { dispatch } from './router';

const JSON_TYPE = 'application/json;charset=UTF-8';

export function createDataStore(core: EmulatorCore): DataStore {
  const store = new DataStore(new Schema(), core.clock, core.orgs);
  core.resetHooks.push(() => store.reset());
  return store;
}

function send(c: Context, response: ApiResponse, extra: Record<string, string> = {}): Response {
  const headers = new Headers({ ...response.headers, ...extra });
  if (response.body === undefined || [204, 304].includes(response.status)) {
    return new Response(null, { status: response.status, headers });
  }
  headers.set('Content-Type', JSON_TYPE);
  return new Response(JSON.stringify(response.body), { status: response.status, headers });
}

const apiError = (status: number, errorCode: string, message: string): ApiResponse => ({
  status,
  body: [{ message, errorCode }],
});

async function readBody(c: Context): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (['GET', 'HEAD', 'DELETE'].includes(c.req.method)) return { ok: true, body: undefined };
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Mounts the REST API and the fake UI pages; returns the data store it serves. */
export function mountRest(app: Hono, core: EmulatorCore, store = createDataStore(core)): DataStore {
  const deps: ApiDeps = { core, store, cursors: new Map() };

  const handle = async (c: Context): Promise<Response> => {
    const url = new URL(c.req.url);
    const host = (c.req.header('host') ?? url.host).toLowerCase();
    const path = url.pathname;
    if (/^\/services\/data\/?$/.test(path)) return send(c, { status: 200, body: versionsList() });

    const org = orgForHost(core.orgs, host);
    if (org && host.replace(/:\d+$/, '') === org.lightningHost) {
      return c.redirect(`https://${org.apiHost}${path}${url.search}`, 302);
    }
    const match = /^\/services\/data\/v(\d+\.\d+)(\/.*)?$/.exec(path);
    if (!match || !isServedVersion(match[1]!))
      return send(c, apiError(404, 'NOT_FOUND', 'The requested resource does not exist'));

    const usage = org ? core.usage.get(org.id) : undefined;
    const limitHeader = (): Record<string, string> =>
      usage ? { 'Sforce-Limit-Info': `api-usage=${usage.used}/${usage.max}` } : {};
    const token = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const session = token ? core.sessions.resolveAccessToken(token) : undefined;
    if (!org || !session || session.org.id !== org.id) {
      return send(
        c,
        apiError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
        limitHeader(),
      );
    }
    if (usage && usage.used >= usage.max) {
      return send(
        c,
        apiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'),
        limitHeader(),
      );
    }
    if (usage) usage.used++;

    const body = await readBody(c);
    if (!body.ok)
      return send(
        c,
        apiError(400, 'JSON_PARSER_ERROR', 'The request body is not valid JSON.'),
        limitHeader(),
      );
    const response = dispatch(
      {
        method: c.req.method,
        path: match[2] ?? '',
        query: url.searchParams,
        header: (name) => c.req.header(name),
        body: body.body,
        version: match[1]!,
        session,
        host,
      },
      deps,
    );
    return send(c, response, limitHeader());
  };
  app.all('/services/data', handle);
  app.all('/services/data/*', handle);

  mountPages(app, core, store);
  return store;
}
