/** UI API routes: records (GET/PATCH), record-ui, object-info and picklist values. */
import { canSeeField } from '../data/access';
import { type DataContext, readable } from '../data/context';
import { updateRecord } from '../data/rules/write';
import type { StoredRecord } from '../data/store';
import { str } from '../data/types';
import { type ApiResponse, context, error, fail, type Handler, notFound } from './api';
import { checkUnmodifiedSince } from './conditional';
import { render } from './render';
import { objectInfo, picklistInfo } from './ui-object-info';
import { etag, uiRecord as representRecord } from './ui-record';

/** `fields=Account.Name,Account.Owner.Name`: paths for this record's object, without its name. */
function requested(
  ctx: DataContext,
  record: StoredRecord,
  list: (string | null)[],
  strict: boolean,
): string[][] | ApiResponse {
  const paths: string[][] = [];
  for (const name of list
    .flatMap((l) => l?.split(',') ?? [])
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [object, ...path] = name.split('.');
    if (object !== record.type || path.length === 0) continue;
    const leaf = path.length === 1 ? ctx.store.schema.field(record.type, path[0]!) : undefined;
    if (
      strict &&
      path.length === 1 &&
      (!leaf || !canSeeField(ctx.user.profile, record.type, leaf.name))
    ) {
      return error(400, 'INVALID_FIELD', `${name} is not a valid field`);
    }
    paths.push(path);
  }
  if (paths.length === 0) {
    return ctx.store.schema
      .get(record.type)!
      .fields.filter((f) => canSeeField(ctx.user.profile, record.type, f.name))
      .map((f) => [f.name]);
  }
  return paths;
}

export const uiRecord: Handler = (req, deps, m) => {
  const ctx = context(req, deps);
  const id = m[1]!;
  const found = readable(ctx, id);
  if (!found) return error(404, 'NOT_FOUND', 'The requested resource does not exist');
  if (req.method === 'GET') {
    const paths = requested(ctx, found, [req.query.get('fields')], true);
    if (!Array.isArray(paths)) return paths;
    const optional = requested(ctx, found, [req.query.get('optionalFields')], false);
    return {
      status: 200,
      body: representRecord(ctx, found, [...paths, ...(Array.isArray(optional) ? optional : [])]),
    };
  }
  if (req.method !== 'PATCH')
    return error(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${req.method}' not allowed.`);
  const body = req.body as { fields?: Record<string, unknown> } | null;
  if (!body?.fields || typeof body.fields !== 'object')
    return error(400, 'INVALID_INPUT', 'fields is required');
  const precondition = checkUnmodifiedSince(req, ctx, id);
  if (precondition) return precondition;
  const result = updateRecord(ctx, undefined, id, body.fields);
  if (!result.ok) return fail(result.failure);
  const paths = [
    ...Object.keys(body.fields),
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
  ].map((f) => [f]);
  return { status: 200, body: representRecord(ctx, result.record, paths) };
};

export const objectInfoUi: Handler = (req, deps, m) => {
  const d = deps.store.schema.get(m[1]!);
  if (!d) return notFound();
  return { status: 200, body: render(objectInfo(context(req, deps), d), req) };
};

export const picklistValues: Handler = (req, deps, m) => {
  const d = deps.store.schema.get(m[1]!);
  const field = d && deps.store.schema.field(d.name, m[3]!);
  if (!d || !field || !['picklist', 'multipicklist'].includes(field.type)) return notFound();
  const url = `/services/data/v${req.version}/ui-api/object-info/${d.name}/picklist-values/${m[2]!}/${field.name}`;
  return { status: 200, body: picklistInfo(context(req, deps), d, m[2]!, field, url) };
};

/**
 * `object-info/X/picklist-values/<recordTypeId>`: every picklist field's values for the record
 * type at once, keyed by field name, as Salesforce's PicklistValuesCollection has them.
 */
export const picklistValuesCollection: Handler = (req, deps, m) => {
  const d = deps.store.schema.get(m[1]!);
  if (!d) return notFound();
  const ctx = context(req, deps);
  const base = `/services/data/v${req.version}/ui-api/object-info/${d.name}/picklist-values/${m[2]!}`;
  const picklistFieldValues = Object.fromEntries(
    d.fields
      .filter((f) => ['picklist', 'multipicklist'].includes(f.type))
      .filter((f) => canSeeField(ctx.user.profile, d.name, f.name))
      .map((f) => [f.name, picklistInfo(ctx, d, m[2]!, f, `${base}/${f.name}`)]),
  );
  const body = { eTag: '', picklistFieldValues };
  body.eTag = etag(body);
  return { status: 200, body };
};

function layout(ctx: DataContext, record: StoredRecord) {
  const d = ctx.store.schema.get(record.type)!;
  const fields = d.fields.filter(
    (f) =>
      canSeeField(ctx.user.profile, d.name, f.name) &&
      !['Id', 'IsDeleted', 'SystemModstamp'].includes(f.name) &&
      f.type !== 'address',
  );
  const rows = [];
  for (let i = 0; i < fields.length; i += 2) {
    rows.push({
      layoutItems: fields.slice(i, i + 2).map((f) => ({
        editableForNew: f.createable,
        editableForUpdate: f.updateable,
        label: f.label,
        layoutComponents: [{ apiName: f.name, componentType: 'Field', label: f.label }],
        lookupIdApiName: f.type === 'reference' ? f.name : f.nameField ? 'Id' : null,
        required: f.createable && !f.nillable && !f.defaultedOnCreate && f.type !== 'boolean',
        sortable: false,
      })),
    });
  }
  const recordTypeId =
    typeof record.fields.RecordTypeId === 'string'
      ? record.fields.RecordTypeId
      : d.recordTypeInfos[0]!.recordTypeId;
  const body = {
    eTag: '',
    id: `00h${record.type.length}00000000001AAA`.slice(0, 18),
    layoutType: 'Full',
    mode: 'View',
    objectApiName: d.name,
    recordTypeId,
    saveOptions: [],
    sections: [
      {
        collapsible: false,
        columns: 2,
        heading: `${d.label} Information`,
        id: '01B000000000001AAA',
        layoutRows: rows,
        rows: rows.length,
        useHeading: true,
      },
    ],
  };
  body.eTag = etag(body);
  return { recordTypeId, body };
}

export const recordUi: Handler = (req, deps, m) => {
  const ctx = context(req, deps);
  const out = {
    layoutUserStates: {},
    layouts: {} as Record<string, unknown>,
    objectInfos: {} as Record<string, unknown>,
    records: {} as Record<string, unknown>,
  };
  for (const id of m[1]!.split(',')) {
    const found = readable(ctx, id);
    if (!found) return error(404, 'NOT_FOUND', 'The requested resource does not exist');
    const { recordTypeId, body } = layout(ctx, found);
    out.layouts[found.type] = { [recordTypeId]: { Full: { View: body } } };
    out.objectInfos[found.type] ??= render(
      objectInfo(ctx, deps.store.schema.get(found.type)!),
      req,
    );
    const paths = body.sections.flatMap((s) =>
      s.layoutRows.flatMap((r) => r.layoutItems.map((i) => [i.layoutComponents[0]!.apiName])),
    );
    out.records[str(found.fields.Id)] = representRecord(ctx, found, paths);
  }
  return { status: 200, body: out };
};
