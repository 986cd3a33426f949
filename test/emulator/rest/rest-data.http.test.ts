import { beforeEach, describe, expect, it } from 'vitest';

import { ANCHORS } from '../data/seed';
import { ACME, API, useEmulator } from '../testing/emulator-fixture';

describe('REST records, queries, search and composite over HTTPS', () => {
  const t = useEmulator();
  const admin = () => t.as('admin');
  beforeEach(async () => {
    await t.control('POST', '/data/reset', {});
  });

  it('reads a record with ?fields= and hides what the caller may not see', async () => {
    const res = await t.call(
      `${API}/sobjects/Opportunity/${ANCHORS.opportunity}?fields=Name,StageName`,
      { token: t.as('sales') },
    );
    const hidden = await t.call(`${API}/sobjects/Account/${ANCHORS.privateAccount}`, {
      token: t.as('sales'),
    });
    const deleted = await t.call(`${API}/sobjects/Account/${ANCHORS.deletedAccount}`, {
      token: admin(),
    });

    expect(res.json()).toEqual({
      attributes: {
        type: 'Opportunity',
        url: `/services/data/v62.0/sobjects/Opportunity/${ANCHORS.opportunity}`,
      },
      Name: 'Acme - 200 Widgets',
      StageName: 'Proposal/Price Quote',
    });
    expect(hidden.status).toBe(404);
    expect(deleted.json()).toEqual([
      { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
    ]);
  });

  it('updates with PATCH (204) and honours If-Unmodified-Since', async () => {
    const url = `${API}/sobjects/Opportunity/${ANCHORS.opportunity}`;
    const stale = await t.call(url, {
      method: 'PATCH',
      token: admin(),
      body: { NextStep: 'x' },
      headers: { 'if-unmodified-since': 'Thu, 01 Jan 2015 00:00:00 GMT' },
    });
    const malformed = await t.call(url, {
      method: 'PATCH',
      token: admin(),
      body: { NextStep: 'x' },
      headers: { 'if-unmodified-since': 'yesterday' },
    });
    const ok = await t.call(url, {
      method: 'PATCH',
      token: admin(),
      body: { NextStep: 'Call Rose' },
      headers: { 'if-unmodified-since': new Date(Date.now() + 60_000).toUTCString() },
    });

    expect(stale.status).toBe(412);
    expect(malformed.status).toBe(400);
    expect(ok.status).toBe(204);
    expect(ok.text).toBe('');
  });

  it('creates with POST (201) and deletes with DELETE (204)', async () => {
    const created = await t.call(`${API}/sobjects/Account/`, {
      method: 'POST',
      token: admin(),
      body: { Name: 'Smith Corp.' },
    });
    const { id } = created.json() as { id: string };
    const removed = await t.call(`${API}/sobjects/Account/${id}`, {
      method: 'DELETE',
      token: admin(),
    });

    expect(created.status).toBe(201);
    expect(created.json()).toEqual({
      id: expect.stringMatching(/^001\w{15}$/) as unknown,
      success: true,
      errors: [],
    });
    expect(removed.status).toBe(204);
  });

  it('answers errors as arrays with Salesforce codes', async () => {
    const unknown = await t.call(`${API}/sobjects/Foo/describe`, { token: admin() });
    const invalid = await t.call(`${API}/sobjects/Account/${ANCHORS.account}`, {
      method: 'PATCH',
      token: admin(),
      body: { Foo: 1 },
    });

    expect(unknown.json()).toEqual([
      { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
    ]);
    expect(invalid.status).toBe(400);
    expect(invalid.json()).toEqual([
      { message: "No such column 'Foo' on sobject of type Account", errorCode: 'INVALID_FIELD' },
    ]);
  });

  it('pages query results with nextRecordsUrl and the batchSize option', async () => {
    const records = Array.from({ length: 200 }, (_, i) => ({
      attributes: { type: 'Lead' },
      LastName: `Bulk ${i}`,
      Company: 'Bulk Co',
    }));
    await t.call(`${API}/composite/sobjects`, {
      method: 'POST',
      token: admin(),
      body: { allOrNone: true, records },
    });
    await t.call(`${API}/composite/sobjects`, {
      method: 'POST',
      token: admin(),
      body: { allOrNone: true, records: records.slice(0, 50) },
    });
    const q = encodeURIComponent("SELECT Id FROM Lead WHERE Company = 'Bulk Co'");

    const first = await t.call(`${API}/query?q=${q}`, {
      token: admin(),
      headers: { 'sforce-query-options': 'batchSize=200' },
    });
    const body = first.json() as {
      totalSize: number;
      done: boolean;
      nextRecordsUrl: string;
      records: unknown[];
    };
    const second = await t.call(`${ACME}${body.nextRecordsUrl}`, { token: admin() });

    expect(body).toMatchObject({ totalSize: 250, done: false });
    expect(body.records).toHaveLength(200);
    expect(second.json()).toMatchObject({ totalSize: 250, done: true });
    expect((second.json() as { records: unknown[] }).records).toHaveLength(50);
  });

  it('runs composite requests with references as one API request', async () => {
    const before = (await t.call(`${API}/limits`, { token: admin() })).headers['sforce-limit-info'];
    const res = await t.call(`${API}/composite`, {
      method: 'POST',
      token: admin(),
      body: {
        compositeRequest: [
          {
            method: 'POST',
            url: '/services/data/v62.0/sobjects/Account',
            referenceId: 'acct',
            body: { Name: 'Ref Co' },
          },
          {
            method: 'GET',
            url: '/services/data/v62.0/sobjects/Account/@{acct.id}?fields=Name',
            referenceId: 'read',
          },
          {
            method: 'GET',
            url: '/services/data/v62.0/sobjects/Account/@{missing.id}',
            referenceId: 'halted',
          },
        ],
      },
    });
    const after = res.headers['sforce-limit-info'];
    const answers = (
      res.json() as { compositeResponse: { httpStatusCode: number; body: unknown }[] }
    ).compositeResponse;

    expect(answers.map((a) => a.httpStatusCode)).toEqual([201, 200, 400]);
    expect(answers[1]!.body).toMatchObject({ Name: 'Ref Co' });
    expect(answers[2]!.body).toMatchObject([{ errorCode: 'PROCESSING_HALTED' }]);
    const used = (h: unknown) => Number(/=(\d+)\//.exec(String(h))![1]);
    expect(used(after) - used(before)).toBe(1);
  });

  it('rolls back a composite with allOrNone when a subrequest fails', async () => {
    const res = await t.call(`${API}/composite`, {
      method: 'POST',
      token: admin(),
      body: {
        allOrNone: true,
        compositeRequest: [
          {
            method: 'PATCH',
            url: `/services/data/v62.0/sobjects/Account/${ANCHORS.account}`,
            referenceId: 'ok',
            body: { Phone: '999' },
          },
          {
            method: 'PATCH',
            url: `/services/data/v62.0/sobjects/Opportunity/${ANCHORS.lockedOpportunity}`,
            referenceId: 'locked',
            body: { NextStep: 'x' },
          },
        ],
      },
    });
    const account = await t.control('GET', `/data/acme/Account/${ANCHORS.account}`);

    const answers = (
      res.json() as {
        compositeResponse: { httpStatusCode: number; body: { errorCode: string }[] }[];
      }
    ).compositeResponse;
    expect(answers.map((a) => a.body[0]!.errorCode)).toEqual([
      'PROCESSING_HALTED',
      'ENTITY_IS_LOCKED',
    ]);
    expect((account.body.fields as { Phone: string }).Phone).not.toBe('999');
  });

  it('searches with SOSL and parameterizedSearch', async () => {
    const sosl = await t.call(
      `${API}/search?q=${encodeURIComponent('FIND {Gonzalez} RETURNING Contact(Name)')}`,
      { token: admin() },
    );
    const params = await t.call(`${API}/parameterizedSearch`, {
      method: 'POST',
      token: admin(),
      body: { q: 'Acme', sobjects: [{ name: 'Account', fields: ['Name'], limit: 5 }] },
    });
    const bad = await t.call(`${API}/search?q=${encodeURIComponent('FIND {a-b}')}`, {
      token: admin(),
    });

    expect(sosl.json()).toMatchObject({ searchRecords: [{ Name: 'Rose Gonzalez' }] });
    expect(params.json()).toMatchObject({ searchRecords: [{ Name: 'Acme Corporation' }] });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject([{ errorCode: 'MALFORMED_SEARCH' }]);
  });

  it('loads another seed on request: other generated records, the same anchors; refuses a bad seed', async () => {
    const names = async () =>
      (
        (
          await t.call(
            `${API}/query?q=${encodeURIComponent('SELECT Name, Amount, CloseDate FROM Opportunity ORDER BY Id')}`,
            {
              token: admin(),
            },
          )
        ).json() as { records: { Name: string; Amount: number; CloseDate: string }[] }
      ).records.map((r) => `${r.Name} ${r.Amount} ${r.CloseDate}`);
    const first = await names();

    const other = await t.control('POST', '/data/reset', { seed: 7 });
    const second = await names();
    const bad = await t.control('POST', '/data/reset', { seed: 'seven' });

    expect(other).toEqual({ status: 200, body: { ok: true, seed: 7 } });
    expect(second).not.toEqual(first);
    expect(second.some((r) => r.startsWith('Acme - 200 Widgets 48000 '))).toBe(true);
    expect(bad.status).toBe(400);
  });
});
