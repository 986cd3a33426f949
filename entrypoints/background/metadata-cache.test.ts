import 'fake-indexeddb/auto';

import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ok } from '@/lib/result';
import type { CompositeSubrequest, SalesforceClient } from '@/lib/salesforce-client/client';

import { MetadataCache } from './metadata-cache';

const ORG = '00D000000000001AAA';
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-10T09:00:00Z');
const RENEWAL = '012000000000002AAA';

const GLOBAL = {
  sobjects: [
    { name: 'Account', label: 'Account', keyPrefix: '001', queryable: true },
    { name: 'Opportunity', label: 'Opportunity', keyPrefix: '006', queryable: true },
  ],
};
const GLOBAL_WITH_PROJECT = {
  sobjects: [...GLOBAL.sobjects, { name: 'Project__c', label: 'Project', keyPrefix: 'a01' }],
};
const DESCRIBE = {
  name: 'Opportunity',
  label: 'Opportunity',
  fields: [
    { name: 'Id', type: 'id' },
    { name: 'StageName', type: 'picklist' },
  ],
};
const PICKLISTS = {
  eTag: 'e',
  picklistFieldValues: {
    StageName: { values: [{ value: 'Qualification' }, { value: 'Closed Won' }] },
  },
};

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
}

/** A client that answers like Salesforce and remembers every request it was asked to send. */
function fakeClient(answers: { global?: unknown; requests?: Record<string, unknown> } = {}) {
  const sent: Sent[] = [];
  const composite = vi.fn((parts: CompositeSubrequest[]) => {
    for (const part of parts) sent.push({ method: 'composite', path: part.url });
    return Promise.resolve(
      ok({
        compositeResponse: parts.map((part) => ({
          referenceId: part.referenceId,
          httpStatusCode: 200,
          httpHeaders: {},
          body: part.referenceId === 'global' ? (answers.global ?? GLOBAL) : DESCRIBE,
        })),
      }),
    );
  });
  const request = vi.fn(
    (method: string, path: string, _body?: unknown, headers?: Record<string, string>) => {
      sent.push({ method, path, ...(headers ? { headers } : {}) });
      const body = answers.requests?.[path];
      return Promise.resolve(
        ok(body === 304 ? { status: 304, body: undefined } : { status: 200, body }),
      );
    },
  );
  const client = {
    origin: 'https://acme.my.salesforce.com',
    basePath: '/services/data/v62.0/',
    composite,
    request,
  } as unknown as SalesforceClient;
  return { client, sent };
}

beforeEach(() => {
  // A fresh IndexedDB per test: what one test caches never answers another.
  globalThis.indexedDB = new IDBFactory();
});

describe('MetadataCache.get', () => {
  it('fetches describeGlobal, the describe and its compact layout in one composite request, then nothing', async () => {
    const { client, sent } = fakeClient();
    const cache = new MetadataCache();

    const cold = await cache.get(client, ORG, 'Opportunity', T0);
    const warm = await cache.get(client, ORG, 'Opportunity', T0 + 1000);

    expect(cold.ok && cold.value.object?.fields.StageName?.type).toBe('picklist');
    expect(warm.ok && warm.value.global.map((g) => g.name)).toEqual(['Account', 'Opportunity']);
    expect(sent.map((s) => s.path)).toEqual([
      '/services/data/v62.0/sobjects',
      '/services/data/v62.0/sobjects/Opportunity/describe',
      '/services/data/v62.0/sobjects/Opportunity/describe/compactLayouts/primary',
    ]);
  });

  it('keeps describes across sessions in IndexedDB', async () => {
    await new MetadataCache().get(fakeClient().client, ORG, 'Opportunity', T0);
    const { client, sent } = fakeClient();

    const later = await new MetadataCache().get(client, ORG, 'Opportunity', T0 + 1000);

    expect(later.ok && later.value.object?.name).toBe('Opportunity');
    expect(sent).toEqual([]);
  });

  it('revalidates a day-old describe conditionally and keeps it on 304', async () => {
    const cache = new MetadataCache();
    await cache.get(fakeClient().client, ORG, 'Opportunity', T0);
    const { client, sent } = fakeClient({
      requests: { 'sobjects/Opportunity/describe': 304 },
    });

    const stale = await cache.get(client, ORG, 'Opportunity', T0 + DAY + 1);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    // The revalidation runs in the background: let it record the describe's new age.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.get(client, ORG, 'Opportunity', T0 + DAY + 2);

    expect(stale.ok && stale.value.object?.name).toBe('Opportunity');
    expect(sent).toEqual([
      {
        method: 'GET',
        path: 'sobjects/Opportunity/describe',
        headers: { 'If-Modified-Since': new Date(T0).toUTCString() },
      },
    ]);
  });
});

