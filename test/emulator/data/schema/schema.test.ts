import { describe, expect, it } from 'vitest';

import { describeFor } from '../access';
import { Schema } from './schema';

const schema = new Schema();

describe('the emulator schema', () => {
  it('describes every object the team relies on, each with the keys of a recorded describe', () => {
    const recordedKeys = Object.keys(schema.get('Account')!).sort();
    const recordedFieldKeys = Object.keys(schema.get('Account')!.fields[0]!).sort();

    for (const name of [
      'Task',
      'User',
      'Organization',
      'Project__c',
      'Milestone__c',
      'Quality_Issue__c',
    ]) {
      const d = schema.get(name)!;
      expect(Object.keys(d).sort()).toEqual(recordedKeys);
      for (const f of d.fields) expect(Object.keys(f).sort()).toEqual(recordedFieldKeys);
    }
  });

  it('maps the custom objects key prefixes from docs/demo-org.md', () => {
    expect(schema.objectForId('a01000000000001AAA')).toBe('Project__c');
    expect(schema.objectForId('a02000000000001AAA')).toBe('Milestone__c');
    expect(schema.objectForId('a03000000000001AAA')).toBe('Quality_Issue__c');
    expect(schema.objectForId('00T000000000001AAA')).toBe('Task');
  });

  it('lists the custom objects in describeGlobal next to the recorded ones', () => {
    const names = schema.global.sobjects.map((s) => s.name);

    expect(names).toEqual(expect.arrayContaining(['Account', 'Task', 'Project__c', 'WorkOrder']));
  });

  it('gives Opportunity two record types besides Master and a restricted StageName', () => {
    const opp = schema.get('opportunity')!;

    expect(opp.recordTypeInfos.map((r) => r.name)).toEqual(['New Business', 'Renewal', 'Master']);
    expect(schema.field('Opportunity', 'StageName')!.restrictedPicklist).toBe(true);
  });

  it('makes Case Reason depend on Case Type', () => {
    const reason = schema.field('Case', 'Reason')!;

    expect(reason.dependentPicklist).toBe(true);
    expect(reason.controllerName).toBe('Type');
    expect(reason.picklistValues.every((v) => typeof v.validFor === 'string')).toBe(true);
  });

  it('hides AnnualRevenue from sales and makes Rating read-only for them', () => {
    const account = describeFor('sales', schema.get('Account')!);

    expect(account.fields.find((f) => f.name === 'AnnualRevenue')).toBeUndefined();
    expect(account.fields.find((f) => f.name === 'Rating')!.updateable).toBe(false);
    expect(account.fields.find((f) => f.name === 'Name')!.updateable).toBe(true);
  });

  it('lets the read-only profile edit nothing', () => {
    const account = describeFor('readonly', schema.get('Account')!);

    expect(account.updateable).toBe(false);
    expect(account.fields.some((f) => f.updateable || f.createable)).toBe(false);
  });
});
