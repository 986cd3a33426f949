import { describe, expect, it } from 'vitest';

import { QuerySyntaxError } from './lexer';
import { parseSoql } from './parser';

describe('the SOQL parser', () => {
  it('reads fields, relationship paths, sub-queries and COUNT()', () => {
    const q = parseSoql('SELECT Id, Owner.Name, (SELECT Id FROM Contacts) FROM Account');

    expect(q.from).toBe('Account');
    expect(q.select.map((s) => s.kind)).toEqual(['field', 'field', 'subquery']);
    expect(q.select[1]).toMatchObject({ path: ['Owner', 'Name'] });
    expect(parseSoql('select count() from Case').select[0]!.kind).toBe('count');
  });

  it('keeps AND, OR and NOT with parentheses as written', () => {
    const q = parseSoql(
      "SELECT Id FROM Case WHERE (Priority = 'High' OR IsEscalated = true) AND NOT Status IN ('Closed')",
    );

    expect(q.where).toMatchObject({
      kind: 'and',
      left: { kind: 'or' },
      right: { kind: 'not', cond: { kind: 'in', values: [{ kind: 'string', value: 'Closed' }] } },
    });
  });

  it('reads date literals, date values, NOT IN, LIKE, null and booleans', () => {
    const q = parseSoql(
      "SELECT Id FROM Task WHERE ActivityDate < LAST_N_DAYS:30 AND CreatedDate > 2026-01-01T00:00:00Z AND Subject LIKE 'Call%' AND WhoId != null AND IsClosed = false AND Status NOT IN ('Completed', 'Deferred') AND ActivityDate = TODAY AND ActivityDate >= 2026-11-01",
    );

    expect(JSON.stringify(q.where)).toContain('"name":"LAST_N_DAYS","n":30');
    expect(JSON.stringify(q.where)).toContain('"kind":"datetime"');
    expect(JSON.stringify(q.where)).toContain('"negate":true');
  });

  it('reads ORDER BY with directions and null placement, LIMIT and OFFSET', () => {
    const q = parseSoql(
      'SELECT Id FROM Opportunity ORDER BY CloseDate DESC NULLS LAST, Name LIMIT 5 OFFSET 10',
    );

    expect(q.orderBy).toMatchObject([
      { path: ['CloseDate'], descending: true, nullsLast: true },
      { path: ['Name'], descending: false, nullsLast: false },
    ]);
    expect(q.limit).toBe(5);
    expect(q.offset).toBe(10);
  });

  it('refuses AND and OR mixed without parentheses, as Salesforce does', () => {
    expect(() => parseSoql("SELECT Id FROM Case WHERE A = 'x' AND B = 'y' OR C = 'z'")).toThrow(
      QuerySyntaxError,
    );
  });

  it('reports where an unexpected token is', () => {
    try {
      parseSoql('SELECT Id FROM');
      expect.fail('should not parse');
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect((error as QuerySyntaxError).pos).toBe(14);
    }
  });
});
