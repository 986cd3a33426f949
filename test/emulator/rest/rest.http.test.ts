import { beforeEach, describe, expect, it } from 'vitest';

import { ACME, API, useEmulator } from '../testing/emulator-fixture';

describe('the REST API over HTTPS', () => {
  const t = useEmulator();
  const admin = () => t.as('admin');
  beforeEach(async () => {
    await t.control('POST', '/data/reset', {});
  });

  it('lists versions up to 66.0 without authentication', async () => {
    const res = await t.call(`${ACME}/services/data/`);

    const versions = res.json() as { version: string; url: string; label: string }[];
    expect(res.status).toBe(200);
    expect(versions.at(-1)).toEqual({
      label: "Spring '26",
      url: '/services/data/v66.0',
      version: '66.0',
    });
    expect(versions.find((v) => v.version === '62.0')?.label).toBe("Winter '25");
  });

  it("answers INVALID_SESSION_ID for no token, an unknown one, or another org's", async () => {
    const expected = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];

    for (const token of [undefined, 'nonsense', t.as('admin', 'globex')]) {
      const res = await t.call(`${API}/limits`, { token });
      expect(res.status).toBe(401);
      expect(res.json()).toEqual(expected);
    }
  });

  it('redirects API calls on the Lightning host to the My Domain host', async () => {
    const res = await t.call('https://acme.lightning.force.com/services/data/v62.0/limits?x=1', {
      token: admin(),
    });

    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(
      'https://acme.my.salesforce.com/services/data/v62.0/limits?x=1',
    );
  });

  it('counts API requests, reports them in Sforce-Limit-Info and refuses past the limit', async () => {
    const first = await t.call(`${API}/limits`, { token: admin() });
    const used = Number(
      /api-usage=(\d+)\/15000/.exec(String(first.headers['sforce-limit-info']))![1],
    );
    const second = await t.call(`${API}/limits`, { token: admin() });

    expect(second.headers['sforce-limit-info']).toBe(`api-usage=${used + 1}/15000`);
    expect((second.json() as { DailyApiRequests: unknown }).DailyApiRequests).toEqual({
      Max: 15000,
      Remaining: 15000 - used - 1,
    });
  });

  it('answers the resource map with the identity URL', async () => {
    const res = await t.call(`${API}/`, { token: admin() });

    expect(res.json()).toMatchObject({
      sobjects: '/services/data/v62.0/sobjects',
      identity: expect.stringMatching(
        /^https:\/\/login\.salesforce\.com\/id\/00D\w{15}\/005\w{15}$/,
      ) as unknown,
    });
  });

  it('describes objects for the caller and answers 304 when not modified', async () => {
    const sales = await t.call(`${API}/sobjects/Account/describe`, { token: t.as('sales') });
    const fields = (
      sales.json() as { fields: { name: string }[]; urls: { describe: string } }
    ).fields.map((f) => f.name);
    const again = await t.call(`${API}/sobjects/Account/describe`, {
      token: admin(),
      headers: { 'if-modified-since': String(sales.headers['last-modified']) },
    });

    expect(fields).toContain('Rating');
    expect(fields).not.toContain('AnnualRevenue');
    expect((sales.json() as { urls: { describe: string } }).urls.describe).toBe(
      '/services/data/v62.0/sobjects/Account/describe',
    );
    expect(again.status).toBe(304);
  });

  it('answers describeGlobal with Last-Modified, and 304 to a copy that is as new', async () => {
    const full = await t.call(`${API}/sobjects`, { token: admin() });
    const lastModified = String(full.headers['last-modified']);
    const current = await t.call(`${API}/sobjects`, {
      token: admin(),
      headers: { 'if-modified-since': lastModified },
    });
    const older = await t.call(`${API}/sobjects`, {
      token: admin(),
      headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() },
    });

    expect(full.status).toBe(200);
    expect(current.status).toBe(304);
    expect(older.status).toBe(200);
    expect((older.json() as { sobjects: unknown[] }).sobjects.length).toBeGreaterThan(0);
  });

  it('answers a record GET with 304 when it has not changed since If-Modified-Since', async () => {
    const url = `${API}/sobjects/Account/001000000000001AAA`;
    const record = (await t.call(url, { token: admin() })).json() as { LastModifiedDate: string };
    const modified = Date.parse(record.LastModifiedDate.replace('+0000', 'Z'));
    const since = (ms: number) => ({ 'if-modified-since': new Date(ms).toUTCString() });

    const same = await t.call(url, { token: admin(), headers: since(modified + 1000) });
    const older = await t.call(url, { token: admin(), headers: since(modified - 60_000) });
    const hidden = await t.call(`${API}/sobjects/Account/001000000000002AAA`, {
      token: t.as('sales'),
      headers: since(modified + 1000),
    });

    expect(same.status).toBe(304);
    expect(same.text).toBe('');
    expect(older.status).toBe(200);
    expect(hidden.status).toBe(404);
  });
});
