import { describe, expect, it } from 'vitest';

import { auditEntry } from './audit-fixtures';
import { toCsv, toJson } from './export';

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }

  cells.push(cell);
  return cells;
}

describe('toCsv', () => {
  it('writes a header and one row per field change', () => {
    const entry = auditEntry({
      fields: [
        { field: 'CloseDate', label: 'Close Date', before: '2026-02-27', after: '2026-03-13' },
        { field: 'Amount', label: 'Amount', before: 48000, after: null },
      ],
    });

    const lines = toCsv([entry]).split('\r\n');

    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const header = parseCsvLine(lines[0]!);
    const second = Object.fromEntries(header.map((h, i) => [h, parseCsvLine(lines[2]!)[i]]));
    expect(second).toMatchObject({
      id: 'a-1',
      field: 'Amount',
      before: '48000',
      after: '',
      recordName: 'Acme renewal',
      salesforceStatus: 'applied',
    });
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks', () => {
    const entry = auditEntry({
      recordRef: { objectApiName: 'Account', recordId: '001000000000001AAA', name: 'Smith, "Jo"' },
      fields: [{ field: 'Description', label: 'Description', before: 'a\r\nb', after: 'x\ny' }],
    });

    const row = toCsv([entry]).split('\r\n').slice(1).join('\r\n');

    expect(row).toContain('"Smith, ""Jo"""');
    expect(row).toContain('"a\r\nb","x\ny"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const entry = auditEntry({
      approvedBy: '@SUM(A1)',
      fields: [
        { field: 'NextStep', label: 'Next Step', before: '=HYPERLINK("x")', after: '+1' },
        { field: 'Amount', label: 'Amount', before: -5, after: 'safe = text' },
      ],
    });

    const rows = toCsv([entry]).split('\r\n');

    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")",'+1`);
    expect(rows[1]).toContain(`'@SUM(A1)`);
    expect(rows[2]).toContain(`'-5,safe = text`);
  });

  it('gives an entry without field changes a row of its own', () => {
    const entry = auditEntry({ kind: 'handoff', fields: [] });

    const lines = toCsv([entry]).trimEnd().split('\r\n');

    expect(lines).toHaveLength(2);
    expect(parseCsvLine(lines[1]!)[1]).toBe('handoff');
  });
});

describe('toJson', () => {
  it('round-trips the entries', () => {
    const entries = [auditEntry(), auditEntry({ id: 'a-2', kind: 'undo', undoOf: 'a-1' })];

    expect(JSON.parse(toJson(entries))).toEqual(entries);
  });
});
