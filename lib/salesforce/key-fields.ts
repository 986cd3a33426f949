import type { FieldMeta, ObjectMeta } from './describe';

/**
 * The handful of fields worth showing under a record's name: the object's primary compact layout
 * when the describe brought it; otherwise per known object a fixed list, otherwise the first
 * status-like picklists, dates, amounts and contact details the describe offers.
 */
const KNOWN: Record<string, string[]> = {
  Account: ['Type', 'Industry', 'Rating', 'Phone', 'Website', 'AnnualRevenue'],
  Contact: ['Title', 'Email', 'Phone', 'MobilePhone', 'Department'],
  Lead: ['Status', 'Company', 'Title', 'Email', 'Phone', 'LeadSource'],
  Opportunity: ['StageName', 'Amount', 'CloseDate', 'Probability', 'NextStep', 'Type'],
  Case: ['CaseNumber', 'Status', 'Priority', 'Origin', 'Type', 'Reason'],
  Project__c: [
    'Status__c',
    'Health__c',
    'Start_Date__c',
    'Due_Date__c',
    'Budget__c',
    'Description__c',
  ],
  Milestone__c: ['Status__c', 'Due_Date__c', 'Completed_Date__c'],
  Quality_Issue__c: ['Severity__c', 'Status__c', 'Reported_Date__c'],
};

const GENERIC_TYPES: FieldMeta['type'][] = [
  'picklist',
  'date',
  'datetime',
  'currency',
  'email',
  'phone',
];
const SKIP = new Set([
  'Id',
  'IsDeleted',
  'CreatedDate',
  'LastModifiedDate',
  'SystemModstamp',
  'LastViewedDate',
  'LastReferencedDate',
]);

/** Fields of the compact layout worth a row: the name and owner are in the header already. */
function compactKeyFields(object: ObjectMeta): FieldMeta[] {
  return (object.compactFields ?? []).flatMap((name) => {
    const field = object.fields[name];
    const shown = field && !field.nameField && field.type !== 'reference' && !SKIP.has(name);
    return shown ? [field] : [];
  });
}

export function keyFieldsOf(object: ObjectMeta, limit = 6): FieldMeta[] {
  const compact = compactKeyFields(object);
  if (compact.length) return compact.slice(0, limit);

  const known = KNOWN[object.name];
  if (known) {
    return known
      .flatMap((name) => (object.fields[name] ? [object.fields[name]] : []))
      .slice(0, limit);
  }

  return Object.values(object.fields)
    .filter((f) => !SKIP.has(f.name) && !f.nameField && GENERIC_TYPES.includes(f.type))
    .slice(0, limit);
}
