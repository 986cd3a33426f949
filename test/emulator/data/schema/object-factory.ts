/**
 * Builds object describes for hand-made objects with every top-level key of a recorded describe.
 * URLs carry `{{V}}` (API version) and `{{HOST}}` (org host); `render` fills them per request.
 */
import type { ChildRelationship, FieldDescribe, RecordTypeInfo, SObjectDescribe } from '../types';

export const MASTER_RECORD_TYPE = '012000000000000AAA';

export function objectUrls(name: string, keyPrefix: string | null): Record<string, string> {
  const base = `/services/data/v{{V}}/sobjects/${name}`;
  return {
    compactLayouts: `${base}/describe/compactLayouts`,
    rowTemplate: `${base}/{ID}`,
    approvalLayouts: `${base}/describe/approvalLayouts`,
    uiDetailTemplate: 'https://{{HOST}}/{ID}',
    uiEditTemplate: 'https://{{HOST}}/{ID}/e',
    defaultValues: `${base}/defaultValues?recordTypeId&fields`,
    listviews: `${base}/listviews`,
    describe: `${base}/describe`,
    uiNewRecord: `https://{{HOST}}/${keyPrefix ?? ''}/e`,
    quickActions: `${base}/quickActions`,
    layouts: `${base}/describe/layouts`,
    sobject: base,
  };
}

export function recordTypeInfo(
  object: string,
  id: string,
  name: string,
  developerName: string,
  isDefault: boolean,
): RecordTypeInfo {
  return {
    active: true,
    available: true,
    defaultRecordTypeMapping: isDefault,
    developerName,
    master: id === MASTER_RECORD_TYPE,
    name,
    recordTypeId: id,
    urls: { layout: `/services/data/v{{V}}/sobjects/${object}/describe/layouts/${id}` },
  };
}

export function childRelationship(
  childSObject: string,
  field: string,
  relationshipName: string | null,
  cascadeDelete = false,
): ChildRelationship {
  return {
    cascadeDelete,
    childSObject,
    deprecatedAndHidden: false,
    field,
    junctionIdListNames: [],
    junctionReferenceTo: [],
    relationshipName,
    restrictedDelete: false,
  };
}

export interface ObjectOptions {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string | null;
  fields: FieldDescribe[];
  childRelationships?: ChildRelationship[];
  recordTypeInfos?: RecordTypeInfo[];
  /** Overrides for object-level flags (createable, searchable, ...). */
  flags?: Partial<SObjectDescribe>;
}

export function makeObject(o: ObjectOptions): SObjectDescribe {
  const custom = o.name.endsWith('__c');
  return {
    actionOverrides: [],
    activateable: false,
    childRelationships: o.childRelationships ?? [],
    compactLayoutable: true,
    createable: true,
    custom,
    customSetting: false,
    deepCloneable: false,
    defaultImplementation: null,
    deletable: true,
    deprecatedAndHidden: false,
    extendedBy: null,
    extendsInterfaces: null,
    feedEnabled: custom,
    fields: o.fields,
    hasSubtypes: false,
    implementedBy: null,
    implementsInterfaces: null,
    isInterface: false,
    isSubtype: false,
    keyPrefix: o.keyPrefix,
    label: o.label,
    labelPlural: o.labelPlural,
    layoutable: true,
    listviewable: null,
    lookupLayoutable: null,
    mergeable: false,
    mruEnabled: true,
    name: o.name,
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    queryable: true,
    recordTypeInfos: o.recordTypeInfos ?? [
      recordTypeInfo(o.name, MASTER_RECORD_TYPE, 'Master', 'Master', true),
    ],
    replicateable: true,
    retrieveable: true,
    searchLayoutable: true,
    searchable: true,
    supportedScopes: [
      { label: 'All records', name: 'everything' },
      { label: 'My records', name: 'mine' },
    ],
    triggerable: true,
    undeletable: true,
    updateable: true,
    urls: objectUrls(o.name, o.keyPrefix),
    ...o.flags,
  };
}

/** The describeGlobal entry of an object, with the keys the recorded global describe has. */
export function globalEntry(d: SObjectDescribe): Record<string, unknown> {
  const keys = [
    'activateable',
    'createable',
    'custom',
    'customSetting',
    'deepCloneable',
    'deletable',
    'deprecatedAndHidden',
    'feedEnabled',
    'hasSubtypes',
    'isInterface',
    'isSubtype',
    'keyPrefix',
    'label',
    'labelPlural',
    'layoutable',
    'mergeable',
    'mruEnabled',
    'name',
    'queryable',
    'replicateable',
    'retrieveable',
    'searchable',
    'triggerable',
    'undeletable',
    'updateable',
  ];
  const entry: Record<string, unknown> = {
    associateEntityType: null,
    associateParentEntity: null,
  };
  for (const key of keys) entry[key] = d[key];
  const { sobject, describe, rowTemplate, compactLayouts, approvalLayouts, listviews } = d.urls;
  entry.urls = {
    compactLayouts,
    rowTemplate,
    approvalLayouts,
    listviews,
    describe,
    quickActions: d.urls.quickActions,
    layouts: d.urls.layouts,
    sobject,
  };
  return entry;
}
