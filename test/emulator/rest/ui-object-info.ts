/** UI API object info and picklist values, derived from the describe the caller sees. */
import { describeFor } from '../data/access';
import type { DataContext } from '../data/context';
import { isValidFor, RECORD_TYPE_VALUES } from '../data/schema/picklists';
import type { FieldDescribe, SObjectDescribe } from '../data/types';
import { etag } from './ui-record';

const DATA_TYPES: Record<string, string> = {
  id: 'String',
  string: 'String',
  textarea: 'TextArea',
  picklist: 'Picklist',
  multipicklist: 'MultiPicklist',
  combobox: 'ComboBox',
  boolean: 'Boolean',
  int: 'Int',
  double: 'Double',
  currency: 'Currency',
  percent: 'Percent',
  date: 'Date',
  datetime: 'DateTime',
  time: 'Time',
  email: 'Email',
  phone: 'Phone',
  url: 'Url',
  reference: 'Reference',
  address: 'Address',
  location: 'Location',
  encryptedstring: 'EncryptedString',
  base64: 'Base64',
};

function uiField(schema: DataContext['store']['schema'], f: FieldDescribe, d: SObjectDescribe) {
  return {
    apiName: f.name,
    calculated: f.calculated,
    compound: f.type === 'address' || d.fields.some((o) => o.compoundFieldName === f.name),
    compoundComponentName: null,
    compoundFieldName: (f.compoundFieldName as string | null) ?? null,
    controllerName: f.controllerName,
    controllingFields: f.controllerName ? [f.controllerName] : [],
    createable: f.createable,
    custom: f.custom,
    dataType: DATA_TYPES[f.type] ?? 'String',
    extraTypeInfo: (f.extraTypeInfo as string | null) ?? null,
    filterable: f.filterable,
    filteredLookupInfo: null,
    highScaleNumber: false,
    htmlFormatted: Boolean(f.htmlFormatted),
    inlineHelpText: null,
    label: f.label,
    length: f.length,
    nameField: f.nameField,
    polymorphicForeignKey: f.polymorphicForeignKey,
    precision: f.precision,
    reference: f.type === 'reference',
    referenceTargetField: null,
    referenceToInfos: f.referenceTo.map((apiName) => ({
      apiName,
      nameFields: [schema.nameField(apiName)?.name ?? 'Name'],
    })),
    relationshipName: f.relationshipName,
    required: f.createable && !f.nillable && !f.defaultedOnCreate && f.type !== 'boolean',
    scale: f.scale,
    searchPrefilterable: Boolean(f.searchPrefilterable),
    sortable: f.sortable,
    unique: Boolean(f.unique),
    updateable: f.updateable,
  };
}

export function objectInfo(ctx: DataContext, base: SObjectDescribe) {
  const d = describeFor(ctx.user.profile, base);
  const schema = ctx.store.schema;
  const dependentFields: Record<string, Record<string, object>> = {};
  for (const f of d.fields)
    if (f.controllerName) (dependentFields[f.controllerName] ??= {})[f.name] = {};
  const defaultRt =
    d.recordTypeInfos.find((r) => r.defaultRecordTypeMapping) ?? d.recordTypeInfos[0];
  return {
    apiName: d.name,
    childRelationships: d.childRelationships
      .filter((c) => c.relationshipName)
      .map((c) => ({
        childObjectApiName: c.childSObject,
        fieldName: c.field,
        junctionIdListNames: [],
        junctionReferenceTo: [],
        relationshipName: c.relationshipName,
      })),
    createable: d.createable,
    custom: d.custom,
    defaultRecordTypeId: defaultRt?.recordTypeId ?? null,
    deletable: d.deletable,
    dependentFields,
    feedEnabled: Boolean(d.feedEnabled),
    fields: Object.fromEntries(d.fields.map((f) => [f.name, uiField(schema, f, d)])),
    keyPrefix: d.keyPrefix,
    label: d.label,
    labelPlural: d.labelPlural,
    layoutable: Boolean(d.layoutable),
    mruEnabled: Boolean(d.mruEnabled),
    nameFields: d.fields.filter((f) => f.nameField).map((f) => f.name),
    queryable: d.queryable,
    recordTypeInfos: Object.fromEntries(
      d.recordTypeInfos.map((r) => [
        r.recordTypeId,
        {
          available: r.available,
          defaultRecordTypeMapping: r.defaultRecordTypeMapping,
          master: r.master,
          name: r.name,
          recordTypeId: r.recordTypeId,
        },
      ]),
    ),
    searchable: d.searchable,
    themeInfo: {
      color: d.custom ? '3BA755' : '7F8DE1',
      iconUrl: `https://${ctx.store.orgs.find((o) => o.id === ctx.orgId)!.apiHost}/img/icon/t4v35/standard/${d.name.toLowerCase()}_120.png`,
    },
    updateable: d.updateable,
  };
}

export function picklistInfo(
  ctx: DataContext,
  d: SObjectDescribe,
  recordTypeId: string,
  f: FieldDescribe,
  url: string,
) {
  const subset = RECORD_TYPE_VALUES[d.name]?.[recordTypeId]?.[f.name];
  const controller = f.controllerName
    ? ctx.store.schema.field(d.name, f.controllerName)
    : undefined;
  const controllerValues = Object.fromEntries(
    (controller?.picklistValues ?? []).map((p, i) => [p.value, i]),
  );
  const values = f.picklistValues
    .filter((p) => p.active && (!subset || subset.includes(p.value)))
    .map((p) => ({
      attributes: null,
      label: p.label,
      validFor:
        controller && p.validFor
          ? controller.picklistValues.map((_, i) => i).filter((i) => isValidFor(p.validFor!, i))
          : [],
      value: p.value,
    }));
  const defaultEntry = f.picklistValues.find((p) => p.defaultValue);
  const body = {
    controllerValues,
    defaultValue: defaultEntry
      ? { attributes: null, label: defaultEntry.label, validFor: [], value: defaultEntry.value }
      : null,
    eTag: '',
    url,
    values,
  };
  body.eTag = etag(body);
  return body;
}
