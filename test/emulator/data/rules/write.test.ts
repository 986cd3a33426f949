import { beforeEach, describe, expect, it } from 'vitest';

import { ANCHORS } from '../seed';
import { str } from '../types';
import { contextFor, testStore } from '../testing-store';
import { createRecord, deleteRecord, updateRecord } from './write';

const { store, acme } = testStore();
const admin = contextFor(store, acme, 'admin');
const sales = contextFor(store, acme, 'sales');
const viewer = contextFor(store, acme, 'readonly');

function errorOf(result: ReturnType<typeof updateRecord>) {
  if (result.ok) throw new Error('expected the write to fail');
  return { status: result.failure.status, ...result.failure.errors[0]! };
}

describe('write rules', () => {
  beforeEach(() => store.reset());

  it('updates a record, stamps the writer and derives computed fields', () => {
    const result = updateRecord(sales, 'Opportunity', ANCHORS.opportunity, {
      StageName: 'Negotiation/Review',
      NextStep: 'Call Rose',
    });

    expect(result.ok).toBe(true);
    const fields = store.get(acme.id, ANCHORS.opportunity)!.fields;
    expect(fields.NextStep).toBe('Call Rose');
    expect(fields.Probability).toBe(90);
    expect(fields.LastModifiedById).toBe(sales.user.id);
    expect(fields.LastModifiedDate).toBe('2026-12-03T10:15:00.000+0000');
  });

  it('refuses read-only and calculated fields with INVALID_FIELD_FOR_INSERT_UPDATE', () => {
    const error = errorOf(
      updateRecord(sales, 'Opportunity', ANCHORS.opportunity, { Probability: 50, IsWon: true }),
    );

    expect(error).toMatchObject({
      status: 400,
      errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
      fields: ['Probability', 'IsWon'],
    });
    expect(error.message).toMatch(
      /^Unable to create\/update fields: Probability, IsWon\. Please check the security settings/,
    );
  });

  it('treats a field hidden by FLS as unknown', () => {
    const error = errorOf(updateRecord(sales, 'Account', ANCHORS.account, { AnnualRevenue: 1 }));

    expect(error).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: "No such column 'AnnualRevenue' on sobject of type Account",
    });
  });

  it('lets the read-only profile and the sales user on a private record change nothing', () => {
    expect(
      errorOf(updateRecord(viewer, 'Account', ANCHORS.account, { Phone: '1' })).errorCode,
    ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    expect(
      errorOf(updateRecord(sales, 'Account', ANCHORS.privateAccount, { Phone: '1' })).errorCode,
    ).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
  });

  it('answers REQUIRED_FIELD_MISSING with the missing fields', () => {
    const error = errorOf(createRecord(admin, 'Opportunity', { Name: 'New deal' }));

    expect(error).toMatchObject({
      errorCode: 'REQUIRED_FIELD_MISSING',
      fields: ['StageName', 'CloseDate'],
    });
    expect(error.message).toBe('Required fields are missing: [StageName, CloseDate]');
  });

  it('answers STRING_TOO_LONG past the field length', () => {
    const error = errorOf(
      updateRecord(admin, 'Project__c', ANCHORS.project, { Name: 'x'.repeat(81) }),
    );

    expect(error).toMatchObject({ errorCode: 'STRING_TOO_LONG', fields: ['Name'] });
    expect(error.message).toContain('(max length=80)');
  });

  it('rejects unparsable numbers and dates as JSON_PARSER_ERROR and accepts numeric strings', () => {
    expect(
      errorOf(updateRecord(admin, 'Opportunity', ANCHORS.opportunity, { Amount: 'lots' }))
        .errorCode,
    ).toBe('JSON_PARSER_ERROR');
    expect(
      errorOf(updateRecord(admin, 'Opportunity', ANCHORS.opportunity, { CloseDate: '2026-13-45' }))
        .errorCode,
    ).toBe('JSON_PARSER_ERROR');
    expect(updateRecord(admin, 'Account', ANCHORS.account, { NumberOfEmployees: '10000' }).ok).toBe(
      true,
    );
    expect(store.get(acme.id, ANCHORS.account)!.fields.NumberOfEmployees).toBe(10000);
  });

  it('enforces restricted picklists, record-type subsets and dependent picklists', () => {
    const restricted = errorOf(
      updateRecord(admin, 'Project__c', ANCHORS.project, { Health__c: 'Purple' }),
    );
    const renewal = createRecord(admin, 'Opportunity', {
      Name: 'R',
      StageName: 'Prospecting',
      CloseDate: '2027-01-01',
      RecordTypeId: store.schema.get('Opportunity')!.recordTypeInfos[1]!.recordTypeId,
    });
    const dependent = errorOf(updateRecord(admin, 'Case', ANCHORS.case, { Reason: 'Feedback' }));

    expect(restricted).toMatchObject({
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      message: 'Health: bad value for restricted picklist field: Purple',
      fields: ['Health__c'],
    });
    expect(errorOf(renewal).errorCode).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    expect(dependent).toMatchObject({
      errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      fields: ['Reason'],
    });
  });

  it('runs the validation rules', () => {
    store.update(acme.id, ANCHORS.opportunity, { Amount: null }, admin.user.id);
    const won = errorOf(
      updateRecord(admin, 'Opportunity', ANCHORS.opportunity, { StageName: 'Closed Won' }),
    );
    const closed = errorOf(
      updateRecord(admin, 'Case', ANCHORS.case, { Status: 'Closed', Reason: null }),
    );
    const project = errorOf(
      updateRecord(admin, 'Project__c', ANCHORS.project, { Status__c: 'Completed' }),
    );

    expect(won).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      fields: ['Amount'],
    });
    expect(closed).toMatchObject({
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      fields: ['Reason'],
    });
    expect(project).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: [] });
  });

  it('refuses locked, deleted, missing and malformed records', () => {
    expect(
      errorOf(updateRecord(admin, 'Opportunity', ANCHORS.lockedOpportunity, { NextStep: 'x' }))
        .errorCode,
    ).toBe('ENTITY_IS_LOCKED');
    expect(
      errorOf(updateRecord(admin, 'Account', ANCHORS.deletedAccount, { Phone: 'x' })).errorCode,
    ).toBe('ENTITY_IS_DELETED');
    expect(errorOf(updateRecord(admin, 'Account', ANCHORS.contact, { Phone: 'x' })).errorCode).toBe(
      'MALFORMED_ID',
    );
    expect(errorOf(updateRecord(admin, 'Account', '001000000009999', { Phone: 'x' })).status).toBe(
      404,
    );
  });

  it('creates with defaults and deletes into the recycle bin', () => {
    const created = createRecord(sales, 'Task', { Subject: 'Call back', WhatId: ANCHORS.case });

    expect(created.ok && created.record.fields).toMatchObject({
      Status: 'Not Started',
      OwnerId: sales.user.id,
      AccountId: ANCHORS.account,
    });
    const id = created.ok ? str(created.record.fields.Id) : '';
    expect(deleteRecord(sales, 'Task', id).ok).toBe(true);
    expect(store.get(acme.id, id)!.deleted).toBe(true);
  });
});
