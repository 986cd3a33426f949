import 'fake-indexeddb/auto';

import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Connection } from '@/lib/auth/connections';
import { recordTypeValues } from '@/lib/changes/picklists';
import { ok } from '@/lib/result';
import { slimDescribe } from '@/lib/salesforce/describe';
import type { RecordContext } from '@/lib/salesforce/record-context';
import type { SalesforceClient } from '@/lib/salesforce-client/client';

import type { Connections } from './connections';
import { RecordLoader } from './record-loader';

const RENEWAL = '012000000000002AAA';
const CONNECTION = { key: 'k', orgId: '00D000000000001AAA' } as Connection;
const NOW = new Date('2026-03-10T09:00:00Z');

const OPPORTUNITY = slimDescribe({
  name: 'Opportunity',
  label: 'Opportunity',
  fields: [
    { name: 'Id', type: 'id' },
    { name: 'NextStep', type: 'string', label: 'Next Step' },
    {
      name: 'StageName',
      type: 'picklist',
      label: 'Stage',
      restrictedPicklist: true,
      picklistValues: ['Prospecting', 'Qualification'].map((value) => ({
        value,
        label: value,
        active: true,
        defaultValue: false,
      })),
    },
  ],
});

function contextWith(recordTypeId: string | undefined): RecordContext {
  return {
    object: OPPORTUNITY,
    record: { recordTypeId, fields: {} },
  } as unknown as RecordContext;
}

function loaderWithApi() {
  const request = vi.fn(() =>
    Promise.resolve(
      ok({
        status: 200,
        body: { picklistFieldValues: { StageName: { values: [{ value: 'Qualification' }] } } },
      }),
    ),
  );
  const client = { request } as unknown as SalesforceClient;
  const connections = { client: () => client } as unknown as Connections;
  return { loader: new RecordLoader(connections), request };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('RecordLoader.withRecordTypePicklists', () => {
  it('fetches the record type’s values for a picklist change and narrows the field to them', async () => {
    const { loader, request } = loaderWithApi();

    const context = await loader.withRecordTypePicklists(
      CONNECTION,
      contextWith(RENEWAL),
      ['StageName'],
      NOW,
    );

    expect(request).toHaveBeenCalledWith(
      'GET',
      `ui-api/object-info/Opportunity/picklist-values/${RENEWAL}`,
    );
    expect(recordTypeValues(context.object, OPPORTUNITY.fields.StageName!, RENEWAL)).toEqual([
      'Qualification',
    ]);
  });

  it('asks once per record type: a second change set uses the cache', async () => {
    const { loader, request } = loaderWithApi();
    await loader.withRecordTypePicklists(CONNECTION, contextWith(RENEWAL), ['StageName'], NOW);

    const again = await loader.withRecordTypePicklists(
      CONNECTION,
      contextWith(RENEWAL),
      ['StageName'],
      NOW,
    );

    expect(request).toHaveBeenCalledTimes(1);
    expect(again.object.recordTypePicklists?.[RENEWAL]).toEqual({ StageName: ['Qualification'] });
  });

  it('asks nothing for a record without a record type or a change without a picklist', async () => {
    const { loader, request } = loaderWithApi();
    const plain = contextWith(undefined);
    const typed = contextWith(RENEWAL);

    expect(await loader.withRecordTypePicklists(CONNECTION, plain, ['StageName'], NOW)).toBe(plain);
    expect(await loader.withRecordTypePicklists(CONNECTION, typed, ['NextStep'], NOW)).toBe(typed);
    expect(request).not.toHaveBeenCalled();
  });
});
