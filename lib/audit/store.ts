import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import { matchesAudit } from './filter';
import type { AuditEntry, AuditFilter } from './types';

/**
 * The audit log in the extension's IndexedDB. Entries are only ever added (and cleared by tests);
 * the log is read newest first.
 * TODO [2026-12-31]: no retention limit yet; the log grows until the extension is removed.
 */
interface AuditDb extends DBSchema {
  entries: {
    key: string;
    value: AuditEntry;
    indexes: { at: string; changeSetId: string };
  };
}

export const AUDIT_DB_NAME = 'sofie-audit';
const AUDIT_DB_VERSION = 1;

export type NewAuditEntry = Omit<AuditEntry, 'id'> & { id?: string };

export interface AuditStore {
  /** Stores the entry (with a fresh id unless it has one) and returns it as stored. */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Entries passing `filter`, newest first; at most `limit` when given. */
  list(filter?: AuditFilter, limit?: number): Promise<AuditEntry[]>;
  get(id: string): Promise<AuditEntry | undefined>;
  clear(): Promise<void>;
}

function openAuditDb(name: string): Promise<IDBPDatabase<AuditDb>> {
  return openDB<AuditDb>(name, AUDIT_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const entries = db.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('at', 'at');
        entries.createIndex('changeSetId', 'changeSetId');
      }
    },
  });
}

function atRange(filter: AuditFilter): IDBKeyRange | undefined {
  if (filter.from && filter.to) return IDBKeyRange.bound(filter.from, filter.to);
  if (filter.from) return IDBKeyRange.lowerBound(filter.from);
  if (filter.to) return IDBKeyRange.upperBound(filter.to);

  return undefined;
}

export function createAuditStore(options: { dbName?: string } = {}): AuditStore {
  let db: Promise<IDBPDatabase<AuditDb>> | undefined;
  const database = () => (db ??= openAuditDb(options.dbName ?? AUDIT_DB_NAME));

  return {
    async append(entry) {
      const stored: AuditEntry = { ...entry, id: entry.id ?? crypto.randomUUID() };
      await (await database()).add('entries', stored);
      return stored;
    },

    async list(filter = {}, limit = Infinity) {
      const tx = (await database()).transaction('entries');
      const found: AuditEntry[] = [];
      let cursor = await tx.store.index('at').openCursor(atRange(filter), 'prev');
      while (cursor && found.length < limit) {
        if (matchesAudit(cursor.value, filter)) found.push(cursor.value);
        cursor = await cursor.continue();
      }

      await tx.done;
      return found;
    },

    async get(id) {
      return (await database()).get('entries', id);
    },

    async clear() {
      await (await database()).clear('entries');
    },
  };
}

let shared: AuditStore | undefined;
const auditStore = () => (shared ??= createAuditStore());

export const appendAudit = (entry: NewAuditEntry) => auditStore().append(entry);
export const listAudit = (filter?: AuditFilter, limit?: number) => auditStore().list(filter, limit);
export const getAudit = (id: string) => auditStore().get(id);
/** Empties the log; for tests. */
export const clearAudit = () => auditStore().clear();
