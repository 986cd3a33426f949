import { isValidId } from '../salesforce/ids';
import { ok } from '../result';
import type { slimDescribe } from '../salesforce/describe';
import {
  createTransport,
  type HttpMethod,
  type SalesforceResponse,
  type SalesforceResult,
  type TransportOptions,
} from './transport';

/**
 * The Salesforce REST client the background uses, one per connection. Every method answers a value:
 * the data, or a SalesforceError.
 *
 * Underneath is a jsforce 3 `Connection` from `jsforce/core` (see jsforce-connection.ts): it builds
 * each request on the connection's instance URL and API version, with the bearer token and the
 * `Sforce-Call-Options` client tag, over a fetch that omits credentials, refuses redirects and times
 * out. This thin layer adds what jsforce does not give: the host lock (a path that would leave the
 * org's API host is refused before anything is sent), refresh through the shared coordinator (one
 * per connection however many calls wait; jsforce has no refresh of its own), and answers as
 * Results that keep the HTTP status, headers and Salesforce's error body (a 412 stays a conflict
 * rather than jsforce's `ERROR_HTTP_412`).
 */
export type RawDescribe = Parameters<typeof slimDescribe>[0];

export interface QueryResult<T> {
  totalSize: number;
  done: boolean;
  records: T[];
  nextRecordsUrl?: string;
}

export interface GlobalDescribe {
  sobjects: {
    name: string;
    label: string;
    keyPrefix: string | null;
    queryable: boolean;
    updateable: boolean;
    [key: string]: unknown;
  }[];
}

export interface CompositeSubrequest {
  method: HttpMethod;
  /** Full path, `/services/data/vNN.0/...`. */
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}

export interface CompositeResponse {
  compositeResponse: {
    body: unknown;
    httpHeaders: Record<string, string>;
    httpStatusCode: number;
    referenceId: string;
  }[];
}

export type Limits = Record<string, { Max: number; Remaining: number }>;

export type UpdateOutcome = { kind: 'updated' } | { kind: 'conflict' };

export const MAX_COMPOSITE_SUBREQUESTS = 25;

const OBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function objectPath(object: string): string {
  if (!OBJECT_NAME.test(object)) throw new TypeError(`Not an object API name: ${object}`);
  return `sobjects/${object}`;
}

export interface SalesforceClient {
  readonly origin: string;
  /** `/services/data/vNN.0/`, for composite subrequest URLs. */
  readonly basePath: string;
  request<T = unknown>(
    method: HttpMethod,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<SalesforceResult<SalesforceResponse<T>>>;
  query<T = Record<string, unknown>>(soql: string): Promise<SalesforceResult<QueryResult<T>>>;
  queryMore<T = Record<string, unknown>>(
    nextRecordsUrl: string,
  ): Promise<SalesforceResult<QueryResult<T>>>;
  describe(object: string): Promise<SalesforceResult<RawDescribe>>;
  describeGlobal(): Promise<SalesforceResult<GlobalDescribe>>;
  update(
    object: string,
    id: string,
    fields: Record<string, unknown>,
    options: { ifUnmodifiedSince: string | Date },
  ): Promise<SalesforceResult<UpdateOutcome>>;
  composite(
    subrequests: CompositeSubrequest[],
    options?: { allOrNone?: boolean },
  ): Promise<SalesforceResult<CompositeResponse>>;
  parameterizedSearch<T = unknown>(body: Record<string, unknown>): Promise<SalesforceResult<T>>;
  limits(): Promise<SalesforceResult<Limits>>;
}

export type SalesforceClientOptions = TransportOptions;

export function createSalesforceClient(options: SalesforceClientOptions): SalesforceClient {
  const transport = createTransport(options);

  async function body<T>(
    method: HttpMethod,
    path: string,
    payload?: unknown,
  ): Promise<SalesforceResult<T>> {
    const result = await transport.send<T>(method, path, payload);
    return result.ok ? ok(result.value.body) : result;
  }

  return {
    origin: transport.origin,
    basePath: transport.basePath,
    request: (method, path, payload, headers) => transport.send(method, path, payload, headers),
    query: (soql) => body('GET', `query?q=${encodeURIComponent(soql)}`),
    queryMore: (nextRecordsUrl) => body('GET', nextRecordsUrl),
    describe: (object) => body('GET', `${objectPath(object)}/describe`),
    describeGlobal: () => body('GET', 'sobjects'),
    limits: () => body('GET', 'limits'),
    parameterizedSearch: (search) => body('POST', 'parameterizedSearch', search),

    async update(object, id, fields, { ifUnmodifiedSince }) {
      if (!isValidId(id)) throw new TypeError('Not a Salesforce record id');
      const since = new Date(ifUnmodifiedSince);
      if (Number.isNaN(since.getTime())) throw new TypeError('ifUnmodifiedSince is not a date');

      const result = await transport.send('PATCH', `${objectPath(object)}/${id}`, fields, {
        'If-Unmodified-Since': since.toUTCString(),
      });
      if (result.ok) return ok({ kind: 'updated' });

      // The record changed after the base the reviewer saw: an outcome the review screen handles.
      return result.problem.status === 412 ? ok({ kind: 'conflict' }) : result;
    },

    composite(subrequests, { allOrNone = true } = {}) {
      if (subrequests.length === 0 || subrequests.length > MAX_COMPOSITE_SUBREQUESTS) {
        throw new RangeError(`A composite request takes 1 to ${MAX_COMPOSITE_SUBREQUESTS} parts`);
      }

      // Subrequests run on the same instance; an absolute URL could name another host.
      if (subrequests.some((sub) => !sub.url.startsWith('/services/data/'))) {
        throw new TypeError('Composite subrequest URLs are /services/data/... paths');
      }

      return body('POST', 'composite', { allOrNone, compositeRequest: subrequests });
    },
  };
}
