// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { toCsv, toJson } from '@/lib/audit';
import { auditEntry } from '@/lib/audit/audit-fixtures';

import {
  changeValue,
  click,
  render,
  useEnglishMessages,
  type Rendered,
} from '../../review/testing';
import { AuditLog } from './audit-log';

const entries = [
  auditEntry({
    id: 'u1',
    kind: 'undo',
    undoOf: 'w1',
    at: '2026-03-11T09:00:00.000Z',
    fields: [
      { field: 'CloseDate', label: 'Close Date', before: '2026-03-13', after: '2026-02-27' },
    ],
  }),
  auditEntry({
    id: 'c1',
    at: '2026-03-10T12:00:00.000Z',
    orgId: '00D000000000009AAA',
    orgName: 'Globex',
    environment: 'production',
    recordRef: { objectApiName: 'Case', recordId: '500000000000001AAA', name: '00001026' },
    fields: [{ field: 'Status', label: 'Status', before: 'New', after: 'Escalated' }],
    salesforce: {
      status: 'failed',
      errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
      message: 'Needs a reason',
    },
  }),
  auditEntry({
    id: 'w2',
    at: '2026-03-10T10:00:00.000Z',
    fields: [{ field: 'Amount', label: 'Amount', before: null, after: 5000 }],
  }),
  auditEntry({ id: 'w1', at: '2026-03-10T08:05:00.000Z' }),
];

/** jsdom's Blob has no `text()`; FileReader reads it the old way. */
function read(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

let view: Rendered | undefined;
const onUndo = vi.fn();
const show = () => {
  view = render(
    <AuditLog
      entries={entries}
      onUndo={onUndo}
      format={{ locale: 'en-GB', currency: 'EUR', timeZone: 'UTC' }}
      now={() => new Date('2026-03-12T10:00:00.000Z')}
    />,
  );
  return view.container;
};
const ids = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('tr[data-entry]')].map((r) => r.dataset.entry);

beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

describe('AuditLog', () => {
  it('shows who changed which record when, before and after, and what Salesforce said', () => {
    const root = show();

    const failed = root.querySelector<HTMLElement>('tr[data-entry="c1"]')!;
    expect(ids(root)).toEqual(['u1', 'c1', 'w2', 'w1']);
    expect(failed.textContent).toContain('Globex');
    expect(failed.textContent).toContain('00001026');
    expect(failed.textContent).toContain('Approved by sales@acme.example');
    expect(failed.querySelector('[data-field="Status"]')?.textContent).toBe(
      'Status: New → Escalated',
    );
    expect(failed.textContent).toContain('FIELD_CUSTOM_VALIDATION_EXCEPTION');
    expect(failed.textContent).toContain('Needs a reason');
    expect(failed.querySelector('time')?.textContent).toBe('10 Mar 2026, 12:00');
    expect(root.querySelector('tr[data-entry="w2"] [data-before]')?.textContent).toBe('—');
  });

  it('offers Undo only for a write that was saved and not undone yet', () => {
    const root = show();

    click(root.querySelector('tr[data-entry="w2"] [data-action="undo"]'));

    expect(onUndo).toHaveBeenCalledWith(entries[2]);
    expect(
      root.querySelector('tr[data-entry="w2"] [data-action="undo"]')?.getAttribute('aria-label'),
    ).toBe('Undo the change to Acme renewal at 10 Mar 2026, 10:00');
    expect(root.querySelector('tr[data-entry="w1"] [data-action="undo"]')).toBeNull();
    expect(root.querySelector('tr[data-entry="w1"]')?.textContent).toContain('Undone');
    expect(root.querySelector('tr[data-entry="c1"] [data-action="undo"]')).toBeNull();
    expect(root.querySelector('tr[data-entry="u1"] [data-action="undo"]')).toBeNull();
  });

  it('filters by org, object, kind and text and counts what is shown', () => {
    const root = show();

    changeValue(root.querySelector('[data-filter="org"]'), '00D000000000009AAA');
    expect(ids(root)).toEqual(['c1']);
    changeValue(root.querySelector('[data-filter="org"]'), '');
    changeValue(root.querySelector('[data-filter="object"]'), 'Opportunity');
    changeValue(root.querySelector('[data-filter="kind"]'), 'write');
    expect(ids(root)).toEqual(['w2', 'w1']);
    changeValue(root.querySelector('[data-filter="text"]'), '5000');

    expect(ids(root)).toEqual(['w2']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 of 4 entries shown');
    changeValue(root.querySelector('[data-filter="text"]'), 'no such thing');
    expect(root.querySelector('[data-empty]')).not.toBeNull();
  });

  it('exports what is shown as CSV and JSON through a Blob URL', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const root = show();
    changeValue(root.querySelector('[data-filter="kind"]'), 'write');

    click(root.querySelector('[data-action="export-csv"]'));
    click(root.querySelector('[data-action="export-json"]'));

    const written = entries.filter((e) => e.kind === 'write');
    expect(downloads).toEqual([
      'sofie-audit-2026-03-12.csv blob:test/1',
      'sofie-audit-2026-03-12.json blob:test/2',
    ]);
    expect(await read(blobs[0]!)).toBe(toCsv(written));
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await read(blobs[1]!)).toBe(toJson(written));
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      'sofie-audit-2026-03-12.json',
    );
  });

  it('has no axe violations', async () => {
    const root = show();

    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });

    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
