/**
 * `composite`: up to 25 subrequests as one API call, with `@{ref.path}` references, `allOrNone`
 * rollback and PROCESSING_HALTED for subrequests that depend on a failed one.
 */
import { type ApiRequest, type ApiResponse, error, type Handler } from './api';
import { dispatch } from './router';

interface SubRequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
  httpHeaders?: Record<string, string>;
}

const MAX_SUBREQUESTS = 25;
const REFERENCE = /@\{([A-Za-z0-9_]+)\.([^}]+)\}/g;

/** Follows `records[0].Id`-style paths into an earlier answer. */
function lookup(body: unknown, path: string): unknown {
  let current: unknown = body;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const halted = (message: string): ApiResponse => error(400, 'PROCESSING_HALTED', message);

export const composite: Handler = (req, deps) => {
  const body = req.body as { allOrNone?: boolean; compositeRequest?: SubRequest[] } | null;
  const subrequests = body?.compositeRequest;
  if (!Array.isArray(subrequests) || subrequests.length === 0) {
    return error(400, 'JSON_PARSER_ERROR', 'compositeRequest is required');
  }
  if (subrequests.length > MAX_SUBREQUESTS) {
    return error(
      400,
      'LIMIT_EXCEEDED',
      `Maximum number of subrequests exceeded: ${MAX_SUBREQUESTS}`,
    );
  }
  const restore = deps.store.snapshot(req.session.org.id);
  const answers = new Map<string, ApiResponse>();
  const results: {
    body: unknown;
    httpHeaders: Record<string, string>;
    httpStatusCode: number;
    referenceId: string;
  }[] = [];
  let failed = false;
  for (const sub of subrequests) {
    let response: ApiResponse;
    if (failed && body?.allOrNone) {
      response = halted(
        'The transaction was rolled back since another operation in the same transaction failed.',
      );
    } else {
      let missing: string | undefined;
      const resolve = (text: string) =>
        text.replace(REFERENCE, (whole, ref: string, path: string) => {
          const earlier = answers.get(ref);
          const value = earlier && earlier.status < 300 ? lookup(earlier.body, path) : undefined;
          if (value === undefined)
            missing ??= `Invalid reference specified. No value for ${ref}.${path} found in ${ref}. Provided referenceId ('${ref}') refers to a subrequest that failed or does not exist.`;
          return value === undefined
            ? whole
            : typeof value === 'string'
              ? value
              : JSON.stringify(value);
        });
      const url = resolve(sub.url);
      const subBody =
        sub.body === undefined
          ? undefined
          : (JSON.parse(resolve(JSON.stringify(sub.body))) as unknown);
      response = missing
        ? halted(missing)
        : runSubrequest(req, deps, { ...sub, url, body: subBody });
    }
    if (response.status >= 400) failed = true;
    answers.set(sub.referenceId, response);
    results.push({
      body: response.body ?? null,
      httpHeaders: response.headers ?? {},
      httpStatusCode: response.status,
      referenceId: sub.referenceId,
    });
  }
  if (failed && body?.allOrNone) {
    restore();
    for (const r of results) {
      if (r.httpStatusCode < 400) {
        Object.assign(r, {
          body: [
            {
              errorCode: 'PROCESSING_HALTED',
              message:
                'The transaction was rolled back since another operation in the same transaction failed.',
            },
          ],
          httpHeaders: {},
          httpStatusCode: 400,
        });
      }
    }
  }
  return { status: 200, body: { compositeResponse: results } };
};

function runSubrequest(
  req: ApiRequest,
  deps: Parameters<Handler>[1],
  sub: SubRequest,
): ApiResponse {
  const url = new URL(sub.url, `https://${req.host}`);
  const match = /^\/services\/data\/v(\d+\.0)(\/.*)?$/.exec(url.pathname);
  if (!match) return error(404, 'NOT_FOUND', 'The requested resource does not exist');
  const headers = Object.fromEntries(
    Object.entries(sub.httpHeaders ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
  return dispatch(
    {
      ...req,
      method: sub.method.toUpperCase(),
      path: match[2] ?? '',
      query: url.searchParams,
      version: match[1]!,
      body: sub.body,
      header: (name) => headers[name.toLowerCase()],
    },
    deps,
  );
}
