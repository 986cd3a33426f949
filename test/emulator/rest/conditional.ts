/**
 * `If-Unmodified-Since` on writes: 412 when the record changed after the given date, 400 when the
 * header is not an HTTP date. The 412 body is unconfirmed; we send none, so callers must go by
 * the status (jsforce then reports `ERROR_HTTP_412`).
 */
import type { DataContext } from '../data/context';
import { parseSfDateTime } from '../data/dates';
import { type ApiRequest, type ApiResponse, error } from './api';

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

export function checkUnmodifiedSince(
  req: ApiRequest,
  ctx: DataContext,
  id: string,
): ApiResponse | undefined {
  const header = req.header('if-unmodified-since');
  if (header === undefined) return undefined;
  const since = HTTP_DATE.test(header.trim()) ? Date.parse(header) : Number.NaN;
  if (Number.isNaN(since)) {
    return error(
      400,
      'INVALID_HEADER_TYPE',
      `If-Unmodified-Since header has an invalid date: ${header}`,
    );
  }
  const record = ctx.store.get(ctx.orgId, id);
  const modified =
    typeof record?.fields.LastModifiedDate === 'string'
      ? parseSfDateTime(record.fields.LastModifiedDate)
      : undefined;
  if (modified && modified.getTime() > since) return { status: 412 };
  return undefined;
}

/**
 * `If-Modified-Since` on a record GET: 304 with no body when the record has not changed since the
 * given date. Asked only after the read succeeded, so a hidden or deleted record still answers as
 * it would without the header. A date that does not parse is ignored, as Salesforce does for GET.
 */
export function checkModifiedSince(
  req: ApiRequest,
  ctx: DataContext,
  id: string,
): ApiResponse | undefined {
  const header = req.header('if-modified-since');
  if (header === undefined || !HTTP_DATE.test(header.trim())) return undefined;
  const record = ctx.store.get(ctx.orgId, id);
  const modified =
    typeof record?.fields.LastModifiedDate === 'string'
      ? parseSfDateTime(record.fields.LastModifiedDate)
      : undefined;
  if (modified && modified.getTime() <= Date.parse(header)) return { status: 304 };
  return undefined;
}
