/** `query`, `queryAll` and `query/<cursor>`: SOQL with Salesforce's batching. */
import { sfid } from '../core/ids';
import { runSoql } from '../data/soql/execute';
import {
  type ApiRequest,
  type ApiResponse,
  context,
  type Handler,
  error,
  fail,
  type ApiDeps,
} from './api';

const DEFAULT_BATCH = 2000;
let cursorSerial = 0;

function batchSize(req: ApiRequest): number {
  const option = /batchSize=(\d+)/i.exec(req.header('sforce-query-options') ?? '');
  const size = option ? Number(option[1]) : DEFAULT_BATCH;
  return Math.min(DEFAULT_BATCH, Math.max(200, size));
}

function page(
  req: ApiRequest,
  deps: ApiDeps,
  cursor: string,
  records: unknown[],
  totalSize: number,
  start: number,
): ApiResponse {
  const size = batchSize(req);
  const batch = records.slice(start, start + size);
  const done = start + size >= records.length;
  if (!done) deps.cursors.set(cursor, { orgId: req.session.org.id, records, totalSize });
  const body: Record<string, unknown> = { totalSize, done };
  if (!done) body.nextRecordsUrl = `/services/data/v${req.version}/query/${cursor}-${start + size}`;
  body.records = batch;
  return { status: 200, body };
}

export const query: Handler = (req, deps, m) => {
  const q = req.query.get('q');
  if (!q) return error(400, 'MALFORMED_QUERY', 'A query string has to be specified');
  const result = runSoql(context(req, deps), q, m[1] === 'queryAll');
  if (!result.ok) return fail(result.failure);
  const cursor = sfid('01g', ++cursorSerial).slice(0, 15) + 'AAA';
  return page(req, deps, cursor, result.rows.records, result.rows.totalSize, 0);
};

export const queryMore: Handler = (req, deps, m) => {
  const [cursor, start] = [m[1]!, Number(m[2])];
  const saved = deps.cursors.get(cursor);
  if (!saved || saved.orgId !== req.session.org.id || start > saved.records.length) {
    return error(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
  }
  return page(req, deps, cursor, saved.records, saved.totalSize, start);
};
