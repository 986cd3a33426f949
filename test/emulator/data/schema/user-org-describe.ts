/** User and Organization, built by hand in the shape of the recorded describes. */
import type { SObjectDescribe } from '../types';
import { auditFields, idField, makeField, picklist, SYSTEM } from './field-factory';
import { childRelationship, makeObject } from './object-factory';

const READ_ONLY = { createable: false, updateable: false };

export function userDescribe(): SObjectDescribe {
  return makeObject({
    name: 'User',
    label: 'User',
    labelPlural: 'Users',
    keyPrefix: '005',
    fields: [
      idField('User ID'),
      makeField('Username', 'Username', 'string', { length: 80, nillable: false, unique: true }),
      makeField('LastName', 'Last Name', 'string', { length: 80, nillable: false }),
      makeField('FirstName', 'First Name', 'string', { length: 40 }),
      makeField('Name', 'Full Name', 'string', {
        ...SYSTEM,
        length: 121,
        nameField: true,
      }),
      makeField('Title', 'Title', 'string', { length: 80 }),
      makeField('Email', 'Email', 'email', { length: 128, nillable: false }),
      makeField('Alias', 'Alias', 'string', { length: 8, nillable: false }),
      makeField('IsActive', 'Active', 'boolean', { defaultedOnCreate: true }),
      makeField('TimeZoneSidKey', 'Time Zone', 'picklist', {
        length: 40,
        nillable: false,
        restrictedPicklist: true,
        picklistValues: picklist(['Europe/Berlin', 'Europe/London', 'America/Los_Angeles']),
      }),
      makeField('LocaleSidKey', 'Locale', 'picklist', {
        length: 40,
        nillable: false,
        restrictedPicklist: true,
        picklistValues: picklist(['en_US', 'de_DE', 'en_GB']),
      }),
      makeField('LanguageLocaleKey', 'Language', 'picklist', {
        length: 40,
        nillable: false,
        restrictedPicklist: true,
        picklistValues: picklist(['en_US', 'de']),
      }),
      makeField('ProfileId', 'Profile ID', 'reference', {
        nillable: false,
        referenceTo: ['Profile'],
        relationshipName: 'Profile',
      }),
      makeField('UserType', 'User Type', 'picklist', {
        ...READ_ONLY,
        length: 40,
        picklistValues: picklist(['Standard']),
      }),
      ...auditFields(),
      makeField('LastLoginDate', 'Last Login', 'datetime', SYSTEM),
    ],
    childRelationships: [
      childRelationship('Account', 'OwnerId', null),
      childRelationship('Task', 'OwnerId', null),
    ],
    flags: { deletable: false, mergeable: false, undeletable: false },
  });
}

export function organizationDescribe(): SObjectDescribe {
  const text = (name: string, label: string, length = 80) =>
    makeField(name, label, 'string', { ...READ_ONLY, length });
  const flag = (name: string, label: string) =>
    makeField(name, label, 'boolean', { ...READ_ONLY, defaultedOnCreate: true });
  return makeObject({
    name: 'Organization',
    label: 'Organization',
    labelPlural: 'Organizations',
    keyPrefix: '00D',
    fields: [
      idField('Organization ID'),
      makeField('Name', 'Name', 'string', { ...READ_ONLY, length: 80, nameField: true }),
      text('Division', 'Division'),
      text('City', 'City', 40),
      text('Country', 'Country'),
      text('Phone', 'Phone', 40),
      text('PrimaryContact', 'Primary Contact'),
      text('DefaultLocaleSidKey', 'Locale', 40),
      text('TimeZoneSidKey', 'Time Zone', 40),
      text('LanguageLocaleKey', 'Language', 40),
      text('DefaultCurrencyIsoCode', 'Locale Currency', 3),
      makeField('FiscalYearStartMonth', 'Fiscal Year Starts In', 'int', READ_ONLY),
      text('DefaultAccountAccess', 'Default Account Access', 40),
      text('DefaultOpportunityAccess', 'Default Opportunity Access', 40),
      text('DefaultCaseAccess', 'Default Case Access', 40),
      text('OrganizationType', 'Edition', 40),
      text('NamespacePrefix', 'Namespace Prefix', 15),
      text('InstanceName', 'Instance Name', 5),
      flag('IsSandbox', 'Is Sandbox'),
      flag('IsReadOnly', 'Is Read Only'),
      makeField('TrialExpirationDate', 'Trial Expiration Date', 'datetime', READ_ONLY),
      ...auditFields(),
    ],
    flags: {
      createable: false,
      updateable: false,
      deletable: false,
      searchable: false,
      mergeable: false,
      undeletable: false,
      feedEnabled: false,
    },
  });
}

/** RecordType: enough for `RecordType.Name` in queries of objects with record types. */
export function recordTypeDescribe(): SObjectDescribe {
  return makeObject({
    name: 'RecordType',
    label: 'Record Type',
    labelPlural: 'Record Types',
    keyPrefix: '012',
    fields: [
      idField('Record Type ID'),
      makeField('Name', 'Record Type Name', 'string', {
        ...READ_ONLY,
        length: 80,
        nameField: true,
      }),
      makeField('DeveloperName', 'Record Type Name', 'string', { ...READ_ONLY, length: 80 }),
      makeField('SobjectType', 'SObject Type Name', 'string', { ...READ_ONLY, length: 40 }),
      makeField('IsActive', 'Active', 'boolean', { ...READ_ONLY, defaultedOnCreate: true }),
      ...auditFields(),
    ],
    childRelationships: [],
    flags: { deletable: false, mergeable: false, undeletable: false },
  });
}
