import { describe, expect, it } from 'vitest';

import { to18 } from '../salesforce/ids';
import type { PageChange } from './tab-tracker';
import { createTabTracker } from './tab-tracker';

const ACCOUNT15 = '001xx000003DGb2';
const ACCOUNT = to18(ACCOUNT15);
const CASE = to18('500xx000000Ab1C');
const ORIGIN = 'https://acme.lightning.force.com';
const accountView = `${ORIGIN}/lightning/r/Account/${ACCOUNT}/view`;
const caseView = `${ORIGIN}/lightning/r/Case/${CASE}/view`;

function tracked() {
  const tracker = createTabTracker();
  const changes: PageChange[] = [];
  tracker.subscribe((change) => changes.push(change));
  return { tracker, changes };
}

describe('tab tracker', () => {
  it('tells listeners the record of the tab that becomes active', () => {
    const { tracker, changes } = tracked();
    tracker.updated(7, accountView);

    tracker.activated(1, 7);

    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ windowId: 1, seq: 1, page: { tabId: 7, url: accountView } });
    expect(changes[0]?.page?.context?.recordId).toBe(ACCOUNT);
    expect(tracker.current(1)?.context?.objectApiName).toBe('Account');
  });

  it('follows navigation in the active tab', () => {
    const { tracker, changes } = tracked();
    tracker.activated(1, 7);

    tracker.updated(7, accountView);
    tracker.updated(7, caseView);

    expect(changes.map((c) => c.page?.context?.recordId)).toEqual([ACCOUNT, CASE]);
    expect(changes.map((c) => c.seq)).toEqual([1, 2]);
  });

  it('stays quiet when the URL changes but the record does not', () => {
    const { tracker, changes } = tracked();
    tracker.activated(1, 7);
    tracker.updated(7, accountView);

    tracker.updated(7, `${ORIGIN}/lightning/r/Account/${ACCOUNT15}/view`);
    tracker.updated(7, `${ORIGIN}/lightning/r/${ACCOUNT}/view`);
    tracker.updated(7, `${ORIGIN}/lightning/r/Account/${ACCOUNT}/edit`);
    tracker.updated(7, `${ORIGIN}/lightning/r/Account/${ACCOUNT}/related/Contacts/view`);

    expect(changes).toHaveLength(1);
    expect(tracker.current(1)?.context?.action).toBe('related');
  });

  it('stays quiet when switching to another tab on the same record', () => {
    const { tracker, changes } = tracked();
    tracker.updated(7, accountView);
    tracker.updated(8, `${ORIGIN}/lightning/r/Account/${ACCOUNT15}/edit`);
    tracker.activated(1, 7);

    tracker.activated(1, 8);

    expect(changes).toHaveLength(1);
    expect(tracker.current(1)?.tabId).toBe(8);
  });

  it('ignores navigation in background tabs until they become active', () => {
    const { tracker, changes } = tracked();
    tracker.updated(7, accountView);
    tracker.activated(1, 7);

    tracker.updated(8, caseView);
    expect(changes).toHaveLength(1);
    tracker.activated(1, 8);

    expect(changes.at(-1)?.page?.context?.recordId).toBe(CASE);
  });

  it('tells a window it left Salesforce, and not again between other sites', () => {
    const { tracker, changes } = tracked();
    tracker.activated(1, 7);
    tracker.updated(7, accountView);

    tracker.updated(7, 'https://example.com/');
    tracker.updated(7, 'https://example.org/');

    expect(changes).toHaveLength(2);
    expect(changes[1]?.page).toEqual({ tabId: 7, url: 'https://example.com/', context: null });
  });

  it('keeps each window separate', () => {
    const { tracker, changes } = tracked();
    tracker.updated(7, accountView);
    tracker.updated(9, caseView);

    tracker.activated(1, 7);
    tracker.activated(2, 9);

    expect(changes.map((c) => [c.windowId, c.seq])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(tracker.current(1)?.context?.recordId).toBe(ACCOUNT);
    expect(tracker.current(2)?.context?.recordId).toBe(CASE);
  });

  it('clears a window whose active tab closes', () => {
    const { tracker, changes } = tracked();
    tracker.updated(7, accountView);
    tracker.activated(1, 7);

    tracker.removed(7);

    expect(tracker.current(1)).toBeUndefined();
    expect(changes.at(-1)).toEqual({ windowId: 1, seq: 2, page: undefined });
  });

  it('moves a tab dragged into another window', () => {
    const { tracker } = tracked();
    tracker.updated(7, accountView);
    tracker.activated(1, 7);

    tracker.activated(2, 7);

    expect(tracker.current(1)).toBeUndefined();
    expect(tracker.current(2)?.context?.recordId).toBe(ACCOUNT);
  });

  it('marks answers for an older navigation as stale', () => {
    const { tracker } = tracked();
    tracker.activated(1, 7);
    tracker.updated(7, accountView);
    const seqForAccount = tracker.seq(1);

    tracker.updated(7, caseView);

    expect(tracker.isCurrent(1, seqForAccount)).toBe(false);
    expect(tracker.isCurrent(1, tracker.seq(1))).toBe(true);
  });

  it('keeps the seq when the same record is reached by another URL', () => {
    const { tracker } = tracked();
    tracker.activated(1, 7);
    tracker.updated(7, accountView);
    const seq = tracker.seq(1);

    tracker.updated(7, `${ORIGIN}/lightning/r/Account/${ACCOUNT15}/edit`);

    expect(tracker.isCurrent(1, seq)).toBe(true);
  });

  it('remembers the focused window and forgets it when focus leaves the browser', () => {
    const { tracker, changes } = tracked();

    tracker.windowFocused(3);
    expect(tracker.focusedWindow()).toBe(3);
    tracker.windowFocused(-1);

    expect(tracker.focusedWindow()).toBeUndefined();
    expect(changes).toEqual([]);
  });

  it('forgets a closed window, making its old answers stale', () => {
    const { tracker } = tracked();
    tracker.updated(7, accountView);
    tracker.activated(1, 7);

    tracker.windowRemoved(1);

    expect(tracker.current(1)).toBeUndefined();
    expect(tracker.isCurrent(1, 1)).toBe(false);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const tracker = createTabTracker();
    const seen: PageChange[] = [];
    const unsubscribe = tracker.subscribe((change) => seen.push(change));
    tracker.updated(7, accountView);
    tracker.activated(1, 7);

    unsubscribe();
    tracker.updated(7, caseView);

    expect(seen).toHaveLength(1);
  });
});
