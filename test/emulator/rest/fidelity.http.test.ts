/**
 * Fidelity: the emulator's answers against every recorded Salesforce answer for the routes it
 * serves (test/fixtures/salesforce). Same keys and value types; exact text where it is fixed.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { RECORDED_OBJECTS } from '../data/schema/recorded';
import { ANCHORS } from '../data/seed';
import { ACME, API, useEmulator } from '../testing/emulator-fixture';
import { shapeDifferences } from '../testing/shape';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/salesforce/${path}`, import.meta.url), 'utf8'));

interface Cassette {
  interactions: {
    request?: { method: string; uri: string; body: unknown };
    response?: { status: { code: number }; body: unknown };
  }[];
}

interface UiRecord {
  fields: Record<string, { value: unknown }>;
}

/** The `fields=` paths that ask for everything a recorded UI API record holds. */
function fieldPaths(prefix: string, record: UiRecord): string[] {
  return Object.entries(record.fields).flatMap(([name, { value }]) => {
    if (value !== null && typeof value === 'object' && 'fields' in value) {
      return fieldPaths(`${prefix}.${name}`, value as UiRecord);
    }
    // An empty relationship (`Parent` beside `ParentId`) is asked for through one of its fields.
    return `${name}Id` in record.fields ? [`${prefix}.${name}.Id`] : [`${prefix}.${name}`];
  });
}

const toOurs = (text: string) =>
  text.replaceAll('vxx.0', 'v62.0').replace('https://orgname.my.salesforce.com', ACME);

