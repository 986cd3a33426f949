/**
 * UI API record representations: `fields{X:{displayValue, value}}`, nested records for
 * relationships, eTags and UI-style dates (`...000Z`), as Lightning Data Service receives them.
 */
import { createHash } from 'node:crypto';

import { canSeeField } from '../data/access';
import { type DataContext, readable } from '../data/context';
import { uiDateTime } from '../data/dates';
import type { StoredRecord } from '../data/store';
import { type FieldDescribe, type FieldValue, str } from '../data/types';

export const etag = (value: unknown) =>
  createHash('md5').update(JSON.stringify(value)).digest('hex');

function displayValue(
  ctx: DataContext,
  field: FieldDescribe,
  value: FieldValue | undefined,
): string | null {
  if (value === null || value === undefined) return null;
  const timeZone = ctx.user.timeZone;
  switch (field.type) {
    case 'picklist':
      return field.picklistValues.find((p) => p.value === value)?.label ?? str(value);
    case 'date':
      return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'short' })
        .format(new Date(`${str(value)}T00:00:00Z`))
        .replace(/\/(\d{2})$/, (_, y: string) => `/20${y}`);
    case 'datetime':
      return new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      })
        .format(new Date(uiDateTime(str(value))))
        .replace(',', '');
    case 'currency':
      return typeof value === 'number'
        ? new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(value)
        : null;
    case 'percent':
      return typeof value === 'number' ? `${value}%` : null;
    default:
      return null;
  }
}

const uiValue = (field: FieldDescribe | undefined, value: FieldValue | undefined) =>
  field?.type === 'datetime' && typeof value === 'string' ? uiDateTime(value) : (value ?? null);

/** `Account.Owner.Name` style paths, already split and without the object name. */
export function uiRecord(
  ctx: DataContext,
  record: StoredRecord,
  paths: string[][],
): Record<string, unknown> {
  const schema = ctx.store.schema;
  const fields: Record<string, unknown> = {};
  const groups = new Map<string, string[][]>();
  for (const path of paths) {
    const [head, ...rest] = path as [string, ...string[]];
    if (rest.length === 0) {
      const field = schema.field(record.type, head);
      if (!field || !canSeeField(ctx.user.profile, record.type, field.name)) continue;
      const value = record.fields[field.name];
      fields[field.name] = {
        displayValue: displayValue(ctx, field, value),
        value: uiValue(field, value),
      };
    } else {
      const hop = schema.relationship(record.type, head);
      if (!hop) continue;
      groups.set(hop.relationshipName!, [...(groups.get(hop.relationshipName!) ?? []), rest]);
    }
  }
  for (const [relationship, rest] of groups) {
    const hop = schema.relationship(record.type, relationship)!;
    const id = record.fields[hop.name];
    const target = typeof id === 'string' ? readable(ctx, id) : undefined;
    const name = target ? str(target.fields[schema.nameField(target.type)?.name ?? 'Name']) : null;
    fields[relationship] = {
      displayValue: name,
      value: target ? uiRecord(ctx, target, rest) : null,
    };
  }
  const f = record.fields;
  const recordTypeId = typeof f.RecordTypeId === 'string' ? f.RecordTypeId : null;
  const rt = schema.get(record.type)?.recordTypeInfos.find((r) => r.recordTypeId === recordTypeId);
  const body = {
    apiName: record.type,
    childRelationships: {},
    eTag: '',
    fields,
    id: str(f.Id),
    lastModifiedById: f.LastModifiedById ?? null,
    lastModifiedDate:
      typeof f.LastModifiedDate === 'string' ? uiDateTime(f.LastModifiedDate) : null,
    recordTypeId,
    recordTypeInfo: rt
      ? {
          available: rt.available,
          defaultRecordTypeMapping: rt.defaultRecordTypeMapping,
          master: rt.master,
          name: rt.name,
          recordTypeId: rt.recordTypeId,
        }
      : null,
    systemModstamp: typeof f.SystemModstamp === 'string' ? uiDateTime(f.SystemModstamp) : null,
    weakEtag: typeof f.SystemModstamp === 'string' ? Date.parse(uiDateTime(f.SystemModstamp)) : 0,
  };
  body.eTag = etag(body);
  return body;
}
