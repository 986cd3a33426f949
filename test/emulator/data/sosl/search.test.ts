import { describe, expect, it } from 'vitest';

import { ANCHORS } from '../seed';
import { contextFor, testStore } from '../testing-store';
import { search } from './search';

const { store, acme } = testStore();
const admin = contextFor(store, acme, 'admin');
const sales = contextFor(store, acme, 'sales');

function found(ctx: typeof admin, sosl: string) {
  const result = search(ctx, sosl);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.records;
}

describe('SOSL search', () => {
  it('finds records by name across the RETURNING objects with their fields', () => {
    const records = found(
      admin,
      'FIND {Acme} IN NAME FIELDS RETURNING Account(Id, Name), Opportunity(Name WHERE IsClosed = false LIMIT 5)',
    );

    expect(records[0]).toMatchObject({
      attributes: { type: 'Account' },
      Id: ANCHORS.account,
      Name: 'Acme Corporation',
    });
    expect(
      records
        .filter((r) => (r.attributes as { type: string }).type === 'Opportunity')
        .map((r) => r.Name),
    ).toContain('Acme - 200 Widgets');
  });

  it('supports the * wildcard and escaped reserved characters', () => {
    expect(found(admin, 'FIND {Gonz*} RETURNING Contact(Name)').map((r) => r.Name)).toEqual([
      'Rose Gonzalez',
    ]);
    expect(
      found(admin, 'FIND {Acme \\- 200} IN NAME FIELDS RETURNING Opportunity(Name)').map(
        (r) => r.Name,
      ),
    ).toEqual(['Acme - 200 Widgets']);
  });

  it('answers MALFORMED_SEARCH for an unescaped reserved character or a missing brace', () => {
    const unescaped = search(admin, 'FIND {Acme - 200} RETURNING Opportunity(Name)');
    const braces = search(admin, 'FIND Acme');

    expect(unescaped).toMatchObject({
      ok: false,
      failure: { status: 400, errors: [{ errorCode: 'MALFORMED_SEARCH' }] },
    });
    expect(braces).toMatchObject({
      ok: false,
      failure: {
        errors: [
          {
            errorCode: 'MALFORMED_SEARCH',
            message: 'No search term found. The search term must be enclosed in braces.',
          },
        ],
      },
    });
  });

  it('respects sharing', () => {
    expect(found(sales, 'FIND {Vandelay} RETURNING Account(Name)')).toEqual([]);
    expect(found(admin, 'FIND {Vandelay} RETURNING Account(Name)')).toHaveLength(1);
  });
});
