import 'fake-indexeddb/auto';

import { describe, expect, it, vi } from 'vitest';

import type { Connection } from '@/lib/auth/connections';
import { ok } from '@/lib/result';
import { parsePageContext } from '@/lib/salesforce/page-context';
import type { CompositeSubrequest, SalesforceClient } from '@/lib/salesforce-client/client';
import { networkError, salesforceErrorFromBody } from '@/lib/salesforce-client/errors';

import { acmeConnection } from '../../test/fixtures/connection';
import type { Connections } from './connections';
import { cacheScope, problemOf, RecordLoader } from './record-loader';

const ACCOUNT_ID = '001000000000001AAA';

let serial = 0;

/** A connection of its own org per test, so the shared metadata cache starts empty each time. */
function connection(): Connection {
  const orgId = `00D00000000${String(++serial).padStart(4, '0')}AAA`;
  return acmeConnection({ key: `${orgId}:005000000000001AAA`, orgId });
}

const GLOBAL = {
  sobjects: [
    { name: 'Account', keyPrefix: '001', queryable: true, label: 'Account' },
    { name: 'AccountFeed', keyPrefix: '0D5', queryable: false, label: 'Account Feed' },
  ],
};

const DESCRIBE = {
  name: 'Account',
  label: 'Account',
  fields: [
    { name: 'Id', type: 'id' },
    { name: 'Name', type: 'string', nameField: true },
  ],
};

type Composite = SalesforceClient['composite'];

/** A client whose describes succeed and whose record request answers `record`. */
function loaderWith(
  record: Composite,
  request: SalesforceClient['request'] = vi.fn(),
  compactLayout: unknown = undefined,
) {
  const composite = vi.fn<Composite>((parts: CompositeSubrequest[], options) => {
    if (parts.some((p) => p.referenceId === 'global' || p.referenceId === 'describe')) {
      return Promise.resolve(
        ok({
          compositeResponse: parts.map((p) => ({
            referenceId: p.referenceId,
            httpStatusCode: p.referenceId === 'global' || p.url.includes('/Account/') ? 200 : 404,
            body: { global: GLOBAL, describe: DESCRIBE, compact: compactLayout }[p.referenceId],
            httpHeaders: {},
          })),
        }),
      );
    }

    return record(parts, options);
  });
  const client = {
    basePath: '/services/data/v62.0/',
    composite,
    request,
  } as unknown as SalesforceClient;
  const connections = {
    client: () => client,
    store: { touchConnection: () => Promise.resolve() },
  } as unknown as Connections;
  return { loader: new RecordLoader(connections), composite, request };
}

function page(path: string) {
  return parsePageContext(`https://acme.lightning.force.com${path}`)!;
}

