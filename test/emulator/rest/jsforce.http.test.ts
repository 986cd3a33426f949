import { beforeAll, describe, expect, it } from 'vitest';

import { ANCHORS } from '../data/seed';
import { useEmulator } from '../testing/emulator-fixture';
import { loadJsforce } from '../testing/jsforce-loader';

describe('jsforce against the emulator', () => {
  const t = useEmulator();
  let conn: InstanceType<ReturnType<typeof loadJsforce>['Connection']>;

  beforeAll(() => {
    const { Connection } = loadJsforce(t.emulator.port);
    conn = new Connection({
      instanceUrl: 'https://acme.my.salesforce.com',
      accessToken: t.as('admin'),
      version: '62.0',
    });
  });

  it('queries with relationship fields', async () => {
    const result = await conn.query<{ Name: string; Account: { Name: string } }>(
      `SELECT Name, Account.Name FROM Opportunity WHERE Id = '${ANCHORS.opportunity}'`,
    );

    expect(result.totalSize).toBe(1);
    expect(result.records[0]!.Account.Name).toBe('Acme Corporation');
  });

  it('retrieves, describes and searches', async () => {
    const record = (await conn.sobject('Contact').retrieve(ANCHORS.contact)) as { Name?: string };
    const describe = await conn.describe('Project__c');
    const found = await conn.search('FIND {Gonzalez} RETURNING Contact(Name)');

    expect(record.Name).toBe('Rose Gonzalez');
    expect(describe.keyPrefix).toBe('a01');
    expect(found.searchRecords.map((r) => (r as { Name?: string }).Name)).toEqual([
      'Rose Gonzalez',
    ]);
  });

  it('updates with If-Unmodified-Since and sees the 412 of a stale write', async () => {
    const patch = (date: string) =>
      conn.request({
        method: 'PATCH',
        url: `/services/data/v62.0/sobjects/Opportunity/${ANCHORS.opportunity}`,
        body: JSON.stringify({ NextStep: 'Call Rose' }),
        headers: { 'Content-Type': 'application/json', 'If-Unmodified-Since': date },
      });

    await expect(patch('Thu, 01 Jan 2015 00:00:00 GMT')).rejects.toMatchObject({
      name: 'ERROR_HTTP_412',
    });
    await patch(new Date(Date.now() + 60_000).toUTCString());
    const after = (await conn.sobject('Opportunity').retrieve(ANCHORS.opportunity)) as {
      NextStep?: string;
    };
    expect(after.NextStep).toBe('Call Rose');
  });

  it('reports Salesforce errors with their codes', async () => {
    await expect(
      conn.sobject('Opportunity').update({ Id: ANCHORS.lockedOpportunity, NextStep: 'x' }),
    ).rejects.toMatchObject({ errorCode: 'ENTITY_IS_LOCKED' });
    await expect(conn.query('SELECT Foo FROM Account')).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
    });
  });

  it('runs composite requests', async () => {
    const answer = await conn.requestPost<{
      compositeResponse: { httpStatusCode: number; referenceId: string }[];
    }>('/services/data/v62.0/composite', {
      compositeRequest: [
        {
          method: 'GET',
          url: `/services/data/v62.0/sobjects/Account/${ANCHORS.account}?fields=Id,Name`,
          referenceId: 'acct',
        },
        {
          method: 'GET',
          url: '/services/data/v62.0/query?q=SELECT+Id+FROM+Contact+WHERE+AccountId+%3D+%27@{acct.Id}%27',
          referenceId: 'contacts',
        },
      ],
    });

    expect(answer.compositeResponse.map((r) => r.httpStatusCode)).toEqual([200, 200]);
  });
});
