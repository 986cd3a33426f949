/**
 * Create, update and delete as Salesforce runs them for one caller: access, locks, field
 * checks, required fields, picklists and validation rules, then the store's write.
 */
import { objectAccess } from '../access';
import type { DataContext } from '../context';
import type { StoredRecord } from '../store';
import { type Fields, failure, type SfFailure, str } from '../types';
import { ID_SHAPE } from './coerce';
import { checkFields, checkPicklists, missingRequired } from './field-checks';
import { validationErrors } from './validation-rules';

export type WriteResult = { ok: true; record: StoredRecord } | { ok: false; failure: SfFailure };

const notFound = () => failure(404, 'NOT_FOUND', 'The requested resource does not exist');
const noAccess = () =>
  failure(400, 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id', []);

/** The record an id names for a write, or the failure Salesforce answers instead. */
export function writableRecord(
  ctx: DataContext,
  object: string | undefined,
  id: string,
): WriteResult {
  const schema = ctx.store.schema;
  if (!ID_SHAPE.test(id)) {
    return {
      ok: false,
      failure: failure(
        404,
        'NOT_FOUND',
        `Provided external ID field does not exist or is not accessible: ${id}`,
      ),
    };
  }
  const type = object ?? schema.objectForId(id);
  const describe = type ? schema.get(type) : undefined;
  if (!describe)
    return { ok: false, failure: failure(400, 'MALFORMED_ID', `malformed id ${id}`, ['Id']) };
  if (describe.keyPrefix !== id.slice(0, 3)) {
    return {
      ok: false,
      failure: failure(
        400,
        'MALFORMED_ID',
        `${describe.label} ID: id value of incorrect type: ${id}`,
        ['Id'],
      ),
    };
  }
  const record = ctx.store.get(ctx.orgId, id);
  if (!record) return { ok: false, failure: notFound() };
  if (record.deleted)
    return { ok: false, failure: failure(400, 'ENTITY_IS_DELETED', 'entity is deleted', []) };
  if (
    !objectAccess(ctx.user.profile, describe).edit ||
    !ctx.store.canSee(ctx.orgId, ctx.user, record)
  ) {
    return { ok: false, failure: noAccess() };
  }
  if (record.locked) {
    return {
      ok: false,
      failure: failure(
        400,
        'ENTITY_IS_LOCKED',
        'This record is locked. If you need to edit it, contact your admin.',
        [],
      ),
    };
  }
  return { ok: true, record };
}

function checkRow(
  ctx: DataContext,
  object: string,
  row: Fields,
  changed: string[],
  mode: 'create' | 'update',
): SfFailure | undefined {
  const schema = ctx.store.schema;
  const missing = missingRequired(schema, object, row, mode === 'create' ? 'all' : changed);
  if (missing.length > 0) {
    return failure(
      400,
      'REQUIRED_FIELD_MISSING',
      `Required fields are missing: [${missing.join(', ')}]`,
      missing,
    );
  }
  const picklist = checkPicklists(schema, object, row, changed);
  if (picklist) return picklist;
  for (const name of changed) {
    const field = schema.field(object, name);
    const value = row[name];
    if (field?.type !== 'reference' || typeof value !== 'string') continue;
    const target = ctx.store.get(ctx.orgId, value);
    if (!target || target.deleted || !field.referenceTo.includes(target.type)) {
      return failure(400, 'INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, []);
    }
  }
  const rules = validationErrors(ctx, object, row);
  return rules.length > 0 ? { status: 400, errors: rules } : undefined;
}

export function updateRecord(
  ctx: DataContext,
  object: string | undefined,
  id: string,
  body: Record<string, unknown>,
): WriteResult {
  const found = writableRecord(ctx, object, id);
  if (!found.ok) return found;
  const type = found.record.type;
  const checked = checkFields(ctx.store.schema, ctx.user.profile, type, body, 'update');
  if (!checked.ok) return checked;
  const changed = Object.keys(checked.values);
  const problem = checkRow(
    ctx,
    type,
    { ...found.record.fields, ...checked.values },
    changed,
    'update',
  );
  if (problem) return { ok: false, failure: problem };
  return {
    ok: true,
    record: ctx.store.update(ctx.orgId, str(found.record.fields.Id), checked.values, ctx.user.id),
  };
}

export function createRecord(
  ctx: DataContext,
  object: string,
  body: Record<string, unknown>,
): WriteResult {
  const describe = ctx.store.schema.get(object);
  if (!describe) return { ok: false, failure: notFound() };
  if (!objectAccess(ctx.user.profile, describe).create) return { ok: false, failure: noAccess() };
  const checked = checkFields(ctx.store.schema, ctx.user.profile, describe.name, body, 'create');
  if (!checked.ok) return checked;
  const defaults: Fields = { OwnerId: ctx.user.id };
  for (const f of describe.fields) {
    const picked = f.picklistValues.find((p) => p.defaultValue)?.value;
    if (picked) defaults[f.name] = picked;
  }
  const row = { ...defaults, ...checked.values };
  const problem = checkRow(ctx, describe.name, row, Object.keys(checked.values), 'create');
  if (problem) return { ok: false, failure: problem };
  return {
    ok: true,
    record: ctx.store.insert(ctx.orgId, describe.name, checked.values, ctx.user.id),
  };
}

export function deleteRecord(ctx: DataContext, object: string, id: string): WriteResult {
  const found = writableRecord(ctx, object, id);
  if (!found.ok) return found;
  const describe = ctx.store.schema.get(found.record.type)!;
  if (
    !objectAccess(ctx.user.profile, describe).delete &&
    found.record.fields.OwnerId !== ctx.user.id
  ) {
    return { ok: false, failure: noAccess() };
  }
  ctx.store.remove(ctx.orgId, id, ctx.user.id);
  return found;
}
