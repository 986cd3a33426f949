/**
 * Builds describe fields for the hand-made objects with every key a recorded describe field has,
 * so a hand-made describe cannot be told apart from a recorded one by its shape.
 */
import type { FieldDescribe, PicklistEntry } from '../types';

const SOAP_TYPES: Record<string, string> = {
  id: 'tns:ID',
  reference: 'tns:ID',
  string: 'xsd:string',
  textarea: 'xsd:string',
  picklist: 'xsd:string',
  multipicklist: 'xsd:string',
  combobox: 'xsd:string',
  email: 'xsd:string',
  phone: 'xsd:string',
  url: 'xsd:string',
  boolean: 'xsd:boolean',
  int: 'xsd:int',
  double: 'xsd:double',
  currency: 'xsd:double',
  percent: 'xsd:double',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  address: 'urn:address',
};

export type FieldOptions = Partial<FieldDescribe>;

/** A field that behaves like a system field: read-only, always set. */
export const SYSTEM: FieldOptions = {
  createable: false,
  updateable: false,
  nillable: false,
  defaultedOnCreate: true,
};

function byteLength(type: string, length: number): number {
  if (type === 'id' || type === 'reference') return 18;
  return length * 3;
}

export function makeField(
  name: string,
  label: string,
  type: string,
  options: FieldOptions = {},
): FieldDescribe {
  const length =
    options.length ??
    (['string', 'picklist', 'combobox', 'email', 'url', 'phone'].includes(type)
      ? 255
      : type === 'id' || type === 'reference'
        ? 18
        : 0);
  const isText = ['string', 'textarea', 'email', 'url', 'phone', 'picklist', 'combobox'].includes(
    type,
  );
  const base: FieldDescribe = {
    aggregatable: type !== 'textarea' && type !== 'address',
    aiPredictionField: false,
    autoNumber: false,
    byteLength: byteLength(type, length),
    calculated: false,
    calculatedFormula: null,
    cascadeDelete: false,
    caseSensitive: false,
    compoundFieldName: null,
    controllerName: null,
    createable: true,
    custom: name.endsWith('__c'),
    defaultValue: null,
    defaultValueFormula: null,
    defaultedOnCreate: type === 'boolean',
    dependentPicklist: false,
    deprecatedAndHidden: false,
    digits: type === 'int' ? 9 : 0,
    displayLocationInDecimal: false,
    encrypted: false,
    externalId: false,
    extraTypeInfo: type === 'textarea' ? 'plaintextarea' : null,
    filterable: type !== 'textarea',
    filteredLookupInfo: null,
    formulaTreatNullNumberAsZero: false,
    groupable: isText || ['boolean', 'date', 'id', 'reference'].includes(type),
    highScaleNumber: false,
    htmlFormatted: false,
    idLookup: type === 'id',
    inlineHelpText: null,
    label,
    length,
    mask: null,
    maskType: null,
    name,
    nameField: false,
    namePointing: false,
    nillable: type !== 'boolean' && type !== 'id',
    permissionable: type !== 'id' && type !== 'boolean',
    picklistValues: [],
    polymorphicForeignKey: false,
    precision: 0,
    queryByDistance: false,
    referenceTargetField: null,
    referenceTo: [],
    relationshipName: null,
    relationshipOrder: null,
    restrictedDelete: false,
    restrictedPicklist: false,
    scale: 0,
    searchPrefilterable: type === 'reference',
    soapType: SOAP_TYPES[type] ?? 'xsd:string',
    sortable: type !== 'textarea',
    type,
    unique: false,
    updateable: true,
    writeRequiresMasterRead: false,
  };
  return { ...base, ...options };
}

export function picklist(values: string[], defaultValue?: string): PicklistEntry[] {
  return values.map((value) => ({
    active: true,
    defaultValue: value === defaultValue,
    label: value,
    validFor: null,
    value,
  }));
}

/** The standard audit fields every object has. */
export function auditFields(labelPrefix = ''): FieldDescribe[] {
  const user = (name: string, label: string, relationshipName: string) =>
    makeField(name, `${labelPrefix}${label}`, 'reference', {
      ...SYSTEM,
      referenceTo: ['User'],
      relationshipName,
    });
  return [
    makeField('CreatedDate', 'Created Date', 'datetime', SYSTEM),
    user('CreatedById', 'Created By ID', 'CreatedBy'),
    makeField('LastModifiedDate', 'Last Modified Date', 'datetime', SYSTEM),
    user('LastModifiedById', 'Last Modified By ID', 'LastModifiedBy'),
    makeField('SystemModstamp', 'System Modstamp', 'datetime', SYSTEM),
  ];
}

export function idField(label: string): FieldDescribe {
  return makeField('Id', label, 'id', { ...SYSTEM, nillable: false });
}
