/**
 * Shapes shared by the emulator's data plane. Describes are kept as the plain JSON Salesforce
 * sends (every key), typed only where the emulator reads them.
 */
export type FieldValue = string | number | boolean | null | Record<string, unknown>;

/** A stored row: API field names to values in the REST API's JSON form. */
export type Fields = Record<string, FieldValue | undefined>;

export interface PicklistEntry {
  active: boolean;
  defaultValue: boolean;
  label: string;
  validFor: string | null;
  value: string;
}

export interface FieldDescribe {
  name: string;
  label: string;
  type: string;
  length: number;
  precision: number;
  scale: number;
  digits: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  calculated: boolean;
  custom: boolean;
  defaultedOnCreate: boolean;
  nameField: boolean;
  filterable: boolean;
  sortable: boolean;
  picklistValues: PicklistEntry[];
  restrictedPicklist: boolean;
  dependentPicklist: boolean;
  controllerName: string | null;
  referenceTo: string[];
  relationshipName: string | null;
  polymorphicForeignKey: boolean;
  [key: string]: unknown;
}

export interface ChildRelationship {
  childSObject: string;
  field: string;
  relationshipName: string | null;
  cascadeDelete: boolean;
  [key: string]: unknown;
}

export interface RecordTypeInfo {
  active: boolean;
  available: boolean;
  defaultRecordTypeMapping: boolean;
  developerName: string;
  master: boolean;
  name: string;
  recordTypeId: string;
  urls: Record<string, string>;
}

export interface SObjectDescribe {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string | null;
  custom: boolean;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
  queryable: boolean;
  searchable: boolean;
  fields: FieldDescribe[];
  childRelationships: ChildRelationship[];
  recordTypeInfos: RecordTypeInfo[];
  urls: Record<string, string>;
  [key: string]: unknown;
}

/** One entry of describeGlobal's `sobjects`. */
export type GlobalEntry = Record<string, unknown> & { name: string; keyPrefix: string | null };

/** A Salesforce error as REST sends it; `fields` is left out where Salesforce leaves it out. */
export interface SfError {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** An error plus the HTTP status it travels with. */
export interface SfFailure {
  status: number;
  errors: SfError[];
}

export function failure(status: number, errorCode: string, message: string, fields?: string[]) {
  const error: SfError = fields ? { message, errorCode, fields } : { message, errorCode };
  return { status, errors: [error] } satisfies SfFailure;
}

/** A field value as text (ids, names); objects such as addresses become JSON. */
export function str(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
