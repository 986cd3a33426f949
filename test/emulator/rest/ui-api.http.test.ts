import { beforeEach, describe, expect, it } from 'vitest';

import { demoOrgs } from '../core/orgs';
import { RECORD_TYPES } from '../data/schema/picklists';
import { ANCHORS } from '../data/seed';
import { API, useEmulator } from '../testing/emulator-fixture';

const ACME_USERS = demoOrgs()[0]!.users;

describe('the UI API and the fake pages', () => {
  const t = useEmulator();
  const admin = () => t.as('admin');
  beforeEach(async () => {
    await t.control('POST', '/data/reset', {});
  });

  it('answers a record with display values and nested relationship records', async () => {
    const res = await t.call(
      `${API}/ui-api/records/${ANCHORS.opportunity}?fields=Opportunity.Name,Opportunity.StageName,Opportunity.Account.Name`,
      { token: admin() },
    );

    const body = res.json() as {
      apiName: string;
      fields: Record<string, { value: unknown; displayValue: unknown }>;
    };
    expect(body.apiName).toBe('Opportunity');
    expect(body.fields.Name).toEqual({ displayValue: null, value: 'Acme - 200 Widgets' });
    expect(body.fields.Account).toMatchObject({
      displayValue: 'Acme Corporation',
      value: { apiName: 'Account', fields: { Name: { value: 'Acme Corporation' } } },
    });
  });

  it('updates through PATCH with the same rules and answers the updated record', async () => {
    const url = `${API}/ui-api/records/${ANCHORS.opportunity}`;
    const ok = await t.call(url, {
      method: 'PATCH',
      token: admin(),
      body: { fields: { NextStep: 'Send quote' } },
    });
    const refused = await t.call(url, {
      method: 'PATCH',
      token: t.as('sales'),
      body: { fields: { Probability: 5 } },
    });
    const stale = await t.call(url, {
      method: 'PATCH',
      token: admin(),
      body: { fields: { NextStep: 'x' } },
      headers: { 'if-unmodified-since': 'Thu, 01 Jan 2015 00:00:00 GMT' },
    });

    expect(ok.status).toBe(200);
    expect((ok.json() as { fields: { NextStep: { value: string } } }).fields.NextStep.value).toBe(
      'Send quote',
    );
    expect(refused.json()).toMatchObject([
      { errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['Probability'] },
    ]);
    expect(stale.status).toBe(412);
  });

  it('answers object info and picklist values per record type, with dependencies', async () => {
    const info = (await t.call(`${API}/ui-api/object-info/Case`, { token: admin() })).json() as {
      dependentFields: unknown;
      fields: Record<string, { dataType: string }>;
    };
    const stages = (
      await t.call(
        `${API}/ui-api/object-info/Opportunity/picklist-values/${RECORD_TYPES.renewal}/StageName`,
        { token: admin() },
      )
    ).json() as { values: { value: string }[] };
    const reasons = (
      await t.call(`${API}/ui-api/object-info/Case/picklist-values/012000000000000AAA/Reason`, {
        token: admin(),
      })
    ).json() as {
      controllerValues: Record<string, number>;
      values: { value: string; validFor: number[] }[];
    };

    expect(info.dependentFields).toEqual({ Type: { Reason: {} } });
    expect(info.fields.Priority!.dataType).toBe('Picklist');
    expect(stages.values.map((v) => v.value)).toEqual([
      'Qualification',
      'Negotiation/Review',
      'Closed Won',
      'Closed Lost',
    ]);
    expect(reasons.controllerValues.Mechanical).toBe(0);
    expect(reasons.values.find((v) => v.value === 'Feedback')!.validFor).toEqual([2, 4]);
  });

  it('answers every picklist field of a record type in one collection', async () => {
    const res = await t.call(
      `${API}/ui-api/object-info/Opportunity/picklist-values/${RECORD_TYPES.renewal}`,
      { token: admin() },
    );

    const body = res.json() as {
      eTag: string;
      picklistFieldValues: Record<string, { url: string; values: { value: string }[] }>;
    };
    expect(res.status).toBe(200);
    expect(body.eTag).toMatch(/\w/);
    expect(body.picklistFieldValues.StageName!.values.map((v) => v.value)).toEqual([
      'Qualification',
      'Negotiation/Review',
      'Closed Won',
      'Closed Lost',
    ]);
    expect(body.picklistFieldValues.StageName!.url).toBe(
      `/services/data/v62.0/ui-api/object-info/Opportunity/picklist-values/${RECORD_TYPES.renewal}/StageName`,
    );
    expect(Object.keys(body.picklistFieldValues)).toContain('LeadSource');
    expect(Object.keys(body.picklistFieldValues)).not.toContain('Name');
  });

  it('answers record-ui with layout, object info and record together', async () => {
    const res = await t.call(`${API}/ui-api/record-ui/${ANCHORS.account}`, { token: admin() });

    const body = res.json() as {
      layouts: Record<string, unknown>;
      objectInfos: Record<string, unknown>;
      records: Record<string, unknown>;
    };
    expect(Object.keys(body.layouts)).toEqual(['Account']);
    expect(Object.keys(body.objectInfos)).toEqual(['Account']);
    expect(Object.keys(body.records)).toEqual([ANCHORS.account]);
  });

  it('serves record pages at every URL shape with the record name in h1', async () => {
    const h1 = async (url: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec((await t.call(url)).text)?.[1];

    expect(
      await h1(`https://acme.lightning.force.com/lightning/r/Account/${ANCHORS.account}/view`),
    ).toBe('Acme Corporation');
    expect(
      await h1(`https://acme.lightning.force.com/lightning/r/${ANCHORS.opportunity}/view`),
    ).toBe('Acme - 200 Widgets');
    expect(
      await h1(
        `https://acme.lightning.force.com/lightning/r/Account/${ANCHORS.account}/related/Contacts/view`,
      ),
    ).toBe('Acme Corporation');
    expect(
      await h1(
        `https://acme.lightning.force.com/lightning/r/Contact/${ANCHORS.contact}/view?ws=%2Flightning%2Fr%2FCase%2F${ANCHORS.case}%2Fview`,
      ),
    ).toBe('Rose Gonzalez');
    expect(
      await h1(
        `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=%2F${ACME_USERS[0]!.id}`,
      ),
    ).toBe('Ada Admin');
    expect(await h1(`https://acme.my.salesforce.com/${ANCHORS.case.slice(0, 15)}`)).toBe(
      '00001001',
    );
    expect(await h1(`https://acme--c.vf.force.com/apex/Invoice?id=${ANCHORS.project}`)).toBe(
      'Acme Plant Rollout',
    );
    expect(
      await h1(`https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent`),
    ).toBe('Accounts');
  });

  it('links each record page to related records with SPA navigation', async () => {
    const page = (
      await t.call(
        `https://acme.lightning.force.com/lightning/r/Opportunity/${ANCHORS.opportunity}/view`,
      )
    ).text;

    expect(page).toContain(`href="/lightning/r/Account/${ANCHORS.account}/view"`);
    expect(page).toContain(`href="/lightning/r/Task/${ANCHORS.task}/view"`);
    expect(page).toContain('data-spa');
  });

  it('changes a record as another user and locks one through the control API', async () => {
    const changed = await t.control('PATCH', `/data/acme/Opportunity/${ANCHORS.opportunity}`, {
      fields: { NextStep: 'Changed elsewhere' },
      asUsername: 'sales@acme.example',
    });
    const locked = await t.control('POST', `/data/acme/lock/${ANCHORS.account}`);
    const write = await t.call(`${API}/sobjects/Account/${ANCHORS.account}`, {
      method: 'PATCH',
      token: admin(),
      body: { Phone: '1' },
    });

    expect((changed.body.fields as { LastModifiedById: string }).LastModifiedById).toBe(
      ACME_USERS[1]!.id,
    );
    expect(locked.body).toEqual({ ok: true });
    expect(write.json()).toMatchObject([{ errorCode: 'ENTITY_IS_LOCKED' }]);
  });
});
