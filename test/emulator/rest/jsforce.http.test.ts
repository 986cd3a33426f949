import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EmulatorControl } from '../control/client';
import { ANCHORS } from '../data/seed';
import { DEMO_CLIENT_ID } from '../oauth/apps';
import { startEmulator, type RunningEmulator } from '../server';
import { useEmulator } from '../testing/emulator-fixture';
import { loadJsforce } from '../testing/jsforce-loader';
import { signIn } from '../testing/sign-in';

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

describe('jsforce with an OAuth2 client against the emulator', () => {
  const username = 'sales@acme.example';
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator();
  });

  afterAll(async () => {
    await emulator?.close();
  });

  it('refreshes once on a 401 through the token endpoint and retries the call', async () => {
    const tokens = await signIn(emulator, { username });
    const control = new EmulatorControl(emulator.controlUrl);
    const { Connection } = loadJsforce(emulator.port);
    const conn = new Connection({
      oauth2: { clientId: DEMO_CLIENT_ID, loginUrl: 'https://acme.my.salesforce.com' },
      instanceUrl: 'https://acme.my.salesforce.com',
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token!,
      version: '62.0',
    });
    const refreshed: string[] = [];
    conn.on('refresh', (accessToken: string) => refreshed.push(accessToken));
    await control.expireSessions(username);
    const mark = (await control.log()).last;

    const result = await conn.query<{ Name: string }>('SELECT Name FROM Account LIMIT 1');

    const entries = (await control.log({ since: mark })).entries;
    expect(result.records).toHaveLength(1);
    expect(refreshed).toHaveLength(1);
    expect(conn.accessToken).toBe(refreshed[0]);
    expect(refreshed[0]).not.toBe(tokens.access_token);
    expect(entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'GET /services/data/v62.0/query 401',
      'POST /services/oauth2/token 200',
      'GET /services/data/v62.0/query 200',
    ]);
  });
});
