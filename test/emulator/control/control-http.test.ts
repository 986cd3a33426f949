import { describe, expect, it } from 'vitest';

import { signIn } from '../testing/sign-in';
import { useEmulator } from '../testing/use-emulator';

const USERINFO = 'https://acme.my.salesforce.com/services/oauth2/userinfo';
const REVOKE = 'https://acme.my.salesforce.com/services/oauth2/revoke';

describe('control API', () => {
  const t = useEmulator();

  it('drops a connection before the handler runs: the client sees a network error', async () => {
    await t.control.addFault({ path: '^/services/oauth2/userinfo$', drop: 'before' });

    const first = await t.request(USERINFO).catch((error: Error) => error);
    const second = await t.request(USERINFO);

    expect(first).toBeInstanceOf(Error);
    expect((first as Error).message).toMatch(/socket hang up|ECONNRESET/);
    expect(second.status).toBe(403);
  });

  it('drops a connection after the handler ran: the write happened, the client never heard', async () => {
    const tokens = await signIn(t.emulator, { username: 'sales@acme.example' });
    await t.control.addFault({ method: 'POST', path: '/revoke$', drop: 'after' });

    const revoke = t.request(REVOKE, { form: { token: tokens.refresh_token } });

    await expect(revoke).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await t.request(USERINFO, { bearer: tokens.access_token })).status).toBe(403);
  });

  it('answers a canned status and body, and mangles answers on request', async () => {
    await t.control.addFault({
      path: 'userinfo',
      status: 503,
      body: [{ errorCode: 'SERVER_UNAVAILABLE' }],
    });
    await t.control.addFault({ path: 'openid-configuration', malformed: 'truncated' });

    const canned = await t.request(USERINFO);
    const truncated = await t.request(
      'https://login.salesforce.com/.well-known/openid-configuration',
    );

    expect(canned.status).toBe(503);
    expect(canned.json()).toEqual([{ errorCode: 'SERVER_UNAVAILABLE' }]);
    expect(truncated.status).toBe(200);
    expect(() => truncated.json()).toThrow();
  });

  it('sends a slow answer in pieces: whole in the end, but only after the trickle time', async () => {
    const url = 'https://login.salesforce.com/.well-known/openid-configuration';
    const quick = await t.request(url);
    await t.control.addFault({ path: 'openid-configuration', trickleMs: 300 });

    const started = performance.now();
    const slow = await t.request(url);

    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(slow.status).toBe(200);
    expect(slow.json()).toEqual(quick.json());
  });

  it('adds latency to every request', async () => {
    await t.control.setLatency(150);

    const started = performance.now();
    await t.request(USERINFO);

    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('logs requests with kind, org and user, and counts them since a mark', async () => {
    const tokens = await signIn(t.emulator, { username: 'sales@acme.example' });
    const { last } = await t.control.log();

    await t.request(USERINFO, { bearer: tokens.access_token });
    await t.request('https://acme.lightning.force.com/lightning/page/home');
    const counts = await t.control.logCounts(last);
    const pages = await t.control.log({ since: last, kind: 'page' });

    const userId = tokens.id.split('/').pop()!;
    expect(counts.total).toBe(2);
    expect(counts.byKind).toEqual({ oauth: 1, page: 1 });
    expect(counts.byUser).toEqual({ [userId]: 1 });
    expect(counts.byRoute['GET /services/oauth2/userinfo']).toBe(1);
    expect(pages.entries.map((e) => e.host)).toEqual(['acme.lightning.force.com']);
  });

  it('logs what an API write sent: its body and If-Unmodified-Since, never the token', async () => {
    const tokens = await signIn(t.emulator, { username: 'admin@acme.example' });
    const { last } = await t.control.log();

    await t.request(
      'https://acme.my.salesforce.com/services/data/v62.0/sobjects/Opportunity/006000000000001AAA',
      {
        method: 'PATCH',
        bearer: tokens.access_token,
        headers: { 'if-unmodified-since': 'Tue, 10 Mar 2026 08:00:00 GMT' },
        json: { NextStep: 'Call Rose' },
      },
    );
    const { entries } = await t.control.log({ since: last, kind: 'api' });

    expect(entries.map((e) => e.write)).toEqual([
      { body: { NextStep: 'Call Rose' }, ifUnmodifiedSince: 'Tue, 10 Mar 2026 08:00:00 GMT' },
    ]);
    expect(JSON.stringify(entries)).not.toContain(tokens.access_token);
  });

  it('resets clock, apps, faults, log and usage to the seed', async () => {
    await t.control.advanceClock(86_400_000);
    await t.control.putApp('SofieDemoClientId', { blocked: true });
    await t.control.addFault({ path: '.', status: 500, times: 0 });
    await t.control.setUsage('acme', { max: 100, used: 100 });

    await t.control.reset();
    const apps = await t.control.apps();
    const clock = await t.control.clock();

    expect(Math.abs(Date.parse(clock.now) - Date.now())).toBeLessThan(5_000);
    expect(apps.apps.find((a) => a.clientId === 'SofieDemoClientId')?.blocked).toBe(false);
    expect((await t.control.faults()).faults).toEqual([]);
    expect((await t.control.log()).entries).toEqual([]);
  });

  it('rejects malformed bodies and unknown orgs', async () => {
    await expect(t.control.putApp('X', { scopes: 'api' as unknown as string[] })).rejects.toThrow(
      /400/,
    );
    await expect(t.control.putOrgSettings('nope', { preventGenericLogin: true })).rejects.toThrow(
      /404/,
    );
    await expect(t.control.addFault({ path: '(' })).rejects.toThrow(/400/);
  });
});