describe('RecordLoader failures', () => {
  it('calls a key prefix the org does not list unsupported, without loading anything', async () => {
    const { loader, composite } = loaderWith(vi.fn());

    const result = await loader.load(
      connection(),
      page('/lightning/r/a0x000000000001AAA/view'),
      new Date(),
    );

    expect(result).toMatchObject({ ok: false, problem: { code: 'unsupported' } });
    expect(composite).toHaveBeenCalledTimes(1);
  });

  it('calls an object the API cannot query unsupported', async () => {
    const { loader } = loaderWith(vi.fn());

    const result = await loader.load(
      connection(),
      page('/lightning/r/AccountFeed/0D5000000000001AAA/view'),
      new Date(),
    );

    expect(result).toMatchObject({ ok: false, problem: { code: 'unsupported' } });
  });

  it('calls the daily API limit "limit" when the record request is refused for it', async () => {
    const refused = salesforceErrorFromBody(403, [
      { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' },
    ]);
    const { loader } = loaderWith(() => Promise.resolve({ ok: false, problem: refused }));

    const result = await loader.load(
      connection(),
      page(`/lightning/r/Account/${ACCOUNT_ID}/view`),
      new Date(),
    );

    expect(result).toMatchObject({ ok: false, problem: { code: 'limit' } });
  });

  it('calls a dropped connection "offline"', async () => {
    const dropped = networkError({ timedOut: false, write: false, mayHaveBeenSent: false });
    const { loader } = loaderWith(() => Promise.resolve({ ok: false, problem: dropped }));

    const result = await loader.load(
      connection(),
      page(`/lightning/r/Account/${ACCOUNT_ID}/view`),
      new Date(),
    );

    expect(result).toMatchObject({ ok: false, problem: { code: 'offline' } });
  });

  it('tells a record in the recycle bin from one the user cannot see', async () => {
    const notFound: Composite = (parts) =>
      Promise.resolve(
        ok({
          compositeResponse: parts.map((p) => ({
            referenceId: p.referenceId,
            httpStatusCode: 404,
            body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }],
            httpHeaders: {},
          })),
        }),
      );
    const answer = (totalSize: number) =>
      vi.fn(() => Promise.resolve(ok({ status: 200, httpHeaders: {}, body: { totalSize } })));
    const deleted = loaderWith(notFound, answer(1) as unknown as SalesforceClient['request']);
    const hidden = loaderWith(notFound, answer(0) as unknown as SalesforceClient['request']);
    const at = page(`/lightning/r/Account/${ACCOUNT_ID}/view`);

    const gone = await deleted.loader.load(connection(), at, new Date());
    const unseen = await hidden.loader.load(connection(), at, new Date());

    expect(gone).toMatchObject({ ok: false, problem: { code: 'deleted' } });
    expect(unseen).toMatchObject({ ok: false, problem: { code: 'not-found' } });
    expect(deleted.request).toHaveBeenCalledWith(
      'GET',
      expect.stringMatching(/^queryAll\?q=.*IsDeleted/),
    );
  });
});

describe('RecordLoader on a cold view', () => {
  it('asks for the compact layout with the describe, and reads the fields it names', async () => {
    const layout = {
      name: 'SYSTEM',
      fieldItems: [{ layoutComponents: [{ type: 'Field', value: 'Name' }] }],
    };
    const record: Composite = (parts) =>
      Promise.resolve(
        ok({
          compositeResponse: parts.map((p) => ({
            referenceId: p.referenceId,
            httpStatusCode: 404,
            body: [{ errorCode: 'NOT_FOUND', message: 'x' }],
            httpHeaders: {},
          })),
        }),
      );
    const none = vi.fn(() =>
      Promise.resolve(ok({ status: 200, headers: {}, body: { totalSize: 0 } })),
    );
    const { loader, composite } = loaderWith(
      record,
      none as unknown as SalesforceClient['request'],
      layout,
    );

    const viewer = connection();
    await loader.load(viewer, page(`/lightning/r/Account/${ACCOUNT_ID}/view`), new Date());

    const [metadata] = composite.mock.calls[0]!;
    expect(metadata.map((p) => p.url)).toEqual([
      '/services/data/v62.0/sobjects',
      '/services/data/v62.0/sobjects/Account/describe',
      '/services/data/v62.0/sobjects/Account/describe/compactLayouts/primary',
    ]);
    expect(composite).toHaveBeenCalledTimes(2);
    const cached = await loader.metadata.get(
      {} as SalesforceClient,
      cacheScope(viewer),
      'Account',
      Date.now(),
    );
    expect(cached.ok && cached.value.object?.compactFields).toEqual(['Name']);
  });
});

describe('problemOf', () => {
  it('keeps Salesforce’s own remedy for the limit and for being offline', () => {
    const limit = problemOf(
      salesforceErrorFromBody(403, [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'x' }]),
    );
    const offline = problemOf(
      networkError({ timedOut: true, write: false, mayHaveBeenSent: true }),
    );

    expect(limit.code).toBe('limit');
    expect(limit.remedy).toMatch(/later/);
    expect(offline.code).toBe('offline');
    expect(offline.remedy).toMatch(/connection/);
  });
});
