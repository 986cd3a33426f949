import { create } from 'zustand';

import type { AuditEntry } from '@/lib/audit';
import type { Problem, Result } from '@/lib/result';

/** The audit part of the options page: the log as the background reads it, and undo requests. */
export interface AuditBackend {
  list(): Promise<AuditEntry[]>;
  undo(
    auditId: string,
  ): Promise<Result<{ recordUrl: string; recordName: string; refused: string[] }, Problem>>;
}

export type UndoOutcome =
  | { kind: 'prepared'; auditId: string; recordUrl: string; recordName: string; refused: string[] }
  | { kind: 'refused'; auditId: string; message: string };

export interface AuditState {
  entries: AuditEntry[] | undefined;
  loadFailed: boolean;
  /** The entry whose undo is being prepared. */
  undoing: string | undefined;
  undo: UndoOutcome | undefined;
  load: () => Promise<void>;
  requestUndo: (entry: AuditEntry) => Promise<void>;
}

export function createAuditStore(backend: AuditBackend) {
  return create<AuditState>()((set) => ({
    entries: undefined,
    loadFailed: false,
    undoing: undefined,
    undo: undefined,
    load: async () => {
      try {
        set({ entries: await backend.list(), loadFailed: false });
      } catch {
        set({ loadFailed: true });
      }
    },
    requestUndo: async (entry) => {
      set({ undoing: entry.id, undo: undefined });
      try {
        const answer = await backend.undo(entry.id);
        set({
          undo: answer.ok
            ? { kind: 'prepared', auditId: entry.id, ...answer.value }
            : { kind: 'refused', auditId: entry.id, message: answer.problem.message },
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        set({ undo: { kind: 'refused', auditId: entry.id, message } });
      } finally {
        set({ undoing: undefined });
      }
    },
  }));
}

export type UseAuditStore = ReturnType<typeof createAuditStore>;
