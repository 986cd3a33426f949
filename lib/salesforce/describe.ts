/**
 * The part of an sObject describe that Sofie keeps (and caches per org): enough to choose fields,
 * label them, format values and validate a proposed change. `slimDescribe` turns the REST
 * `GET /sobjects/<X>/describe` body into this shape.
 */
export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'picklist'
  | 'multipicklist'
  | 'combobox'
  | 'boolean'
  | 'int'
  | 'double'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'time'
  | 'email'
  | 'phone'
  | 'url'
  | 'reference'
  | 'address'
  | 'location'
  | 'encryptedstring'
  | 'base64'
  | 'anyType';

export interface PicklistValue {
  value: string;
  label: string;
  active: boolean;
  defaultValue: boolean;
  /** Base64 bitmap over the controlling field's values (dependent picklists only). */
  validFor?: string | null;
}

export interface FieldMeta {
  name: string;
  label: string;
  type: FieldType;
  updateable: boolean;
  createable: boolean;
  nillable: boolean;
  calculated: boolean;
  custom: boolean;
  nameField: boolean;
  length: number;
  precision: number;
  scale: number;
  htmlFormatted: boolean;
  picklistValues: PicklistValue[];
  restrictedPicklist: boolean;
  dependentPicklist: boolean;
  controllerName: string | null;
  referenceTo: string[];
  relationshipName: string | null;
  defaultedOnCreate: boolean;
}

export interface RecordTypeInfo {
  recordTypeId: string;
  name: string;
  developerName: string;
  available: boolean;
  master: boolean;
  defaultRecordTypeMapping: boolean;
}

export interface ChildRelationshipMeta {
  childSObject: string;
  field: string;
  relationshipName: string | null;
}

export interface ObjectMeta {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string | null;
  custom: boolean;
  queryable: boolean;
  updateable: boolean;
  searchable: boolean;
  fields: Record<string, FieldMeta>;
  recordTypeInfos: RecordTypeInfo[];
  childRelationships: ChildRelationshipMeta[];
  /**
   * Picklist values allowed per record type (from the UI API), when loaded:
   * recordTypeId → field → values. Absent means "all active values of the describe".
   */
  recordTypePicklists?: Record<string, Record<string, string[]>>;
  /** The fields of the primary compact layout, in order, when Salesforce sent it. */
  compactFields?: string[];
}

type RawField = Omit<Partial<FieldMeta>, 'type'> & { name: string; type: string };
interface RawDescribe {
  name: string;
  label: string;
  labelPlural?: string;
  keyPrefix?: string | null;
  custom?: boolean;
  queryable?: boolean;
  updateable?: boolean;
  searchable?: boolean;
  fields: RawField[];
  recordTypeInfos?: (Partial<RecordTypeInfo> & { recordTypeId: string })[];
  childRelationships?: (Partial<ChildRelationshipMeta> & { childSObject: string; field: string })[];
}

export function slimField(raw: RawField): FieldMeta {
  return {
    name: raw.name,
    label: raw.label ?? raw.name,
    type: raw.type as FieldType,
    updateable: raw.updateable ?? false,
    createable: raw.createable ?? false,
    nillable: raw.nillable ?? true,
    calculated: raw.calculated ?? false,
    custom: raw.custom ?? false,
    nameField: raw.nameField ?? false,
    length: raw.length ?? 0,
    precision: raw.precision ?? 0,
    scale: raw.scale ?? 0,
    htmlFormatted: raw.htmlFormatted ?? false,
    picklistValues: (raw.picklistValues ?? []).map((p) => ({
      value: p.value,
      label: p.label ?? p.value,
      active: p.active ?? true,
      defaultValue: p.defaultValue ?? false,
      validFor: p.validFor ?? null,
    })),
    restrictedPicklist: raw.restrictedPicklist ?? false,
    dependentPicklist: raw.dependentPicklist ?? false,
    controllerName: raw.controllerName ?? null,
    referenceTo: raw.referenceTo ?? [],
    relationshipName: raw.relationshipName ?? null,
    defaultedOnCreate: raw.defaultedOnCreate ?? false,
  };
}

export function slimDescribe(raw: RawDescribe): ObjectMeta {
  return {
    name: raw.name,
    label: raw.label,
    labelPlural: raw.labelPlural ?? raw.label,
    keyPrefix: raw.keyPrefix ?? null,
    custom: raw.custom ?? false,
    queryable: raw.queryable ?? true,
    updateable: raw.updateable ?? false,
    searchable: raw.searchable ?? false,
    fields: Object.fromEntries(raw.fields.map((f) => [f.name, slimField(f)])),
    recordTypeInfos: (raw.recordTypeInfos ?? []).map((r) => ({
      recordTypeId: r.recordTypeId,
      name: r.name ?? '',
      developerName: r.developerName ?? '',
      available: r.available ?? true,
      master: r.master ?? false,
      defaultRecordTypeMapping: r.defaultRecordTypeMapping ?? false,
    })),
    childRelationships: (raw.childRelationships ?? []).map((c) => ({
      childSObject: c.childSObject,
      field: c.field,
      relationshipName: c.relationshipName ?? null,
    })),
  };
}

/** The field that names a record (Name, CaseNumber, Subject...). */
export function nameFieldOf(object: ObjectMeta): string {
  const flagged = Object.values(object.fields).find((f) => f.nameField);
  return flagged?.name ?? ('Name' in object.fields ? 'Name' : 'Id');
}
