import { describe, expect, it } from 'vitest';

import { contextFor, testStore } from '../testing-store';
import { ANCHORS } from '../seed';
import { runSoql } from './execute';

const { store, acme } = testStore();
const admin = contextFor(store, acme, 'admin');
const sales = contextFor(store, acme, 'sales');

function query(ctx: typeof admin, soql: string) {
  const result = runSoql(ctx, soql);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.rows;
}

describe('running SOQL', () => {
  it('answers records with attributes and nested parent fields', () => {
    const rows = query(
      admin,
      `SELECT Id, Name, Account.Name, Owner.Name FROM Opportunity WHERE Id = '${ANCHORS.opportunity}'`,
    );

    expect(rows.records[0]).toEqual({
      attributes: {
        type: 'Opportunity',
        url: `/services/data/v62.0/sobjects/Opportunity/${ANCHORS.opportunity}`,
      },
      Id: ANCHORS.opportunity,
      Name: 'Acme - 200 Widgets',
      Account: {
        attributes: {
          type: 'Account',
          url: `/services/data/v62.0/sobjects/Account/${ANCHORS.account}`,
        },
        Name: 'Acme Corporation',
      },
      Owner: {
        attributes: { type: 'User', url: `/services/data/v62.0/sobjects/User/${sales.user.id}` },
        Name: 'Sam Seller',
      },
    });
  });

  it('nests child sub-queries and answers null for none', () => {
    const rows = query(
      admin,
      `SELECT Name, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Id IN ('${ANCHORS.account}', '${ANCHORS.privateAccount}') ORDER BY Name`,
    );

    expect(rows.records[0]!.Contacts).toMatchObject({
      totalSize: 1,
      done: true,
      records: [{ LastName: 'Gonzalez' }],
    });
    expect(rows.records[1]!.Contacts).toBeNull();
  });

  it('labels polymorphic parents with the Name type', () => {
    const rows = query(admin, `SELECT Who.Name, What.Name FROM Task WHERE Id = '${ANCHORS.task}'`);

    expect(rows.records[0]!.Who).toMatchObject({
      attributes: { type: 'Name' },
      Name: 'Rose Gonzalez',
    });
    expect(rows.records[0]!.What).toMatchObject({ Name: 'Acme - 200 Widgets' });
  });

  it('counts with COUNT() and leaves records empty', () => {
    const rows = query(admin, 'SELECT COUNT() FROM Account');

    expect(rows.totalSize).toBe(store.all(acme.id, 'Account').filter((a) => !a.deleted).length);
    expect(rows.records).toEqual([]);
  });

  it('filters with date literals relative to the clock', () => {
    const overdue = query(
      admin,
      'SELECT Id FROM Opportunity WHERE IsClosed = false AND CloseDate < TODAY AND NextStep = null',
    );
    const recent = query(admin, 'SELECT Id FROM Case WHERE CreatedDate = LAST_N_DAYS:21');

    expect(overdue.records.map((r) => r.Id)).toContain(ANCHORS.opportunity);
    expect(recent.records.map((r) => r.Id)).toContain(ANCHORS.case);
  });

  it('orders, offsets and limits', () => {
    const all = query(admin, 'SELECT Name FROM Account ORDER BY Name DESC');
    const page = query(admin, 'SELECT Name FROM Account ORDER BY Name DESC LIMIT 3 OFFSET 2');

    expect(page.records.map((r) => r.Name)).toEqual(all.records.slice(2, 5).map((r) => r.Name));
  });

  it('matches LIKE case-insensitively with wildcards', () => {
    const rows = query(admin, "SELECT Name FROM Account WHERE Name LIKE 'acme%'");

    expect(rows.records.map((r) => r.Name)).toEqual(['Acme Corporation']);
  });

  it('hides private records from the sales user and fields their profile cannot see', () => {
    const salesNames = query(sales, 'SELECT Id FROM Account').records.map((r) => r.Id);
    const hidden = runSoql(sales, 'SELECT AnnualRevenue FROM Account');

    expect(salesNames).not.toContain(ANCHORS.privateAccount);
    expect(salesNames).toContain(ANCHORS.account);
    expect(hidden).toMatchObject({
      ok: false,
      failure: { errors: [{ errorCode: 'INVALID_FIELD' }] },
    });
  });

  it('finds deleted records only through queryAll', () => {
    const soql = `SELECT Id, IsDeleted FROM Account WHERE Id = '${ANCHORS.deletedAccount}'`;

    expect(query(admin, soql).totalSize).toBe(0);
    const all = runSoql(admin, soql, true);
    expect(all.ok && all.rows.records[0]!.IsDeleted).toBe(true);
  });

  it('words errors the way Salesforce does', () => {
    const error = (soql: string) => {
      const result = runSoql(admin, soql);
      if (result.ok) throw new Error('expected a failure');
      expect(result.failure.status).toBe(400);
      return result.failure.errors[0]!;
    };

    const type = error('select count() from XYZZY');
    const field = error('SELECT Id, Foo FROM Account');
    const malformed = error('SELECT Id FROM');
    const quoted = error("SELECT Id FROM Opportunity WHERE CloseDate > '2026-01-01'");

    expect(type.errorCode).toBe('INVALID_TYPE');
    expect(type.message).toBe(
      "\nselect count() from XYZZY\n                    ^\nERROR at Row:1:Column:21\nsObject type 'XYZZY' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.",
    );
    expect(field.errorCode).toBe('INVALID_FIELD');
    expect(field.message).toContain("No such column 'Foo' on entity 'Account'");
    expect(malformed.errorCode).toBe('MALFORMED_QUERY');
    expect(malformed.message).toContain("unexpected token: '<EOF>'");
    expect(quoted.errorCode).toBe('INVALID_FIELD');
    expect(quoted.message).toContain('must be of type date and should not be enclosed in quotes');
  });
});