describe('MetadataCache.objectForPrefix', () => {
  async function warmCache(at: number) {
    const cache = new MetadataCache();
    const first = await cache.get(fakeClient().client, ORG, undefined, at);
    return { cache, global: first.ok ? first.value.global : [] };
  }

  it('answers a known prefix from the cache', async () => {
    const { cache, global } = await warmCache(T0);
    const { client, sent } = fakeClient();

    expect(await cache.objectForPrefix(client, ORG, '006', global, T0 + DAY)).toBe('Opportunity');
    expect(sent).toEqual([]);
  });

  it('revalidates describeGlobal once for an unknown prefix and finds a new object', async () => {
    const { cache, global } = await warmCache(T0);
    const { client, sent } = fakeClient({ requests: { sobjects: GLOBAL_WITH_PROJECT } });

    const found = await cache.objectForPrefix(client, ORG, 'a01', global, T0 + DAY);
    const later = await cache.get(client, ORG, undefined, T0 + DAY + 1);

    expect(found).toBe('Project__c');
    expect(sent).toEqual([
      {
        method: 'GET',
        path: 'sobjects',
        headers: { 'If-Modified-Since': new Date(T0).toUTCString() },
      },
    ]);
    expect(later.ok && later.value.global.map((g) => g.name)).toContain('Project__c');
  });

  it('answers unknown after a 304, and does not ask again straight away', async () => {
    const { cache, global } = await warmCache(T0);
    const { client, sent } = fakeClient({ requests: { sobjects: 304 } });

    const first = await cache.objectForPrefix(client, ORG, 'zzz', global, T0 + DAY);
    const again = await cache.objectForPrefix(client, ORG, 'zzz', global, T0 + DAY + 5000);

    expect(first).toBeUndefined();
    expect(again).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('does not revalidate a describeGlobal fetched moments ago', async () => {
    const { cache, global } = await warmCache(T0);
    const { client, sent } = fakeClient({ requests: { sobjects: GLOBAL_WITH_PROJECT } });

    expect(await cache.objectForPrefix(client, ORG, 'a01', global, T0 + 10)).toBeUndefined();
    expect(sent).toEqual([]);
  });
});

describe('MetadataCache.recordTypeValues', () => {
  const path = `ui-api/object-info/Opportunity/picklist-values/${RENEWAL}`;

  it('asks nothing unless asked to fetch', async () => {
    const { client, sent } = fakeClient({ requests: { [path]: PICKLISTS } });

    const values = await new MetadataCache().recordTypeValues(client, ORG, 'Opportunity', RENEWAL, {
      now: T0,
      fetch: false,
    });

    expect(values).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('fetches a record type’s values once and keeps them across sessions', async () => {
    const { client, sent } = fakeClient({ requests: { [path]: PICKLISTS } });
    const options = { now: T0, fetch: true };

    const fetched = await new MetadataCache().recordTypeValues(
      client,
      ORG,
      'Opportunity',
      RENEWAL,
      options,
    );
    const cached = await new MetadataCache().recordTypeValues(client, ORG, 'Opportunity', RENEWAL, {
      now: T0 + 1,
      fetch: false,
    });

    expect(fetched).toEqual({ StageName: ['Qualification', 'Closed Won'] });
    expect(cached).toEqual(fetched);
    expect(sent.map((s) => s.path)).toEqual([path]);
  });

  it('forgets them with the org', async () => {
    const cache = new MetadataCache();
    const { client } = fakeClient({ requests: { [path]: PICKLISTS } });
    await cache.recordTypeValues(client, ORG, 'Opportunity', RENEWAL, { now: T0, fetch: true });

    await cache.clearOrg(ORG);

    expect(
      await cache.recordTypeValues(client, ORG, 'Opportunity', RENEWAL, { now: T0, fetch: false }),
    ).toBeUndefined();
  });
});
