import { describe, expect, it } from 'vitest';

import { Clock } from '../core/clock';
import { demoOrgs } from '../core/orgs';
import { ANCHORS } from './seed';
import { Schema } from './schema/schema';
import { DataStore } from './store';

const orgs = demoOrgs();
const [acme, uat, globex] = orgs as [(typeof orgs)[0], (typeof orgs)[0], (typeof orgs)[0]];
const clock = new Clock();
clock.set('2026-12-03T10:15:00.000Z');
const store = new DataStore(new Schema(), clock, orgs);
const [admin, sales] = acme.users as [(typeof acme.users)[0], (typeof acme.users)[0]];

describe('the seeded data store', () => {
  it('holds the anchor opportunity with the story the demo tells', () => {
    const opp = store.get(acme.id, ANCHORS.opportunity)!.fields;

    expect(opp.Name).toBe('Acme - 200 Widgets');
    expect(opp.StageName).toBe('Proposal/Price Quote');
    expect(opp.CloseDate).toBe('2026-11-23');
    expect(opp.NextStep).toBeNull();
    expect(opp.IsClosed).toBe(false);
    expect(opp.Probability).toBe(75);
  });

  it('finds records by their 15-character id too', () => {
    expect(store.get(acme.id, ANCHORS.account.slice(0, 15))?.fields.Name).toBe('Acme Corporation');
  });

  it('seeds about thirty accounts with opportunities at every stage', () => {
    const accounts = store.all(acme.id, 'Account');
    const stages = new Set(store.all(acme.id, 'Opportunity').map((o) => o.fields.StageName));

    expect(accounts.length).toBeGreaterThanOrEqual(28);
    expect(stages.size).toBe(10);
  });

  it('hides private accounts and what hangs off them from the sales user only', () => {
    const vandelay = store.get(acme.id, ANCHORS.privateAccount)!;

    expect(store.canSee(acme.id, sales, vandelay)).toBe(false);
    expect(store.canSee(acme.id, admin, vandelay)).toBe(true);
    expect(store.canSee(acme.id, sales, store.get(acme.id, ANCHORS.account)!)).toBe(true);
  });

  it('gives the sandbox a copy with small differences and Globex its own data', () => {
    expect(store.get(uat.id, ANCHORS.account)?.fields.Phone).not.toBe(
      store.get(acme.id, ANCHORS.account)?.fields.Phone,
    );
    expect(store.get(globex.id, ANCHORS.account)).toBeUndefined();
    expect(store.all(globex.id, 'Account').map((a) => a.fields.Name)).toContain('Initech');
  });

  it('returns to the same data after a reset with the same seed', () => {
    const before = store.all(acme.id, 'Contact').map((c) => c.fields.Name);
    store.update(acme.id, ANCHORS.contact, { LastName: 'Changed' }, admin.id);

    store.reset(1);

    expect(store.all(acme.id, 'Contact').map((c) => c.fields.Name)).toEqual(before);
  });

  it('derives stage effects and stamps the writer and time on update', () => {
    clock.advance(60_000);
    const updated = store.update(
      acme.id,
      ANCHORS.opportunity,
      { StageName: 'Closed Won' },
      sales.id,
    );

    expect(updated.fields.IsWon).toBe(true);
    expect(updated.fields.Probability).toBe(100);
    expect(updated.fields.LastModifiedById).toBe(sales.id);
    expect(updated.fields.LastModifiedDate).toMatch(/^2026-12-03T10:16:0\d\.000\+0000$/);
    store.reset();
  });
});
