import { describe, expect, it } from 'vitest';

import { to18 } from './ids';
import type { OrgInfo, UserInfo } from './record-context';
import { parseRecordLoad, planRecordLoad } from './record-load';
import { ACCOUNT_ID, RECORD_TYPE_ID, accountMeta } from './record-load.fixtures';
import { relatedListsFor } from './related';

const ORG: OrgInfo = {
  id: to18('00D5g000004ABCD'),
  name: 'Acme',
  myDomain: 'acme',
  apiHost: 'acme.my.salesforce.com',
  isSandbox: false,
  environment: 'production',
  currencyIsoCode: 'USD',
};
const USER: UserInfo = {
  id: to18('0055g00000AbCdE'),
  username: 'admin@acme.example',
  displayName: 'Ada Admin',
  locale: 'en_US',
  timeZone: 'Europe/Paris',
};
const NOW = new Date('2026-03-02T10:00:00.000Z');
const CASE_1 = to18('5005g00000Xy1Ab');
const CASE_2 = to18('5005g00000Xy2Ab');

const object = accountMeta();
const plan = planRecordLoad({
  object,
  recordId: ACCOUNT_ID,
  apiVersion: '62.0',
  relatedLists: relatedListsFor('Account', true).slice(0, 2),
  available: () => true,
});

