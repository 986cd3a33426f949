/** Checks a parsed query against the schema and the caller's field access, before running it. */
import type { Profile } from '../../core/orgs';
import type { Schema } from '../schema/schema';
import type { ChildRelationship, SObjectDescribe } from '../types';
import type { Condition, Literal, Query } from './ast';
import { QueryFailure, unknownRelationship, unsupportedType } from './errors';
import { type ResolvedPath, resolvePath } from './resolve';

export type CompiledItem =
  | { kind: 'field'; path: ResolvedPath }
  | { kind: 'count' }
  | { kind: 'subquery'; relationship: ChildRelationship; query: CompiledQuery };

export interface CompiledQuery {
  object: SObjectDescribe;
  source: Query;
  items: CompiledItem[];
  /** Resolved paths of WHERE and ORDER BY, keyed by their position in the text. */
  paths: Map<number, ResolvedPath>;
}

const NUMERIC = ['int', 'double', 'currency', 'percent'];

function checkLiteral(path: ResolvedPath, lit: Literal, pos: number): void {
  const type = path.leaf?.type;
  const kind = lit.kind;
  let expected: string | undefined;
  if (type && NUMERIC.includes(type) && kind !== 'number' && kind !== 'null') expected = 'double';
  if (type === 'date' && ['string', 'number', 'boolean', 'datetime'].includes(kind))
    expected = 'date';
  if (type === 'datetime' && ['string', 'number', 'boolean', 'date'].includes(kind))
    expected = 'dateTime';
  if (type === 'boolean' && kind !== 'boolean' && kind !== 'null') expected = 'boolean';
  if (!expected) return;
  const quoted = kind === 'string' ? ' and should not be enclosed in quotes' : '';
  throw new QueryFailure(
    'INVALID_FIELD',
    pos,
    `value of filter criterion for field '${path.leafName}' must be of type ${expected}${quoted}`,
  );
}

export function compileQuery(
  schema: Schema,
  profile: Profile,
  query: Query,
  object?: SObjectDescribe,
): CompiledQuery {
  const target = object ?? schema.get(query.from);
  if (!target || !target.queryable) {
    throw new QueryFailure('INVALID_TYPE', query.fromPos, unsupportedType(query.from));
  }
  const paths = new Map<number, ResolvedPath>();
  const resolve = (path: string[], pos: number) => {
    const resolved = resolvePath(schema, profile, target.name, path, pos);
    paths.set(pos, resolved);
    return resolved;
  };
  const items: CompiledItem[] = query.select.map((item) => {
    switch (item.kind) {
      case 'field':
        return { kind: 'field', path: resolve(item.path, item.pos) };
      case 'count':
        return { kind: 'count' };
      case 'subquery': {
        const relationship = schema.childRelationship(target.name, item.query.from);
        const child = relationship && schema.get(relationship.childSObject);
        if (!relationship || !child) {
          throw new QueryFailure(
            'INVALID_TYPE',
            item.query.fromPos,
            unknownRelationship(item.query.from, 'FROM part of query call'),
          );
        }
        return {
          kind: 'subquery',
          relationship,
          query: compileQuery(schema, profile, item.query, child),
        };
      }
    }
  });
  const walk = (cond: Condition | undefined): void => {
    if (!cond) return;
    switch (cond.kind) {
      case 'and':
      case 'or':
        walk(cond.left);
        walk(cond.right);
        return;
      case 'not':
        walk(cond.cond);
        return;
      case 'compare':
        checkLiteral(resolve(cond.path, cond.pos), cond.value, cond.pos);
        return;
      case 'in': {
        const resolved = resolve(cond.path, cond.pos);
        for (const v of cond.values) checkLiteral(resolved, v, cond.pos);
        return;
      }
    }
  };
  walk(query.where);
  for (const o of query.orderBy) resolve(o.path, o.pos);
  return { object: target, source: query, items, paths };
}
