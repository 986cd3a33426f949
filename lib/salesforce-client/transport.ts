import type { RefreshResult } from '../auth/refresh-coordinator';
import type { FetchFn } from '../auth/token';
import { t } from '../i18n';
import { fail, ok, type Result } from '../result';
import { apiOrigin } from '../salesforce/hosts';
import {
  authError,
  networkError,
  refusedError,
  salesforceErrorFromBody,
  type SalesforceError,
} from './errors';
import { createJsforceCarrier, type Exchange } from './jsforce-connection';
import { parseLimitInfo, type ApiUsage } from './limit-info';

type Answered = Extract<Exchange, { kind: 'answered' }>;

/**
 * Sends one API request for one connection: only to its API host, with its bearer token and the
 * client tag, renewing the token once through the refresh coordinator when Salesforce answers 401.
 */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'HEAD';

export interface SalesforceResponse<T = unknown> {
  status: number;
  /** Parsed JSON, or undefined for an empty answer (204, 304). */
  body: T;
  headers: Headers;
  apiUsage: ApiUsage | undefined;
}

export type SalesforceResult<T> = Result<T, SalesforceError>;

const CALL_CLIENT = 'SofieForSalesforce';
export const CALL_OPTIONS = `client=${CALL_CLIENT}`;
export const DEFAULT_API_VERSION = '62.0';
export const REQUEST_TIMEOUT_MS = 60_000;

export interface TransportOptions {
  apiHost: string;
  apiVersion?: string;
  fetchFn: FetchFn;
  /** The stored access token for this connection, if any. */
  getAccessToken: () => Promise<string | undefined>;
  /** `(failed) => coordinator.refresh(connection.key, failed)`. */
  refresh: (failedToken: string | undefined) => Promise<RefreshResult>;
  timeoutMs?: number;
  onApiUsage?: (usage: ApiUsage) => void;
  /** False when the browser knows it is offline (`navigator.onLine`). */
  isOnline?: () => boolean;
}

export interface Transport {
  readonly origin: string;
  readonly basePath: string;
  send<T>(
    method: HttpMethod,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<SalesforceResult<SalesforceResponse<T>>>;
}

const PROTECTED_HEADERS = new Set(['authorization', 'sforce-call-options']);

export function createTransport(options: TransportOptions): Transport {
  const origin = apiOrigin(`https://${options.apiHost}`);
  if (!origin) throw new Error('A Salesforce client needs a validated API host');

  const version = options.apiVersion ?? DEFAULT_API_VERSION;
  if (!/^\d{2,3}\.0$/.test(version)) throw new Error(`Bad API version ${version}`);
  const basePath = `/services/data/v${version}/`;
  const isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);
  const carrier = createJsforceCarrier({
    origin,
    version,
    client: CALL_CLIENT,
    fetchFn: options.fetchFn,
  });

  function resolve(path: string): URL | undefined {
    try {
      const url =
        path.startsWith('/') || /^https?:/i.test(path)
          ? new URL(path, origin)
          : new URL(basePath + path, origin);
      return url.origin === origin ? url : undefined;
    } catch {
      return undefined;
    }
  }

  async function attempt(
    method: HttpMethod,
    url: URL,
    token: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<Answered | SalesforceError> {
    const merged = new Headers({ Accept: 'application/json' });
    for (const [name, value] of Object.entries(headers)) {
      if (!PROTECTED_HEADERS.has(name.toLowerCase())) merged.set(name, value);
    }

    if (body !== undefined) merged.set('Content-Type', 'application/json');
    // jsforce adds the token and the client tag (the protected headers) to this request.
    const exchange = await carrier.send(
      token,
      {
        method,
        url,
        headers: Object.fromEntries(merged),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
    );
    if (exchange.kind === 'answered') return exchange;

    const timedOut = exchange.error instanceof Error && exchange.error.name === 'TimeoutError';
    return networkError({
      timedOut,
      write: method !== 'GET' && method !== 'HEAD',
      mayHaveBeenSent: timedOut || isOnline(),
    });
  }

  async function send<T>(
    method: HttpMethod,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<SalesforceResult<SalesforceResponse<T>>> {
    const url = resolve(path);
    if (!url) return fail(refusedError(t('sfErrorRefusedHost')));

    let token = await options.getAccessToken();
    if (!token) {
      const renewed = await options.refresh(undefined);
      if (!renewed.ok) return fail(authError(renewed.problem));
      token = renewed.value.accessToken;
    }

    let outcome = await attempt(method, url, token, body, headers);
    if ('response' in outcome && outcome.response.status === 401) {
      const renewed = await options.refresh(token);
      if (!renewed.ok) return fail(authError(renewed.problem));
      outcome = await attempt(method, url, renewed.value.accessToken, body, headers);
    }

    if (!('response' in outcome)) return fail(outcome);

    const { response, text } = outcome;
    const apiUsage = parseLimitInfo(response.headers.get('Sforce-Limit-Info'));
    if (apiUsage) options.onApiUsage?.(apiUsage);

    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }

    // Opaque redirects (status 0 in browsers) and 3xx other than 304 are refusals too.
    if (
      response.status >= 400 ||
      response.status === 0 ||
      (response.status >= 300 && response.status !== 304)
    ) {
      return fail(salesforceErrorFromBody(response.status, parsed));
    }

    return ok({ status: response.status, body: parsed as T, headers: response.headers, apiUsage });
  }

  return { origin, basePath, send };
}