const recordBody = {
  attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${ACCOUNT_ID}` },
  Id: ACCOUNT_ID,
  Name: 'Edge Communications',
  OwnerId: USER.id,
  Owner: { attributes: { type: 'User', url: '/services/data/v62.0/sobjects/User/x' }, Name: 'Ada' },
  RecordTypeId: RECORD_TYPE_ID,
  LastModifiedDate: '2026-02-27T16:04:11.000+0000',
  SystemModstamp: '2026-02-27T16:04:11.000+0000',
  Description: '<p>Key <b>account</b></p>',
  AnnualRevenue: 139000000,
};

function caseRow(id: string, subject: string) {
  return {
    attributes: { type: 'Case', url: `/services/data/v62.0/sobjects/Case/${id}` },
    Id: id,
    CaseNumber: '00001026',
    Subject: subject,
    Status: 'New',
  };
}

type Sub = { referenceId: string; httpStatusCode: number; body: unknown };
const ok = (referenceId: string, body: unknown): Sub => ({
  referenceId,
  httpStatusCode: 200,
  body,
});
const error = (referenceId: string, httpStatusCode: number, errorCode: string): Sub => ({
  referenceId,
  httpStatusCode,
  body: [{ errorCode, message: 'Salesforce said no' }],
});

function composite(overrides: Sub[] = []) {
  const base: Sub[] = [
    ok('record', recordBody),
    ok('list_cases', {
      totalSize: 2,
      done: true,
      records: [caseRow(CASE_1, 'Printer jam'), caseRow(CASE_2, 'Login issue')],
    }),
    ok('count_cases', { totalSize: 57, done: true, records: [] }),
    ok('list_openOpportunities', { totalSize: 0, done: true, records: [] }),
    ok('count_openOpportunities', { totalSize: 0, done: true, records: [] }),
  ];
  const byRef = new Map(base.map((s) => [s.referenceId, s]));
  for (const o of overrides) byRef.set(o.referenceId, o);
  return {
    compositeResponse: [...byRef.values()].map((s) => ({ ...s, httpHeaders: {} })),
  };
}

const parse = (response: unknown) => parseRecordLoad(response, plan, ORG, USER, object, NOW);

describe('parseRecordLoad', () => {
  it('builds the record context from the composite answer', () => {
    const result = parse(composite());

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { record, related, loadedAt, notes } = result.value;
    expect(record.ref).toEqual({
      orgId: ORG.id,
      apiHost: 'acme.my.salesforce.com',
      objectApiName: 'Account',
      recordId: ACCOUNT_ID,
    });
    expect(record.name).toBe('Edge Communications');
    expect(record.lastModifiedDate).toBe('2026-02-27T16:04:11.000+0000');
    expect(record.recordTypeId).toBe(RECORD_TYPE_ID);
    expect(record.fields.Owner).toEqual({ Name: 'Ada' });
    expect(record.fields).not.toHaveProperty('attributes');
    expect(record.fields.Description).toBe('<p>Key <b>account</b></p>');
    expect(loadedAt).toBe('2026-03-02T10:00:00.000Z');
    expect(notes).toEqual([]);
    expect(related).toEqual([
      {
        key: 'cases',
        label: 'Cases (open, or opened in the last 180 days)',
        objectApiName: 'Case',
        totalSize: 57,
        items: [
          {
            objectApiName: 'Case',
            id: CASE_1,
            name: 'Printer jam',
            fields: { Id: CASE_1, CaseNumber: '00001026', Subject: 'Printer jam', Status: 'New' },
          },
          {
            objectApiName: 'Case',
            id: CASE_2,
            name: 'Login issue',
            fields: { Id: CASE_2, CaseNumber: '00001026', Subject: 'Login issue', Status: 'New' },
          },
        ],
      },
      {
        key: 'openOpportunities',
        label: 'Open opportunities',
        objectApiName: 'Opportunity',
        totalSize: 0,
        items: [],
      },
    ]);
  });

  it.each([
    [404, 'NOT_FOUND', 'not-found'],
    [403, 'INSUFFICIENT_ACCESS', 'no-access'],
    [400, 'INSUFFICIENT_ACCESS_OR_READONLY', 'no-access'],
    [404, 'ENTITY_IS_DELETED', 'deleted'],
    [400, 'ENTITY_IS_DELETED', 'deleted'],
    [403, 'REQUEST_LIMIT_EXCEEDED', 'api-limit'],
    [500, 'UNKNOWN_EXCEPTION', 'load-failed'],
  ])('turns a record answer %i %s into the %s problem', (status, errorCode, code) => {
    const result = parse(composite([error('record', status, errorCode)]));

    expect(result).toMatchObject({ ok: false, problem: { code, errorCode } });
    if (!result.ok) expect(result.problem.message).not.toContain('Salesforce said no');
  });

  it('leaves out a related list whose query failed, with a note, and keeps the view', () => {
    const result = parse(composite([error('list_cases', 400, 'INVALID_FIELD')]));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.related.map((l) => l.key)).toEqual(['openOpportunities']);
    expect(result.value.notes).toEqual([
      {
        key: 'cases',
        label: 'Cases (open, or opened in the last 180 days)',
        reason: 'query-failed',
        errorCode: 'INVALID_FIELD',
      },
    ]);
  });

  it('keeps the rows of a list whose count failed, counting what it has', () => {
    const result = parse(composite([error('count_cases', 400, 'MALFORMED_QUERY')]));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.related[0]?.totalSize).toBe(2);
    expect(result.value.notes).toEqual([
      expect.objectContaining({
        key: 'cases',
        reason: 'count-failed',
        errorCode: 'MALFORMED_QUERY',
      }),
    ]);
  });

  it('notes a related list missing from the answer', () => {
    const response = composite();
    response.compositeResponse = response.compositeResponse.filter(
      (s) => s.referenceId !== 'list_openOpportunities',
    );

    const result = parse(response);

    expect(result.ok && result.value.notes.map((n) => [n.key, n.reason])).toEqual([
      ['openOpportunities', 'query-failed'],
    ]);
  });

  it('reports the lists the plan skipped as notes', () => {
    const skippingPlan = planRecordLoad({
      object,
      recordId: ACCOUNT_ID,
      apiVersion: '62.0',
      relatedLists: relatedListsFor('Account', true).slice(0, 2),
      available: (name) => name !== 'Opportunity',
    });

    const result = parseRecordLoad(composite(), skippingPlan, ORG, USER, object, NOW);

    expect(result.ok && result.value.notes).toEqual([
      { key: 'openOpportunities', label: 'Open opportunities', reason: 'object-unavailable' },
    ]);
  });

  it('names a record by its id when the name is empty', () => {
    const result = parse(composite([ok('record', { ...recordBody, Name: null })]));

    expect(result.ok && result.value.record.name).toBe(ACCOUNT_ID);
  });

  it.each([
    ['no envelope', null],
    ['an error array instead of a composite answer', [{ errorCode: 'INVALID_SESSION_ID' }]],
    ['no record answer', { compositeResponse: [] }],
    ['another record', composite([ok('record', { ...recordBody, Id: CASE_1 })])],
    ['a record without Id', composite([ok('record', { Name: 'x' })])],
  ])('refuses %s as an unexpected response', (_label, response) => {
    expect(parse(response)).toMatchObject({ ok: false, problem: { code: 'unexpected-response' } });
  });
});
