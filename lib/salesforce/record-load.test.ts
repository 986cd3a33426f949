import { describe, expect, it } from 'vitest';

import { chooseRecordFields, MAX_COMPOSITE_SUBREQUESTS, planRecordLoad } from './record-load';
import { ACCOUNT_ID, accountMeta, manyCustomFields, taskMeta } from './record-load.fixtures';
import type { RelatedListDefinition } from './related';
import { relatedListsFor } from './related';

const everything = () => true;

function decodedQuery(url: string): string {
  return decodeURIComponent(url.split('?q=')[1] ?? '');
}

function list(key: string, objectApiName = 'Task'): RelatedListDefinition {
  return {
    key,
    label: key,
    objectApiName,
    fields: ['Id', 'Subject'],
    where: "WhatId = ':id'",
    orderBy: 'CreatedDate DESC',
    limit: 5,
  };
}

describe('chooseRecordFields', () => {
  it('reads the name, owner, record type, modstamps and the fields follow-up needs', () => {
    const fields = chooseRecordFields(accountMeta());

    expect(fields.slice(0, 8)).toEqual([
      'Id',
      'Name',
      'OwnerId',
      'Owner.Name',
      'RecordTypeId',
      'RecordType.Name',
      'LastModifiedDate',
      'SystemModstamp',
    ]);
    expect(fields).toEqual(
      expect.arrayContaining(['Type', 'Rating', 'AnnualRevenue', 'Description', 'Parent.Name']),
    );
    expect(fields).toEqual(expect.arrayContaining(['Tier__c', 'Renewal_Date__c']));
    expect(fields).toContain('Main_Project__r.Name');
  });

  it('leaves out compound, binary and unnamed-lookup fields', () => {
    const fields = chooseRecordFields(accountMeta());

    expect(fields).not.toContain('BillingAddress');
    expect(fields).not.toContain('Logo__c');
    expect(fields).toContain('Support_Case__c');
    expect(fields).not.toContain('Support_Case__r.Name');
  });

  it('reads only fields the describe has, and at most 40', () => {
    const meta = accountMeta(manyCustomFields(100));

    const fields = chooseRecordFields(meta);

    expect(fields).toHaveLength(40);
    for (const name of fields) {
      expect(name.includes('.') || name in meta.fields).toBe(true);
    }
  });

  it('reads the record’s currency only in an org with several currencies', () => {
    const multiCurrency = accountMeta([
      { name: 'CurrencyIsoCode', type: 'picklist', label: 'Account Currency' },
    ]);

    expect(chooseRecordFields(multiCurrency)).toContain('CurrencyIsoCode');
    expect(chooseRecordFields(accountMeta())).not.toContain('CurrencyIsoCode');
  });

  it('falls back to Id when an object has no name field', () => {
    const meta = { ...accountMeta(), fields: { Id: accountMeta().fields.Id! } };

    expect(chooseRecordFields(meta)).toEqual(['Id']);
  });
});

