/**
 * `composite/sobjects`: create (POST), update (PATCH), read (GET) and delete (DELETE) up to 200
 * records; per-record results use `statusCode` where single-record errors use `errorCode`.
 */
import { createRecord, deleteRecord, updateRecord, type WriteResult } from '../data/rules/write';
import { str } from '../data/types';
import { context, error, type Handler } from './api';
import { readRecord } from './sobjects';

function outcome(result: WriteResult, id: string | null) {
  if (result.ok) return { id: str(result.record.fields.Id), success: true, errors: [] };
  return {
    id,
    success: false,
    errors: result.failure.errors.map((e) => ({
      statusCode: e.errorCode,
      message: e.message,
      fields: e.fields ?? [],
    })),
  };
}

export const collections: Handler = (req, deps, m) => {
  const ctx = context(req, deps);
  if (req.method === 'GET' || req.method === 'DELETE') {
    const ids = req.query.get('ids')?.split(',').filter(Boolean) ?? [];
    if (ids.length === 0 || ids.length > 200)
      return error(400, 'INVALID_FIELD', 'ids: between 1 and 200 ids are required');
    if (req.method === 'DELETE') {
      const allOrNone = req.query.get('allOrNone') === 'true';
      const restore = deps.store.snapshot(ctx.orgId);
      const results = ids.map((id) =>
        outcome(deleteRecord(ctx, deps.store.schema.objectForId(id) ?? '', id), id),
      );
      if (allOrNone && results.some((r) => !r.success)) restore();
      return { status: 200, body: results };
    }
    const object = m[1] ?? '';
    const fields = req.query.get('fields');
    return {
      status: 200,
      body: ids.map((id) => {
        const answer = readRecord(ctx, object, id, fields);
        return answer.status === 200 ? answer.body : null;
      }),
    };
  }
  const body = req.body as { allOrNone?: boolean; records?: Record<string, unknown>[] } | null;
  const records = body?.records;
  if (!Array.isArray(records) || records.length > 200)
    return error(400, 'JSON_PARSER_ERROR', 'records: up to 200 records are required');
  const restore = deps.store.snapshot(ctx.orgId);
  const results = records.map((rec) => {
    const { attributes, ...values } = rec as { attributes?: { type?: string } } & Record<
      string,
      unknown
    >;
    const type = attributes?.type;
    if (req.method === 'POST') {
      if (!type)
        return {
          id: null,
          success: false,
          errors: [
            {
              statusCode: 'INVALID_TYPE',
              message: 'sObject type must be specified in attributes',
              fields: [],
            },
          ],
        };
      return outcome(createRecord(ctx, type, values), null);
    }
    const id = typeof values.Id === 'string' ? values.Id : '';
    if (!id)
      return {
        id: null,
        success: false,
        errors: [
          {
            statusCode: 'MISSING_ARGUMENT',
            message: 'Id not specified in an update call',
            fields: [],
          },
        ],
      };
    return outcome(updateRecord(ctx, type, id, values), id);
  });
  if (body?.allOrNone && results.some((r) => !r.success)) {
    restore();
    return {
      status: 200,
      body: results.map((r) =>
        r.success
          ? {
              id: r.id,
              success: false,
              errors: [
                {
                  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                  message:
                    'Record rolled back because not all records were valid and the request was using AllOrNone header',
                  fields: [],
                },
              ],
            }
          : r,
      ),
    };
  }
  return { status: 200, body: results };
};
