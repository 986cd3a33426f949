import { storage } from 'wxt/utils/storage';

import type { ChatReply } from './types';

/**
 * Each record's conversation for the browser session, keyed `orgId:recordId`. In memory, with an
 * optional write-through to `storage.session`, which survives the service worker or panel being
 * restarted but is cleared when the browser closes, so record talk is not kept on disk.
 */
export type ChatTurn =
  { role: 'user'; text: string; at: string } | { role: 'sofie'; reply: ChatReply; at: string };

export type ConversationSnapshot = Record<string, ChatTurn[]>;

export interface ConversationStore {
  get(key: string): ChatTurn[];
  append(key: string, turn: ChatTurn): ChatTurn[];
  clear(key: string): void;
  /** Forgets every conversation of one org (its connection was disconnected). */
  clearOrg(orgId: string): void;
  snapshot(): ConversationSnapshot;
}

export interface ConversationStoreOptions {
  initial?: ConversationSnapshot;
  /** Oldest turns are dropped past this many per record. */
  maxTurns?: number;
  /** Least recently used records are dropped past this many. */
  maxRecords?: number;
  onChange?: (snapshot: ConversationSnapshot) => void;
}

export function conversationKey(orgId: string, recordId: string): string {
  return `${orgId}:${recordId}`;
}

export function createConversationStore(opts: ConversationStoreOptions = {}): ConversationStore {
  const maxTurns = opts.maxTurns ?? 50;
  const maxRecords = opts.maxRecords ?? 20;
  // A Map keeps insertion order; re-inserting on use makes it least-recently-used first.
  const conversations = new Map(Object.entries(opts.initial ?? {}));
  const snapshot = () => Object.fromEntries(conversations);
  const changed = () => opts.onChange?.(snapshot());

  return {
    get: (key) => [...(conversations.get(key) ?? [])],
    append(key, turn) {
      const turns = [...(conversations.get(key) ?? []), turn].slice(-maxTurns);
      conversations.delete(key);
      conversations.set(key, turns);
      while (conversations.size > maxRecords) {
        const oldest = conversations.keys().next().value;
        if (oldest === undefined) break;
        conversations.delete(oldest);
      }

      changed();
      return [...turns];
    },
    clear(key) {
      if (conversations.delete(key)) changed();
    },
    clearOrg(orgId) {
      const keys = [...conversations.keys()].filter((k) => k.startsWith(`${orgId}:`));
      for (const key of keys) conversations.delete(key);
      if (keys.length > 0) changed();
    },
    snapshot,
  };
}

export const conversationsItem = storage.defineItem<ConversationSnapshot>('session:conversations', {
  version: 1,
  fallback: {},
});

/** A store that starts from and writes through to `storage.session`. */
export async function createSessionConversationStore(
  item: typeof conversationsItem = conversationsItem,
  opts: Omit<ConversationStoreOptions, 'initial' | 'onChange'> = {},
): Promise<ConversationStore & { saved(): Promise<void> }> {
  const initial = await item.getValue();
  let writing = Promise.resolve();
  const store = createConversationStore({
    ...opts,
    initial,
    onChange: (snapshot) => {
      // Chained so a slow write never lands after a newer one; a failed write (quota) leaves the
      // conversation in memory, which is all the panel needs until it restarts.
      writing = writing.then(() => item.setValue(snapshot)).catch(() => undefined);
    },
  });
  return { ...store, saved: () => writing };
}
