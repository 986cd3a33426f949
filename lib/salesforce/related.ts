import { t, type MessageKey } from '../i18n';

/**
 * The related items that matter for follow-up, per object. Each becomes two subrequests of the one
 * composite request a record view costs: a query for the first rows and a `COUNT()` for the true
 * total, so a record with thousands of children stays cheap. `:id` is replaced by the record id
 * (an 18-character id, validated before use, never user text).
 */
export interface RelatedListDefinition {
  key: string;
  label: string;
  objectApiName: string;
  fields: string[];
  /** SOQL condition with `:id` for the record id. */
  where: string;
  orderBy: string;
  limit: number;
}

const TASK_FIELDS = [
  'Id',
  'Subject',
  'Status',
  'Priority',
  'ActivityDate',
  'IsClosed',
  'TaskSubtype',
  'CompletedDateTime',
  'WhoId',
  'Who.Name',
  'LastModifiedDate',
];
const EVENT_FIELDS = ['Id', 'Subject', 'StartDateTime', 'EndDateTime', 'WhoId', 'Who.Name'];
const CASE_FIELDS = [
  'Id',
  'CaseNumber',
  'Subject',
  'Status',
  'Priority',
  'IsEscalated',
  'IsClosed',
  'Origin',
  'Type',
  'CreatedDate',
  'ClosedDate',
  'LastModifiedDate',
];
const OPPORTUNITY_FIELDS = [
  'Id',
  'Name',
  'StageName',
  'Amount',
  'CloseDate',
  'NextStep',
  'Probability',
  'IsClosed',
  'LastModifiedDate',
];

const tasks = (field: string): RelatedListDefinition => ({
  key: 'tasks',
  label: 'Tasks',
  objectApiName: 'Task',
  fields: TASK_FIELDS,
  where: `${field} = ':id'`,
  orderBy: 'ActivityDate DESC NULLS LAST',
  limit: 20,
});

const events = (field: string): RelatedListDefinition => ({
  key: 'events',
  label: 'Events',
  objectApiName: 'Event',
  fields: EVENT_FIELDS,
  where: `${field} = ':id'`,
  orderBy: 'StartDateTime DESC',
  limit: 10,
});

const cases = (field: string): RelatedListDefinition => ({
  key: 'cases',
  label: 'Cases (open, or opened in the last 180 days)',
  objectApiName: 'Case',
  fields: CASE_FIELDS,
  where: `${field} = ':id' AND (IsClosed = false OR CreatedDate = LAST_N_DAYS:180)`,
  orderBy: 'CreatedDate DESC',
  limit: 20,
});

const qualityIssues = (field: string): RelatedListDefinition => ({
  key: 'qualityIssues',
  label: 'Quality issues',
  objectApiName: 'Quality_Issue__c',
  fields: [
    'Id',
    'Name',
    'Severity__c',
    'Status__c',
    'Reported_Date__c',
    'Case__c',
    'LastModifiedDate',
  ],
  where: `${field} = ':id'`,
  orderBy: 'Reported_Date__c DESC',
  limit: 10,
});

export const RELATED_LISTS: Record<string, RelatedListDefinition[]> = {
  Account: [
    cases('AccountId'),
    {
      key: 'openOpportunities',
      label: 'Open opportunities',
      objectApiName: 'Opportunity',
      fields: OPPORTUNITY_FIELDS,
      where: "AccountId = ':id' AND IsClosed = false",
      orderBy: 'CloseDate ASC',
      limit: 10,
    },
    {
      key: 'contacts',
      label: 'Contacts',
      objectApiName: 'Contact',
      fields: ['Id', 'Name', 'Title', 'Email', 'Phone', 'LastActivityDate'],
      where: "AccountId = ':id'",
      orderBy: 'LastActivityDate DESC NULLS LAST',
      limit: 10,
    },
    tasks('AccountId'),
    events('AccountId'),
    qualityIssues('Account__c'),
    {
      key: 'projects',
      label: 'Projects',
      objectApiName: 'Project__c',
      fields: ['Id', 'Name', 'Status__c', 'Health__c', 'Due_Date__c'],
      where: "Account__c = ':id'",
      orderBy: 'Due_Date__c ASC',
      limit: 10,
    },
  ],
  Contact: [tasks('WhoId'), events('WhoId'), cases('ContactId')],
  Lead: [tasks('WhoId'), events('WhoId')],
  Opportunity: [
    tasks('WhatId'),
    events('WhatId'),
    {
      key: 'contactRoles',
      label: 'Contact roles',
      objectApiName: 'OpportunityContactRole',
      fields: ['Id', 'ContactId', 'Contact.Name', 'Role', 'IsPrimary'],
      where: "OpportunityId = ':id'",
      orderBy: 'IsPrimary DESC',
      limit: 10,
    },
  ],
  Case: [tasks('WhatId'), qualityIssues('Case__c')],
  Project__c: [
    {
      key: 'milestones',
      label: 'Milestones',
      objectApiName: 'Milestone__c',
      fields: ['Id', 'Name', 'Due_Date__c', 'Status__c', 'Completed_Date__c'],
      where: "Project__c = ':id'",
      orderBy: 'Due_Date__c ASC',
      limit: 20,
    },
    tasks('WhatId'),
  ],
  Quality_Issue__c: [tasks('WhatId')],
};

/** The list names in the browser's language; the English `label` above is the fallback. */
const LABEL_KEYS: Record<string, MessageKey> = {
  tasks: 'related_tasks',
  events: 'related_events',
  cases: 'related_cases',
  qualityIssues: 'related_qualityIssues',
  openOpportunities: 'related_openOpportunities',
  contacts: 'related_contacts',
  projects: 'related_projects',
  contactRoles: 'related_contactRoles',
  milestones: 'related_milestones',
};

function localised(definition: RelatedListDefinition): RelatedListDefinition {
  const key = LABEL_KEYS[definition.key];
  return key ? { ...definition, label: t(key) } : definition;
}

/** Objects without their own list get their tasks when the object can have activities. */
export function relatedListsFor(
  objectApiName: string,
  hasActivities: boolean,
): RelatedListDefinition[] {
  const lists = RELATED_LISTS[objectApiName] ?? (hasActivities ? [tasks('WhatId')] : []);
  return lists.map(localised);
}
