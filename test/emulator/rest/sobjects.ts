/** `sobjects`: describeGlobal, describe, create, read, update and delete of single records. */
import { describeFor } from '../data/access';
import { type DataContext, readable, recordUrl } from '../data/context';
import { deleteRecord, createRecord, updateRecord } from '../data/rules/write';
import { runSoql } from '../data/soql/execute';
import { str } from '../data/types';
import {
  type ApiRequest,
  type ApiResponse,
  context,
  type Handler,
  error,
  fail,
  notFound,
  objectBody,
} from './api';
import { render } from './render';
import { checkModifiedSince, checkUnmodifiedSince } from './conditional';

/** Describes change only when the emulator is rebuilt; If-Modified-Since compares with this. */
export const DESCRIBE_LAST_MODIFIED = new Date('2026-01-05T08:00:00Z');

/** A 304 when the caller's copy is as new as the describes; else undefined and a full answer. */
function notModified(req: ApiRequest): ApiResponse | undefined {
  const since = Date.parse(req.header('if-modified-since') ?? '');
  if (Number.isNaN(since) || since < DESCRIBE_LAST_MODIFIED.getTime()) return undefined;
  return { status: 304, headers: describeHeaders() };
}

const describeHeaders = () => ({ 'Last-Modified': DESCRIBE_LAST_MODIFIED.toUTCString() });

export const describeGlobal: Handler = (req, deps) =>
  notModified(req) ?? {
    status: 200,
    body: render({ ...deps.store.schema.global }, req),
    headers: describeHeaders(),
  };

export const describeObject: Handler = (req, deps, m) => {
  const d = deps.store.schema.get(m[1]!);
  if (!d) return notFound();
  return (
    notModified(req) ?? {
      status: 200,
      body: render(describeFor(req.session.user.profile, d), req),
      headers: describeHeaders(),
    }
  );
};

/** `GET sobjects/X`: the basic info Salesforce answers (objectDescribe and recent items). */
export const objectInfo: Handler = (req, deps, m) => {
  const d = deps.store.schema.get(m[1]!);
  if (!d) return notFound();
  if (req.method === 'POST') return create(req, deps, d.name);
  const entry = deps.store.schema.global.sobjects.find((s) => s.name === d.name);
  return { status: 200, body: render({ objectDescribe: entry, recentItems: [] }, req) };
};

function create(req: ApiRequest, deps: Parameters<Handler>[1], object: string): ApiResponse {
  const body = objectBody(req);
  if (!body.ok) return body.response;
  const result = createRecord(context(req, deps), object, body.body);
  if (!result.ok) return fail(result.failure);
  const id = str(result.record.fields.Id);
  return {
    status: 201,
    body: { id, success: true, errors: [] },
    headers: { Location: recordUrl(context(req, deps), result.record.type, id) },
  };
}

/** One record as `GET sobjects/X/:id` answers it; `fields` is the comma-separated `?fields=`. */
export function readRecord(
  ctx: DataContext,
  object: string,
  id: string,
  fields?: string | null,
): ApiResponse {
  const found = readable(ctx, id);
  if (!found || found.type !== object) {
    const shaped = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id);
    return shaped
      ? notFound()
      : error(
          404,
          'NOT_FOUND',
          `Provided external ID field does not exist or is not accessible: ${id}`,
        );
  }
  const d = ctx.store.schema.get(object)!;
  const visible = describeFor(ctx.user.profile, d).fields.map((f) => f.name);
  const names =
    fields
      ?.split(',')
      .map((f) => f.trim())
      .filter(Boolean) ?? visible;
  const soql = `SELECT ${names.join(', ')} FROM ${d.name} WHERE Id = '${str(found.fields.Id)}'`;
  const result = runSoql(ctx, soql);
  if (!result.ok) return fail(result.failure);
  return { status: 200, body: result.rows.records[0] };
}

/** `sobjects/X/:id`: GET (optionally `?fields=`), PATCH and DELETE. */
export const record: Handler = (req, deps, m) => {
  const ctx = context(req, deps);
  const d = deps.store.schema.get(m[1]!);
  if (!d) return notFound();
  const id = m[2]!;
  switch (req.method) {
    case 'GET':
    case 'HEAD': {
      const read = readRecord(ctx, d.name, id, req.query.get('fields'));
      return (read.status === 200 && checkModifiedSince(req, ctx, id)) || read;
    }
    case 'PATCH': {
      const body = objectBody(req);
      if (!body.ok) return body.response;
      const precondition = checkUnmodifiedSince(req, ctx, id);
      if (precondition) return precondition;
      const result = updateRecord(ctx, d.name, id, body.body);
      return result.ok ? { status: 204 } : fail(result.failure);
    }
    case 'DELETE': {
      const result = deleteRecord(ctx, d.name, id);
      return result.ok ? { status: 204 } : fail(result.failure);
    }
    default:
      return error(
        405,
        'METHOD_NOT_ALLOWED',
        `HTTP Method '${req.method}' not allowed. Allowed are GET,PATCH,DELETE,HEAD`,
      );
  }
};
