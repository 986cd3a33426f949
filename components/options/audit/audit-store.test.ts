import { describe, expect, it, vi } from 'vitest';

import { auditEntry } from '@/lib/audit/audit-fixtures';
import { fail, ok } from '@/lib/result';

import { createAuditStore } from './audit-store';

const entry = auditEntry({ id: 'w1' });

describe('audit store of the options page', () => {
  it('loads the log from the background and says when it cannot', async () => {
    const list = vi.fn().mockResolvedValueOnce([entry]).mockRejectedValueOnce(new Error('gone'));
    const store = createAuditStore({ list, undo: vi.fn() });

    await store.getState().load();
    expect(store.getState().entries).toEqual([entry]);

    await store.getState().load();
    expect(store.getState().loadFailed).toBe(true);
    expect(store.getState().entries).toEqual([entry]);
  });

  it('keeps where the prepared undo opens, and which fields it leaves alone', async () => {
    const undo = vi.fn().mockResolvedValue(
      ok({
        recordUrl: 'https://acme.lightning.force.com/x',
        recordName: 'Acme',
        refused: ['Amount'],
      }),
    );
    const store = createAuditStore({ list: vi.fn(), undo });

    await store.getState().requestUndo(entry);

    expect(undo).toHaveBeenCalledWith('w1');
    expect(store.getState().undo).toEqual({
      kind: 'prepared',
      auditId: 'w1',
      recordUrl: 'https://acme.lightning.force.com/x',
      recordName: 'Acme',
      refused: ['Amount'],
    });
    expect(store.getState().undoing).toBeUndefined();
  });

  it('shows why an undo was refused', async () => {
    const undo = vi
      .fn()
      .mockResolvedValue(fail({ code: 'not-connected', message: 'Connect first' }));
    const store = createAuditStore({ list: vi.fn(), undo });

    await store.getState().requestUndo(entry);

    expect(store.getState().undo).toEqual({
      kind: 'refused',
      auditId: 'w1',
      message: 'Connect first',
    });
  });
});
