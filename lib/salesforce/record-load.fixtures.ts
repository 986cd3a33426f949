import type { ObjectMeta } from './describe';
import { slimDescribe } from './describe';
import { to18 } from './ids';

/** Test data shaped like the recorded describes in the shared fixtures (names and types as real). */
export const ACCOUNT_ID = to18('0015g00000Q9XyZ');
export const RECORD_TYPE_ID = to18('0125g000001AbCd');

const field = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  label: name,
  ...extra,
});

export function accountMeta(extraFields: ReturnType<typeof field>[] = []): ObjectMeta {
  return slimDescribe({
    name: 'Account',
    label: 'Account',
    keyPrefix: '001',
    fields: [
      field('Id', 'id'),
      field('Name', 'string', { nameField: true }),
      field('OwnerId', 'reference', { referenceTo: ['User'], relationshipName: 'Owner' }),
      field('RecordTypeId', 'reference', {
        referenceTo: ['RecordType'],
        relationshipName: 'RecordType',
      }),
      field('ParentId', 'reference', { referenceTo: ['Account'], relationshipName: 'Parent' }),
      field('Type', 'picklist'),
      field('Industry', 'picklist'),
      field('Rating', 'picklist'),
      field('AnnualRevenue', 'currency'),
      field('Phone', 'phone'),
      field('Website', 'url'),
      field('Description', 'textarea'),
      field('BillingAddress', 'address'),
      field('PhotoUrl', 'url'),
      field('CreatedDate', 'datetime'),
      field('LastModifiedDate', 'datetime'),
      field('SystemModstamp', 'datetime'),
      field('Tier__c', 'picklist', { custom: true }),
      field('Renewal_Date__c', 'date', { custom: true }),
      field('Main_Project__c', 'reference', {
        custom: true,
        referenceTo: ['Project__c'],
        relationshipName: 'Main_Project__r',
      }),
      field('Support_Case__c', 'reference', {
        custom: true,
        referenceTo: ['Case'],
        relationshipName: 'Support_Case__r',
      }),
      field('Logo__c', 'base64', { custom: true }),
      ...extraFields,
    ],
  });
}

export function manyCustomFields(count: number): ReturnType<typeof field>[] {
  return Array.from({ length: count }, (_, i) =>
    field(`Extra_${i}__c`, 'string', { custom: true }),
  );
}

export function taskMeta(without: string[] = []): ObjectMeta {
  const names = [
    'Id',
    'Subject',
    'Status',
    'Priority',
    'ActivityDate',
    'IsClosed',
    'TaskSubtype',
    'CompletedDateTime',
    'LastModifiedDate',
    'AccountId',
  ];
  return slimDescribe({
    name: 'Task',
    label: 'Task',
    fields: [
      ...names.filter((n) => !without.includes(n)).map((n) => field(n, 'string')),
      field('WhoId', 'reference', { referenceTo: ['Contact', 'Lead'], relationshipName: 'Who' }),
    ],
  });
}
