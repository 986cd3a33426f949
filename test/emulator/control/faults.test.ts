import { describe, expect, it } from 'vitest';

import { FaultRegistry, faultSpecSchema } from './faults';

const QUERY = '/services/data/v62.0/query';

describe('fault matching', () => {
  it('affects one matching request by default, then no more', () => {
    const faults = new FaultRegistry();
    faults.add({ path: '^/services/data/v\\d+\\.0/query$', status: 503 });

    const first = faults.take('acme.my.salesforce.com', 'GET', QUERY);
    const second = faults.take('acme.my.salesforce.com', 'GET', QUERY);

    expect(first?.status).toBe(503);
    expect(second).toBeUndefined();
  });

  it('honours host, method and path, and counts only matching requests', () => {
    const faults = new FaultRegistry();
    faults.add({ host: 'acme.my.salesforce.com', method: 'patch', path: '/sobjects/', times: 2 });

    const otherHost = faults.take('globex.my.salesforce.com', 'PATCH', '/x/sobjects/A/1');
    const otherMethod = faults.take('acme.my.salesforce.com', 'GET', '/x/sobjects/A/1');
    const otherPath = faults.take('acme.my.salesforce.com', 'PATCH', QUERY);
    const hits = [1, 2, 3].map(() =>
      faults.take('acme.my.salesforce.com', 'PATCH', '/x/sobjects/A/1'),
    );

    expect([otherHost, otherMethod, otherPath]).toEqual([undefined, undefined, undefined]);
    expect(hits.map((h) => h !== undefined)).toEqual([true, true, false]);
  });

  it('keeps a fault with times 0 until cleared', () => {
    const faults = new FaultRegistry();
    faults.add({ path: '.', drop: 'before', times: 0 });

    const hits = [1, 2, 3].map(() => faults.take('h', 'GET', '/a'));
    const pendingBeforeClear = faults.hasPendingDrop();
    faults.clear();

    expect(hits.every((h) => h?.drop === 'before')).toBe(true);
    expect(pendingBeforeClear).toBe(true);
    expect(faults.take('h', 'GET', '/a')).toBeUndefined();
  });

  it('refuses a fault whose path is not a regular expression', () => {
    const parsed = faultSpecSchema.safeParse({ path: '(' });

    expect(parsed.success).toBe(false);
  });
});
