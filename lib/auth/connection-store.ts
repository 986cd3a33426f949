import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { storage } from 'wxt/utils/storage';

import type { Connection } from './connections';

/**
 * Where connections and their tokens live. Connections and refresh tokens go in the extension's
 * IndexedDB (content scripts run in the page's origin and cannot open it); access tokens go in
 * `storage.session`, which the browser keeps in memory and clears on exit. Nothing goes in
 * `storage.local`.
 */
interface AuthDb extends DBSchema {
  connections: { key: string; value: Connection };
  refreshTokens: { key: string; value: { key: string; token: string; receivedAt: number } };
}

export interface StoredAccessToken {
  token: string;
  /** Epoch milliseconds, from the token answer. */
  issuedAt: number;
}

export interface ConnectionStore {
  saveConnection(connection: Connection): Promise<void>;
  getConnection(key: string): Promise<Connection | undefined>;
  listConnections(): Promise<Connection[]>;
  /** Forgets the connection and every token kept for it. */
  removeConnection(key: string): Promise<void>;
  touchConnection(key: string, now: number): Promise<void>;
  getAccessToken(key: string): Promise<StoredAccessToken | undefined>;
  setAccessToken(key: string, token: StoredAccessToken): Promise<void>;
  clearAccessToken(key: string): Promise<void>;
  getRefreshToken(key: string): Promise<string | undefined>;
  /** Keeps whichever token was received last, so a rotated token is never overwritten by an older one. */
  setRefreshToken(key: string, token: string, receivedAt: number): Promise<void>;
  deleteRefreshToken(key: string): Promise<void>;
}

export const AUTH_DB_NAME = 'sofie-auth';
const AUTH_DB_VERSION = 1;

function openAuthDb(name: string): Promise<IDBPDatabase<AuthDb>> {
  return openDB<AuthDb>(name, AUTH_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('connections', { keyPath: 'key' });
        db.createObjectStore('refreshTokens', { keyPath: 'key' });
      }
    },
  });
}

const accessTokenKey = (key: string) => `session:accessToken.${key}` as const;

export function createConnectionStore(options: { dbName?: string } = {}): ConnectionStore {
  let db: Promise<IDBPDatabase<AuthDb>> | undefined;
  const database = () => (db ??= openAuthDb(options.dbName ?? AUTH_DB_NAME));

  return {
    async saveConnection(connection) {
      await (await database()).put('connections', connection);
    },

    async getConnection(key) {
      return (await database()).get('connections', key);
    },

    async listConnections() {
      return (await database()).getAll('connections');
    },

    async removeConnection(key) {
      const tx = (await database()).transaction(['connections', 'refreshTokens'], 'readwrite');
      await Promise.all([
        tx.objectStore('connections').delete(key),
        tx.objectStore('refreshTokens').delete(key),
        tx.done,
      ]);
      await storage.removeItem(accessTokenKey(key));
    },

    async touchConnection(key, now) {
      const tx = (await database()).transaction('connections', 'readwrite');
      const existing = await tx.store.get(key);
      if (existing) await tx.store.put({ ...existing, lastUsedAt: now });
      await tx.done;
    },

    async getAccessToken(key) {
      return (await storage.getItem<StoredAccessToken>(accessTokenKey(key))) ?? undefined;
    },

    async setAccessToken(key, token) {
      await storage.setItem(accessTokenKey(key), token);
    },

    async clearAccessToken(key) {
      await storage.removeItem(accessTokenKey(key));
    },

    async getRefreshToken(key) {
      return (await (await database()).get('refreshTokens', key))?.token;
    },

    async setRefreshToken(key, token, receivedAt) {
      const tx = (await database()).transaction('refreshTokens', 'readwrite');
      const existing = await tx.store.get(key);
      if (!existing || existing.receivedAt <= receivedAt) {
        await tx.store.put({ key, token, receivedAt });
      }

      await tx.done;
    },

    async deleteRefreshToken(key) {
      await (await database()).delete('refreshTokens', key);
    },
  };
}
