/** Runs SOQL over the data store for one caller: sharing, FLS, filters, order, limits, shape. */
import { type DataContext, readable, recordUrl } from '../context';
import type { StoredRecord } from '../store';
import { type FieldValue, type SfFailure, str } from '../types';
import type { Condition } from './ast';
import { type CompiledQuery, compileQuery } from './compile';
import { comparable, matches, orderCompare } from './compare';
import { QueryFailure, queryError } from './errors';
import { QuerySyntaxError } from './lexer';
import { parseSoql } from './parser';
import type { ResolvedPath } from './resolve';

export type JsonRecord = Record<string, unknown>;

export interface QueryRows {
  totalSize: number;
  records: JsonRecord[];
}

/** The value at the end of a path, or null when a hop is empty or hidden from the caller. */
export function valueAt(ctx: DataContext, record: StoredRecord, path: ResolvedPath): FieldValue {
  let current = record;
  for (const hop of path.hops) {
    const id = current.fields[hop.name];
    const next = typeof id === 'string' ? readable(ctx, id) : undefined;
    if (!next) return null;
    current = next;
  }
  if (!path.leaf && path.leafName === 'Type') return current.type;
  return current.fields[path.leafName] ?? null;
}

function holds(ctx: DataContext, q: CompiledQuery, record: StoredRecord, cond: Condition): boolean {
  switch (cond.kind) {
    case 'and':
      return holds(ctx, q, record, cond.left) && holds(ctx, q, record, cond.right);
    case 'or':
      return holds(ctx, q, record, cond.left) || holds(ctx, q, record, cond.right);
    case 'not':
      return !holds(ctx, q, record, cond.cond);
    case 'compare': {
      const path = q.paths.get(cond.pos)!;
      return matches(
        path.leaf?.type,
        valueAt(ctx, record, path),
        cond.op,
        cond.value,
        ctx.store.clock.now(),
      );
    }
    case 'in': {
      const path = q.paths.get(cond.pos)!;
      const value = valueAt(ctx, record, path);
      const found = cond.values.some((v) =>
        matches(path.leaf?.type, value, '=', v, ctx.store.clock.now()),
      );
      return cond.negate ? !found && value !== null : found;
    }
  }
}

function put(ctx: DataContext, out: JsonRecord, record: StoredRecord, path: ResolvedPath): void {
  let target = out;
  let current = record;
  for (const [i, hop] of path.hops.entries()) {
    const key = path.keys[i]!;
    if (target[key] === null) return;
    const id = current.fields[hop.name];
    const next = typeof id === 'string' ? readable(ctx, id) : undefined;
    if (!next) {
      target[key] = null;
      return;
    }
    if (target[key] === undefined) {
      const type = hop.referenceTo.length > 1 ? 'Name' : next.type;
      target[key] = { attributes: { type, url: recordUrl(ctx, next.type, str(next.fields.Id)) } };
    }
    target = target[key] as JsonRecord;
    current = next;
  }
  target[path.leafName] = valueAt(ctx, record, path);
}

/** Runs a compiled query over given rows (also used by SOSL's RETURNING clause). */
export function rows(ctx: DataContext, q: CompiledQuery, source: StoredRecord[]): QueryRows {
  const { where, orderBy, offset = 0, limit } = q.source;
  let found = source.filter(
    (r) => ctx.store.canSee(ctx.orgId, ctx.user, r) && (!where || holds(ctx, q, r, where)),
  );
  if (orderBy.length > 0) {
    const keyed = found.map((r) => ({
      r,
      keys: orderBy.map((o) => {
        const path = q.paths.get(o.pos)!;
        return comparable(path.leaf?.type, valueAt(ctx, r, path));
      }),
    }));
    keyed.sort((a, b) => {
      for (const [i, o] of orderBy.entries()) {
        const c = orderCompare(a.keys[i]!, b.keys[i]!, o.descending, o.nullsLast);
        if (c !== 0) return c;
      }
      return 0;
    });
    found = keyed.map((k) => k.r);
  }
  found = found.slice(offset, limit === undefined ? undefined : offset + limit);
  if (q.items.every((i) => i.kind === 'count')) return { totalSize: found.length, records: [] };
  return { totalSize: found.length, records: found.map((r) => shape(ctx, q, r)) };
}

function shape(ctx: DataContext, q: CompiledQuery, record: StoredRecord): JsonRecord {
  const out: JsonRecord = {
    attributes: { type: record.type, url: recordUrl(ctx, record.type, str(record.fields.Id)) },
  };
  for (const item of q.items) {
    if (item.kind === 'field') put(ctx, out, record, item.path);
    if (item.kind !== 'subquery') continue;
    const parentId = record.fields.Id;
    const children = ctx.store
      .all(ctx.orgId, item.relationship.childSObject)
      .filter((c) => !c.deleted && c.fields[item.relationship.field] === parentId);
    const result = rows(ctx, item.query, children);
    out[item.relationship.relationshipName!] =
      result.totalSize === 0
        ? null
        : { totalSize: result.totalSize, done: true, records: result.records };
  }
  return out;
}

/** Runs a SOQL statement; `includeDeleted` is queryAll. */
export function runSoql(
  ctx: DataContext,
  text: string,
  includeDeleted = false,
): { ok: true; rows: QueryRows } | { ok: false; failure: SfFailure } {
  try {
    const q = compileQuery(ctx.store.schema, ctx.user.profile, parseSoql(text));
    const source = ctx.store
      .all(ctx.orgId, q.object.name)
      .filter((r) => includeDeleted || !r.deleted);
    return { ok: true, rows: rows(ctx, q, source) };
  } catch (error) {
    if (error instanceof QueryFailure) {
      return { ok: false, failure: queryError(error.errorCode, text, error.pos, error.text) };
    }
    if (error instanceof QuerySyntaxError) {
      return { ok: false, failure: queryError('MALFORMED_QUERY', text, error.pos, error.message) };
    }
    throw error;
  }
}
