import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';

import { auditEntry } from './audit-fixtures';
import { appendAudit, clearAudit, createAuditStore, getAudit, listAudit } from './store';

describe('audit store', () => {
  beforeEach(async () => {
    await clearAudit();
  });

  it('keeps an appended entry and gives it an id when it has none', async () => {
    const { id: _omitted, ...withoutId } = auditEntry();

    const stored = await appendAudit(withoutId);

    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getAudit(stored.id)).toEqual(stored);
  });

  it('lists newest first', async () => {
    await appendAudit(auditEntry({ id: 'old', at: '2026-03-01T00:00:00.000Z' }));
    await appendAudit(auditEntry({ id: 'new', at: '2026-03-09T00:00:00.000Z' }));
    await appendAudit(auditEntry({ id: 'mid', at: '2026-03-05T00:00:00.000Z' }));

    const ids = (await listAudit()).map((e) => e.id);

    expect(ids).toEqual(['new', 'mid', 'old']);
  });

  it('filters by org, object, record, kind, time and text', async () => {
    await appendAudit(auditEntry({ id: 'w1', at: '2026-03-01T00:00:00.000Z' }));
    await appendAudit(
      auditEntry({ id: 'u1', kind: 'undo', undoOf: 'w1', at: '2026-03-02T00:00:00.000Z' }),
    );
    await appendAudit(
      auditEntry({
        id: 'c1',
        at: '2026-03-03T00:00:00.000Z',
        orgId: '00D000000000009AAA',
        recordRef: { objectApiName: 'Case', recordId: '500000000000001AAA', name: '00001026' },
        fields: [{ field: 'Status', label: 'Status', before: 'New', after: 'Escalated' }],
      }),
    );
    const ids = async (filter: Parameters<typeof listAudit>[0]) =>
      (await listAudit(filter)).map((e) => e.id);

    expect(await ids({ orgId: '00D000000000009AAA' })).toEqual(['c1']);
    expect(await ids({ objectApiName: 'Opportunity' })).toEqual(['u1', 'w1']);
    expect(await ids({ recordId: '500000000000001AAA' })).toEqual(['c1']);
    expect(await ids({ kind: 'undo' })).toEqual(['u1']);
    expect(await ids({ from: '2026-03-02T00:00:00.000Z', to: '2026-03-02T23:59:59.999Z' })).toEqual(
      ['u1'],
    );
    expect(await ids({ text: 'escalated STATUS' })).toEqual(['c1']);
    expect(await ids({ text: 'nothing like this' })).toEqual([]);
  });

  it('stops at the limit', async () => {
    for (const day of ['01', '02', '03']) {
      await appendAudit(auditEntry({ id: day, at: `2026-03-${day}T00:00:00.000Z` }));
    }

    const ids = (await listAudit({}, 2)).map((e) => e.id);

    expect(ids).toEqual(['03', '02']);
  });

  it('refuses to overwrite an entry with the same id', async () => {
    await appendAudit(auditEntry({ id: 'same' }));

    await expect(appendAudit(auditEntry({ id: 'same', approvedBy: 'other' }))).rejects.toThrow();
    expect((await getAudit('same'))?.approvedBy).toBe('sales@acme.example');
  });

  it('keeps separate stores apart', async () => {
    const other = createAuditStore({ dbName: 'sofie-audit-test-other' });
    await other.append(auditEntry({ id: 'elsewhere' }));

    expect(await getAudit('elsewhere')).toBeUndefined();
    expect(await other.get('elsewhere')).toBeDefined();
  });
});
