/** Task is not among the recorded describes: built by hand after the recorded Event describe. */
import type { SObjectDescribe } from '../types';
import { auditFields, idField, makeField, picklist, SYSTEM } from './field-factory';
import { childRelationship, makeObject } from './object-factory';

export const TASK_STATUSES = [
  'Not Started',
  'In Progress',
  'Completed',
  'Waiting on someone else',
  'Deferred',
];

/** Objects a Task or Event can be about (WhatId). */
export const WHAT_TARGETS = [
  'Account',
  'Case',
  'Milestone__c',
  'Opportunity',
  'Project__c',
  'Quality_Issue__c',
];

export function taskDescribe(): SObjectDescribe {
  return makeObject({
    name: 'Task',
    label: 'Task',
    labelPlural: 'Tasks',
    keyPrefix: '00T',
    fields: [
      idField('Activity ID'),
      makeField('WhoId', 'Name ID', 'reference', {
        referenceTo: ['Contact', 'Lead'],
        relationshipName: 'Who',
        polymorphicForeignKey: true,
      }),
      makeField('WhatId', 'Related To ID', 'reference', {
        referenceTo: WHAT_TARGETS,
        relationshipName: 'What',
        polymorphicForeignKey: true,
      }),
      makeField('Subject', 'Subject', 'combobox', {
        picklistValues: picklist(['Call', 'Send Letter', 'Send Quote', 'Other']),
      }),
      makeField('ActivityDate', 'Due Date Only', 'date'),
      makeField('Status', 'Status', 'picklist', {
        length: 40,
        nillable: false,
        defaultedOnCreate: true,
        defaultValue: 'Not Started',
        picklistValues: picklist(TASK_STATUSES, 'Not Started'),
      }),
      makeField('Priority', 'Priority', 'picklist', {
        length: 40,
        nillable: false,
        defaultedOnCreate: true,
        defaultValue: 'Normal',
        picklistValues: picklist(['High', 'Normal', 'Low'], 'Normal'),
      }),
      makeField('IsHighPriority', 'High Priority', 'boolean', SYSTEM),
      makeField('OwnerId', 'Assigned To ID', 'reference', {
        nillable: false,
        defaultedOnCreate: true,
        referenceTo: ['Group', 'User'],
        relationshipName: 'Owner',
        polymorphicForeignKey: true,
      }),
      makeField('Description', 'Description', 'textarea', { length: 32000 }),
      makeField('Type', 'Type', 'picklist', {
        length: 40,
        picklistValues: picklist(['Call', 'Email', 'Meeting', 'Other']),
      }),
      makeField('IsDeleted', 'Deleted', 'boolean', SYSTEM),
      makeField('AccountId', 'Account ID', 'reference', {
        ...SYSTEM,
        nillable: true,
        referenceTo: ['Account'],
        relationshipName: 'Account',
      }),
      makeField('IsClosed', 'Closed', 'boolean', SYSTEM),
      ...auditFields(),
      makeField('IsArchived', 'Archived', 'boolean', SYSTEM),
      makeField('CallDurationInSeconds', 'Call Duration', 'int'),
      makeField('TaskSubtype', 'Task Subtype', 'picklist', {
        length: 40,
        restrictedPicklist: true,
        updateable: false,
        picklistValues: picklist(['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn']),
      }),
      makeField('CompletedDateTime', 'Completed Date/Time', 'datetime', {
        ...SYSTEM,
        nillable: true,
      }),
    ],
    childRelationships: [
      childRelationship('Attachment', 'ParentId', 'Attachments', true),
      childRelationship('Task', 'RecurrenceActivityId', 'RecurringTasks', true),
    ],
    flags: { feedEnabled: true, mergeable: false },
  });
}