describe('fidelity with recorded Salesforce answers', () => {
  const t = useEmulator();
  const get = async (url: string, token = t.as('admin')) => (await t.call(url, { token })).json();

  it.each(RECORDED_OBJECTS)('describes %s with the recorded describe shape', async (name) => {
    const recorded = fixture(`cumulusci/GET_sobjects_${name}_describe.json`);

    expect(shapeDifferences(recorded, await get(`${API}/sobjects/${name}/describe`))).toEqual([]);
  });

  it('describes hand-built objects in the recorded Account describe shape', async () => {
    const recorded = fixture('cumulusci/GET_sobjects_Account_describe.json');

    for (const name of [
      'Task',
      'User',
      'Organization',
      'Project__c',
      'Milestone__c',
      'Quality_Issue__c',
    ]) {
      expect(shapeDifferences(recorded, await get(`${API}/sobjects/${name}/describe`))).toEqual([]);
    }
  });

  it('answers describeGlobal in the recorded shape', async () => {
    expect(
      shapeDifferences(
        fixture('cumulusci/GET_sobjects_Global_describe.json'),
        await get(`${API}/sobjects`),
      ),
    ).toEqual([]);
  });

  it('answers an Organization row with the recorded keys', async () => {
    const org = (await get(
      `${API}/query?q=${encodeURIComponent('SELECT Id FROM Organization')}`,
    )) as { records: { Id: string }[] };
    const ours = await get(`${API}/sobjects/Organization/${org.records[0]!.Id}`);
    const recorded = fixture('cumulusci/GET_sobjects_Organization.json') as Record<string, unknown>;
    const ourKeys = Object.keys(ours as object);

    // The recorded org has one currency; orgs with several also answer their corporate currency,
    // and the demo org does so that Sofie can format amounts.
    const multiCurrencyOnly = ['DefaultCurrencyIsoCode'];
    expect(ourKeys.filter((k) => !(k in recorded) && !multiCurrencyOnly.includes(k))).toEqual([]);
    expect(ourKeys).toEqual(
      expect.arrayContaining([
        'attributes',
        'Id',
        'Name',
        'OrganizationType',
        'IsSandbox',
        'InstanceName',
      ]),
    );
  });

  it.each([
    'TestCompositeParallelSalesforce.test_errors.json',
    'TestCompositeParallelSalesforce.test_reference_ids.json',
    'TestCompositeParallelSalesforce.test_composite_parallel_salesforce.json',
    'TestCountSObjects.test_count_sobjects__errors.json',
    'TestCountSObjects.test_count_sobjects_simple.json',
    'TestUpdatesIntegrationTests.test_updates_task.json',
  ])('answers the requests of %s in the recorded shape', async (file) => {
    const cassette = fixture(`cumulusci/${file}`) as Cassette;

    for (const { request, response } of cassette.interactions) {
      if (!request || !response || request.uri.includes('/limits/recordCount')) continue;
      const ours = await t.call(toOurs(request.uri), {
        method: request.method,
        token: t.as('admin'),
        body:
          request.body === null
            ? undefined
            : (JSON.parse(toOurs(JSON.stringify(request.body))) as unknown),
      });
      expect(ours.status).toBe(response.status.code);
      expect(shapeDifferences(response.body, ours.json())).toEqual([]);
    }
  });

  it('words an unsupported object in a query exactly as recorded', async () => {
    const cassette = fixture(
      'cumulusci/TestCountSObjects.test_count_sobjects__errors.json',
    ) as Cassette;
    const recorded = cassette.interactions[0]!.response!.body as {
      compositeResponse: { body: unknown }[];
    };
    const ours = await t.call(`${API}/composite`, {
      method: 'POST',
      token: t.as('admin'),
      body: JSON.parse(toOurs(JSON.stringify(cassette.interactions[0]!.request!.body))) as unknown,
    });

    expect((ours.json() as typeof recorded).compositeResponse[1]!.body).toEqual(
      recorded.compositeResponse[1]!.body,
    );
  });

  it('answers the recorded error bodies', async () => {
    expect(await get(`${API}/limits`, 'expired')).toEqual(
      fixture('restforce/expired_session_response.json'),
    );
    expect(await get(`${API}/sobjects/Whizbang/describe`)).toEqual(
      fixture('restforce/sobject/sobject_describe_error_response.json'),
    );
    expect(await get(`${API}/search?q=${encodeURIComponent('Acme')}`)).toEqual(
      fixture('restforce/sobject/search_error_response.json'),
    );
    const write = await t.call(`${API}/sobjects/Account/${ANCHORS.account}`, {
      method: 'PATCH',
      token: t.as('admin'),
      body: { foo: 1 },
    });
    expect(
      shapeDifferences(fixture('restforce/sobject/write_error_response.json'), write.json()),
    ).toEqual([]);
    expect((write.json() as { message: string }[])[0]!.message).toBe(
      "No such column 'foo' on sobject of type Account",
    );
  });

  it('answers the versions list and paginated queries in the recorded shapes', async () => {
    expect(
      shapeDifferences(
        fixture('restforce/services_data_success_response.json'),
        await get(`${ACME}/services/data/`),
      ),
    ).toEqual([]);
    const paged = await t.call(`${API}/query?q=${encodeURIComponent('SELECT Subject FROM Task')}`, {
      token: t.as('admin'),
    });
    const recorded = fixture('restforce/sobject/query_paginated_first_page_response.json') as {
      records: { attributes: object }[];
    };
    const ours = paged.json() as { records: { attributes: object }[] };
    const envelope = (v: object) =>
      Object.keys(v)
        .filter((k) => k !== 'nextRecordsUrl')
        .sort();
    expect(envelope(ours)).toEqual(envelope(recorded));
    expect(shapeDifferences(recorded.records[0]!.attributes, ours.records[0]!.attributes)).toEqual(
      [],
    );
  });

  it('answers UI API records, object info and picklist values in the recorded shapes', async () => {
    const users = (await get(
      `${API}/query?q=${encodeURIComponent('SELECT Id FROM User LIMIT 1')}`,
    )) as { records: { Id: string }[] };
    const userRecord = await get(
      `${API}/ui-api/records/${users.records[0]!.Id}?fields=User.Name,User.Email`,
    );
    const created = fixture('lwc-recipes/ldsCreateRecord/createRecord.json') as UiRecord;
    const account = await get(
      `${API}/ui-api/records/${ANCHORS.account}?fields=${fieldPaths('Account', created).join(',')}`,
    );
    const info = await get(`${API}/ui-api/object-info/Account`);
    const picklist = await get(
      `${API}/ui-api/object-info/Account/picklist-values/012000000000000AAA/Type`,
    );
    const maps = ['fields', 'recordTypeInfos', 'dependentFields', 'controllerValues'];

    expect(
      shapeDifferences(
        fixture('lwc-recipes/wireGetRecord/wireGetRecordResponse.json'),
        userRecord,
        { maps, allowExtra: true },
      ),
    ).toEqual([]);
    expect(
      shapeDifferences(fixture('lwc-recipes/ldsCreateRecord/createRecord.json'), account, {
        maps: ['recordTypeInfos'],
        allowExtra: true,
      }),
    ).toEqual([]);
    expect(
      shapeDifferences(fixture('lwc-recipes/wireGetObjectInfo/getObjectInfo.json'), info, { maps }),
    ).toEqual([]);
    expect(
      shapeDifferences(
        fixture('lwc-recipes/wireGetPicklistValues/getPicklistValues.json'),
        picklist,
      ),
    ).toEqual([]);
  });
});
