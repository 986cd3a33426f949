import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';

import { Clock } from '../core/clock';
import { demoOrgs } from '../core/orgs';
import type { EmulatorCore } from '../core/state';
import { FakeSessions, fakeToken } from '../testing/fake-sessions';
import { mountRest } from '.';

function appWithUsage(used: number, max: number) {
  const orgs = demoOrgs();
  const core: EmulatorCore = {
    clock: new Clock(),
    orgs,
    sessions: new FakeSessions(orgs),
    usage: new Map(orgs.map((o) => [o.id, { max, used }])),
    resetHooks: [],
  };
  const app = new Hono();
  mountRest(app, core);
  return { app, core, acme: orgs[0]! };
}

const limitsUrl = 'https://acme.my.salesforce.com/services/data/v62.0/limits';
const headers = {
  host: 'acme.my.salesforce.com',
  authorization: `Bearer ${fakeToken('acme', 'admin')}`,
};

describe('the daily API limit', () => {
  it('answers REQUEST_LIMIT_EXCEEDED once used reaches max, without counting the refusal', async () => {
    const { app, core, acme } = appWithUsage(5, 5);

    const res = await app.request(limitsUrl, { headers });

    expect(res.status).toBe(403);
    expect(await res.json()).toEqual([
      { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
    ]);
    expect(res.headers.get('sforce-limit-info')).toBe('api-usage=5/5');
    expect(core.usage.get(acme.id)!.used).toBe(5);
  });

  it('counts each API request but not the versions list', async () => {
    const { app, core, acme } = appWithUsage(0, 100);

    await app.request('https://acme.my.salesforce.com/services/data/', { headers });
    await app.request(limitsUrl, { headers });

    expect(core.usage.get(acme.id)!.used).toBe(1);
  });

  it('resets the data when the control API runs the reset hooks', async () => {
    const { app, core } = appWithUsage(0, 100);
    const patch = (body: unknown) =>
      app.request(
        'https://acme.my.salesforce.com/services/data/v62.0/sobjects/Account/001000000000001AAA',
        {
          method: 'PATCH',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
      );
    await patch({ Phone: '123' });

    for (const hook of core.resetHooks) hook();
    const res = await app.request(
      'https://acme.my.salesforce.com/services/data/v62.0/sobjects/Account/001000000000001AAA?fields=Phone',
      { headers },
    );

    expect(((await res.json()) as { Phone: string }).Phone).toBe('+49 30 1234567');
  });
});