describe('planRecordLoad', () => {
  it('plans one composite request that reads the record with its fields', () => {
    const plan = planRecordLoad({
      object: accountMeta(),
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: [],
      available: everything,
    });

    expect(plan.path).toBe('/services/data/v62.0/composite');
    expect(plan.body.allOrNone).toBe(false);
    expect(plan.body.compositeRequest).toEqual([
      {
        method: 'GET',
        url: `/services/data/v62.0/sobjects/Account/${ACCOUNT_ID}?fields=${plan.recordFields.join(',')}`,
        referenceId: 'record',
      },
    ]);
  });

  it('accepts the 15-character id and the v-prefixed version', () => {
    const plan = planRecordLoad({
      object: accountMeta(),
      recordId: ACCOUNT_ID.slice(0, 15),
      apiVersion: 'v66.0',
      relatedLists: [],
      available: everything,
    });

    expect(plan.recordId).toBe(ACCOUNT_ID);
    expect(plan.path).toBe('/services/data/v66.0/composite');
  });

  it('adds a rows query and a COUNT() query per related list, with the record id in place', () => {
    const plan = planRecordLoad({
      object: accountMeta(),
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: relatedListsFor('Account', true),
      available: (name) => !['Project__c', 'Quality_Issue__c'].includes(name),
    });

    const [, rows, count] = plan.body.compositeRequest;
    expect(rows?.referenceId).toBe('list_cases');
    expect(decodedQuery(rows!.url)).toBe(
      'SELECT Id, CaseNumber, Subject, Status, Priority, IsEscalated, IsClosed, Origin, Type, ' +
        `CreatedDate, ClosedDate, LastModifiedDate FROM Case WHERE AccountId = '${ACCOUNT_ID}' AND ` +
        '(IsClosed = false OR CreatedDate = LAST_N_DAYS:180) ORDER BY CreatedDate DESC LIMIT 20',
    );
    expect(count?.referenceId).toBe('count_cases');
    expect(decodedQuery(count!.url)).toBe(
      `SELECT COUNT() FROM Case WHERE AccountId = '${ACCOUNT_ID}' AND ` +
        '(IsClosed = false OR CreatedDate = LAST_N_DAYS:180)',
    );
    expect(plan.lists.map((l) => l.definition.key)).toEqual([
      'cases',
      'openOpportunities',
      'contacts',
      'tasks',
      'events',
    ]);
    expect(plan.body.compositeRequest).toHaveLength(11);
    expect(plan.skipped).toEqual([
      { key: 'qualityIssues', label: 'Quality issues', reason: 'object-unavailable' },
      { key: 'projects', label: 'Projects', reason: 'object-unavailable' },
    ]);
  });

  it('never exceeds 25 subrequests, dropping the last lists first', () => {
    const lists = Array.from({ length: 15 }, (_, i) => list(`list${i}`));

    const plan = planRecordLoad({
      object: accountMeta(),
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: lists,
      available: everything,
    });

    expect(plan.body.compositeRequest).toHaveLength(MAX_COMPOSITE_SUBREQUESTS);
    expect(plan.lists).toHaveLength(12);
    expect(plan.skipped).toEqual(
      ['list12', 'list13', 'list14'].map((key) => ({
        key,
        label: key,
        reason: 'subrequest-limit',
      })),
    );
  });

  it('drops fields the related object lacks and skips a list whose filter needs a missing field', () => {
    const tasks = relatedListsFor('Account', true).find((l) => l.key === 'tasks')!;
    const byWho = { ...tasks, key: 'whoTasks', where: "WhoId = ':id'" };
    const describeOf = (name: string) => (name === 'Task' ? taskMeta(['TaskSubtype']) : undefined);

    const plan = planRecordLoad({
      object: accountMeta(),
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: [tasks, byWho],
      available: everything,
      describeOf: (name) => (name === 'Task' ? taskMeta(['TaskSubtype', 'AccountId']) : undefined),
    });
    const withWho = planRecordLoad({
      object: accountMeta(),
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: [byWho],
      available: everything,
      describeOf,
    });

    expect(plan.lists.map((l) => l.definition.key)).toEqual(['whoTasks']);
    expect(plan.skipped).toEqual([{ key: 'tasks', label: 'Tasks', reason: 'field-unavailable' }]);
    expect(withWho.lists[0]?.fields).toContain('Who.Name');
    expect(withWho.lists[0]?.fields).not.toContain('TaskSubtype');
  });

  it('throws on an invalid id, an odd version, a hostile object name or repeated keys', () => {
    const input = {
      object: accountMeta(),
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: [],
      available: everything,
    };

    expect(() => planRecordLoad({ ...input, recordId: `${ACCOUNT_ID.slice(0, 15)}AAA` })).toThrow(
      RangeError,
    );
    expect(() => planRecordLoad({ ...input, apiVersion: '62.0/../../x' })).toThrow(RangeError);
    expect(() =>
      planRecordLoad({ ...input, relatedLists: [list('x', 'Task WHERE Id != null --')] }),
    ).toThrow(TypeError);
    expect(() => planRecordLoad({ ...input, relatedLists: [list('a'), list('a')] })).toThrow(
      RangeError,
    );
  });
});
