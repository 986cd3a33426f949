/**
 * Resolves field paths (`Name`, `Account.Owner.Name`, `Who.Name`) against the schema as the
 * caller's profile sees it: a field the profile cannot see does not exist for it.
 */
import type { Profile } from '../../core/orgs';
import { canSeeField } from '../access';
import type { Schema } from '../schema/schema';
import type { FieldDescribe } from '../types';
import { noSuchColumn, QueryFailure, unknownRelationship } from './errors';

/** Fields of Salesforce's `Name` entity, what a polymorphic relationship (Who, What, Owner) offers. */
const NAME_ENTITY = [
  'Id',
  'Name',
  'Type',
  'Alias',
  'FirstName',
  'LastName',
  'Title',
  'Email',
  'Phone',
  'Username',
  'IsActive',
];

export interface ResolvedPath {
  /** Reference fields to follow, in order. */
  hops: FieldDescribe[];
  /** The last field (undefined for Name-entity fields reached through a polymorphic hop). */
  leaf: FieldDescribe | undefined;
  leafName: string;
  /** Canonical names, for the response keys: relationship names, then the field name. */
  keys: string[];
}

export function resolvePath(
  schema: Schema,
  profile: Profile,
  object: string,
  rawPath: string[],
  pos: number,
): ResolvedPath {
  let path = rawPath;
  if (
    path.length > 1 &&
    path[0]!.toLowerCase() === object.toLowerCase() &&
    !schema.relationship(object, path[0]!)
  ) {
    path = path.slice(1);
  }
  const hops: FieldDescribe[] = [];
  const keys: string[] = [];
  let current = object;
  for (let i = 0; i < path.length - 1; i++) {
    const hop = schema.relationship(current, path[i]!);
    if (!hop || !canSeeField(profile, current, hop.name)) {
      throw new QueryFailure('INVALID_FIELD', pos, unknownRelationship(path[i]!, 'field path'));
    }
    hops.push(hop);
    keys.push(hop.relationshipName!);
    if (hop.referenceTo.length > 1) {
      const name = path[i + 1]!;
      const leafName = NAME_ENTITY.find((n) => n.toLowerCase() === name.toLowerCase());
      if (i + 1 !== path.length - 1 || !leafName) {
        throw new QueryFailure('INVALID_FIELD', pos, noSuchColumn(name, 'Name'));
      }
      return { hops, leaf: undefined, leafName, keys: [...keys, leafName] };
    }
    current = hop.referenceTo[0]!;
  }
  const name = path[path.length - 1]!;
  const leaf = schema.field(current, name);
  if (!leaf || !canSeeField(profile, current, leaf.name)) {
    throw new QueryFailure(
      'INVALID_FIELD',
      pos,
      noSuchColumn(name, schema.get(current)?.name ?? current),
    );
  }
  return { hops, leaf, leafName: leaf.name, keys: [...keys, leaf.name] };
}
