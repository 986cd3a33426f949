/** The demo org's custom objects, exactly as docs/demo-org.md defines them. */
import type { FieldDescribe, SObjectDescribe } from '../types';
import { auditFields, idField, makeField, picklist, SYSTEM } from './field-factory';
import { childRelationship, makeObject } from './object-factory';

function commonFields(label: string, withOwner: boolean): FieldDescribe[] {
  const fields = [
    idField('Record ID'),
    makeField('IsDeleted', 'Deleted', 'boolean', SYSTEM),
    makeField('Name', `${label} Name`, 'string', {
      length: 80,
      nameField: true,
      nillable: false,
    }),
    ...auditFields(),
    makeField('LastActivityDate', 'Last Activity Date', 'date', SYSTEM),
    makeField('LastViewedDate', 'Last Viewed Date', 'datetime', SYSTEM),
    makeField('LastReferencedDate', 'Last Referenced Date', 'datetime', SYSTEM),
  ];
  if (withOwner) {
    fields.splice(
      1,
      0,
      makeField('OwnerId', 'Owner ID', 'reference', {
        nillable: false,
        defaultedOnCreate: true,
        referenceTo: ['Group', 'User'],
        relationshipName: 'Owner',
        polymorphicForeignKey: true,
      }),
    );
  }
  return fields;
}

const restricted = (name: string, label: string, values: string[], dflt?: string) =>
  makeField(name, label, 'picklist', {
    picklistValues: picklist(values, dflt),
    restrictedPicklist: true,
    defaultedOnCreate: dflt !== undefined,
    defaultValue: dflt ?? null,
  });

const lookup = (name: string, label: string, target: string, relationshipName: string) =>
  makeField(name, label, 'reference', { referenceTo: [target], relationshipName });

const richText = (name: string, label: string, html: boolean) =>
  makeField(name, label, 'textarea', {
    length: 32768,
    htmlFormatted: html,
    extraTypeInfo: html ? 'richtextarea' : 'plaintextarea',
  });

export function projectDescribe(): SObjectDescribe {
  return makeObject({
    name: 'Project__c',
    label: 'Project',
    labelPlural: 'Projects',
    keyPrefix: 'a01',
    fields: [
      ...commonFields('Project', true),
      lookup('Account__c', 'Account', 'Account', 'Account__r'),
      restricted(
        'Status__c',
        'Status',
        ['Planned', 'In Progress', 'On Hold', 'Completed'],
        'Planned',
      ),
      restricted('Health__c', 'Health', ['Green', 'Amber', 'Red']),
      makeField('Start_Date__c', 'Start Date', 'date'),
      makeField('Due_Date__c', 'Due Date', 'date'),
      makeField('Budget__c', 'Budget', 'currency', { precision: 16, scale: 2 }),
      richText('Description__c', 'Description', true),
    ],
    childRelationships: [
      childRelationship('Milestone__c', 'Project__c', 'Milestones__r', true),
      childRelationship('Task', 'WhatId', 'Tasks', true),
      childRelationship('Event', 'WhatId', 'Events', true),
    ],
  });
}

export function milestoneDescribe(): SObjectDescribe {
  return makeObject({
    name: 'Milestone__c',
    label: 'Milestone',
    labelPlural: 'Milestones',
    keyPrefix: 'a02',
    fields: [
      ...commonFields('Milestone', false),
      makeField('Project__c', 'Project', 'reference', {
        nillable: false,
        referenceTo: ['Project__c'],
        relationshipName: 'Project__r',
        relationshipOrder: 0,
        cascadeDelete: true,
        writeRequiresMasterRead: false,
      }),
      makeField('Due_Date__c', 'Due Date', 'date'),
      restricted('Status__c', 'Status', ['Not Started', 'In Progress', 'Done'], 'Not Started'),
      makeField('Completed_Date__c', 'Completed Date', 'date'),
    ],
    childRelationships: [childRelationship('Task', 'WhatId', 'Tasks', true)],
  });
}

export function qualityIssueDescribe(): SObjectDescribe {
  return makeObject({
    name: 'Quality_Issue__c',
    label: 'Quality Issue',
    labelPlural: 'Quality Issues',
    keyPrefix: 'a03',
    fields: [
      ...commonFields('Quality Issue', true),
      lookup('Account__c', 'Account', 'Account', 'Account__r'),
      lookup('Case__c', 'Case', 'Case', 'Case__r'),
      restricted('Severity__c', 'Severity', ['Low', 'Medium', 'High', 'Critical']),
      restricted('Status__c', 'Status', ['Open', 'Investigating', 'Resolved', 'Closed'], 'Open'),
      makeField('Reported_Date__c', 'Reported Date', 'date'),
      richText('Description__c', 'Description', false),
    ],
    childRelationships: [childRelationship('Task', 'WhatId', 'Tasks', true)],
  });
}
