import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { ChatTurn } from './conversation-store';
import {
  conversationKey,
  conversationsItem,
  createConversationStore,
  createSessionConversationStore,
} from './conversation-store';

const AT = '2026-03-10T09:00:00.000Z';
const user = (text: string): ChatTurn => ({ role: 'user', text, at: AT });
const sofie = (text: string): ChatTurn => ({
  role: 'sofie',
  reply: { kind: 'unknown', text },
  at: AT,
});
const A = conversationKey('00D000000000001EAA', '001000000000001AAA');
const B = conversationKey('00D000000000002EAA', '001000000000001AAA');

describe('createConversationStore', () => {
  it('keeps each record conversation apart, also across orgs', () => {
    const store = createConversationStore();

    store.append(A, user('hello'));
    store.append(A, sofie('hi'));
    store.append(B, user('other org'));

    expect(store.get(A)).toEqual([user('hello'), sofie('hi')]);
    expect(store.get(B)).toEqual([user('other org')]);
    expect(A).toBe('00D000000000001EAA:001000000000001AAA');
  });

  it('keeps only the latest turns and the most recently used records', () => {
    const store = createConversationStore({ maxTurns: 2, maxRecords: 2 });

    store.append('r1', user('1'));
    store.append('r1', user('2'));
    store.append('r1', user('3'));
    store.append('r2', user('x'));
    store.append('r1', user('4'));
    store.append('r3', user('y'));

    expect(store.get('r1')).toEqual([user('3'), user('4')]);
    expect(store.get('r2')).toEqual([]);
    expect(Object.keys(store.snapshot())).toEqual(['r1', 'r3']);
  });

  it('forgets a cleared conversation', () => {
    const store = createConversationStore();
    store.append(A, user('hello'));

    store.clear(A);

    expect(store.get(A)).toEqual([]);
  });

  it('forgets every conversation of one org and tells the writer once', () => {
    const snapshots: object[] = [];
    const store = createConversationStore({ onChange: (s) => snapshots.push(s) });
    const A2 = conversationKey('00D000000000001EAA', '001000000000002AAA');
    store.append(A, user('hello'));
    store.append(A2, user('again'));
    store.append(B, sofie('hi'));

    store.clearOrg('00D000000000001EAA');

    expect(Object.keys(store.snapshot())).toEqual([B]);
    expect(snapshots).toHaveLength(4);
  });
});

describe('createSessionConversationStore', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('writes through to session storage and starts from it again', async () => {
    const first = await createSessionConversationStore();
    first.append(A, user('hello'));
    await first.saved();

    const second = await createSessionConversationStore();

    expect(await conversationsItem.getValue()).toEqual({ [A]: [user('hello')] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(second.get(A)).toEqual([user('hello')]);
  });
});
