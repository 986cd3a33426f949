/**
 * Loads the recorded describes (test/fixtures/salesforce/cumulusci) and adapts them to the demo
 * org: fields of other orgs' packages removed, URLs made per request, and the org's own
 * configuration (record types, restricted and dependent picklists, custom child relationships).
 */
import { readFileSync } from 'node:fs';

import type { GlobalEntry, SObjectDescribe } from '../types';
import { childRelationship, MASTER_RECORD_TYPE, recordTypeInfo } from './object-factory';
import { RECORD_TYPES, withCaseReasonDependency } from './picklists';

export const RECORDED_OBJECTS = [
  'Account',
  'Contact',
  'Opportunity',
  'Case',
  'Lead',
  'Event',
  'OpportunityContactRole',
] as const;

const FIXTURES = new URL('../../../fixtures/salesforce/cumulusci/', import.meta.url);

/** Recorded URLs name the recording's version and host; ours are filled in per request. */
function templatise(json: string): string {
  return json
    .replace(/\/services\/data\/v(?:\d+|xx)\.0/g, '/services/data/v{{V}}')
    .replace(/https:\/\/[a-z0-9.-]+\.salesforce\.com/g, 'https://{{HOST}}');
}

function load<T>(file: string): T {
  return JSON.parse(templatise(readFileSync(new URL(file, FIXTURES), 'utf8'))) as T;
}

function adapt(d: SObjectDescribe): SObjectDescribe {
  d.fields = d.fields.filter((f) => !f.custom);
  d.recordTypeInfos = [recordTypeInfo(d.name, MASTER_RECORD_TYPE, 'Master', 'Master', true)];
  const field = (name: string) => d.fields.find((f) => f.name === name)!;
  switch (d.name) {
    case 'Account':
      d.childRelationships.push(
        childRelationship('Project__c', 'Account__c', 'Projects__r'),
        childRelationship('Quality_Issue__c', 'Account__c', 'Quality_Issues__r'),
      );
      break;
    case 'Case': {
      d.childRelationships.push(
        childRelationship('Quality_Issue__c', 'Case__c', 'Quality_Issues__r'),
      );
      const reason = field('Reason');
      reason.dependentPicklist = true;
      reason.controllerName = 'Type';
      reason.restrictedPicklist = true;
      reason.picklistValues = withCaseReasonDependency(
        reason.picklistValues,
        field('Type').picklistValues,
      );
      break;
    }
    case 'Opportunity':
      field('StageName').restrictedPicklist = true;
      d.recordTypeInfos = [
        recordTypeInfo(d.name, RECORD_TYPES.newBusiness, 'New Business', 'New_Business', true),
        recordTypeInfo(d.name, RECORD_TYPES.renewal, 'Renewal', 'Renewal', false),
        recordTypeInfo(d.name, MASTER_RECORD_TYPE, 'Master', 'Master', false),
      ];
      d.fields.splice(
        d.fields.findIndex((f) => f.name === 'Name'),
        0,
        {
          ...field('AccountId'),
          name: 'RecordTypeId',
          label: 'Record Type ID',
          referenceTo: ['RecordType'],
          relationshipName: 'RecordType',
          nillable: true,
        },
      );
      break;
    case 'Event':
      field('WhatId').referenceTo.push('Milestone__c', 'Project__c', 'Quality_Issue__c');
      break;
    default:
      break;
  }
  return d;
}

export function loadRecordedDescribes(): SObjectDescribe[] {
  return RECORDED_OBJECTS.map((name) =>
    adapt(load<SObjectDescribe>(`GET_sobjects_${name}_describe.json`)),
  );
}

export function loadRecordedGlobal(): {
  encoding: string;
  maxBatchSize: number;
  sobjects: GlobalEntry[];
} {
  return load('GET_sobjects_Global_describe.json');
}

/** The recorded Organization row: the keys and defaults our Organization rows start from. */
export function loadRecordedOrganization(): Record<string, unknown> {
  return load('GET_sobjects_Organization.json');
}
