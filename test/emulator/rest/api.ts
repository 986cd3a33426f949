/**
 * The versioned REST API as plain functions: a request in, a status/body/headers out. Hono routes
 * and composite subrequests both go through `handleApi`, so a subrequest behaves exactly like a
 * request of its own (except that it is not counted against the API limit).
 */
import type { DataContext } from '../data/context';
import type { DataStore } from '../data/store';
import type { SfFailure } from '../data/types';
import type { EmulatorCore, Session } from '../core/state';

export interface ApiRequest {
  method: string;
  /** Path after `/services/data/vNN.0`, starting with `/` (or empty). */
  path: string;
  query: URLSearchParams;
  header(name: string): string | undefined;
  body: unknown;
  version: string;
  session: Session;
  host: string;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiDeps {
  core: EmulatorCore;
  store: DataStore;
  cursors: Map<string, { orgId: string; records: unknown[]; totalSize: number }>;
}

export type Handler = (req: ApiRequest, deps: ApiDeps, match: RegExpExecArray) => ApiResponse;

export function context(req: ApiRequest, deps: ApiDeps): DataContext {
  return {
    store: deps.store,
    orgId: req.session.org.id,
    user: req.session.user,
    version: req.version,
  };
}

export function fail(f: SfFailure): ApiResponse {
  return { status: f.status, body: f.errors };
}

export function error(status: number, errorCode: string, message: string): ApiResponse {
  return { status, body: [{ message, errorCode }] };
}

export const notFound = () => error(404, 'NOT_FOUND', 'The requested resource does not exist');

/** The request body as a JSON object, or the parser error Salesforce answers. */
export function objectBody(
  req: ApiRequest,
): { ok: true; body: Record<string, unknown> } | { ok: false; response: ApiResponse } {
  if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
    return { ok: true, body: req.body as Record<string, unknown> };
  }
  return {
    ok: false,
    response: error(400, 'JSON_PARSER_ERROR', 'The request body is not a JSON object.'),
  };
}
