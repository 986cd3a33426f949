import { storage } from 'wxt/utils/storage';

import type { MergedField } from '@/lib/changes/merge';
import { parseChangeSet } from '@/lib/changes/schema';
import type { ChangeSet } from '@/lib/changes/types';

interface StoredReview {
  changeSet: ChangeSet;
  conflict?: MergedField[];
}

/**
 * Prepared change sets, one per org and record, in extension storage: they survive closing the
 * panel, a service-worker restart and a browser restart, until written or discarded.
 */
const item = storage.defineItem<Record<string, StoredReview>>('local:changeSets', {
  version: 1,
  fallback: {},
});

export function reviewKey(orgId: string, recordId: string): string {
  return `${orgId}:${recordId}`;
}

export async function loadReview(key: string): Promise<StoredReview | undefined> {
  const stored = (await item.getValue())[key];
  if (!stored) return undefined;
  const parsed = parseChangeSet(stored.changeSet);
  return parsed ? { ...stored, changeSet: parsed } : undefined;
}

export async function saveReview(key: string, review: StoredReview): Promise<void> {
  const all = await item.getValue();
  await item.setValue({ ...all, [key]: review });
}

export async function removeReview(key: string): Promise<void> {
  const { [key]: _gone, ...rest } = await item.getValue();
  await item.setValue(rest);
}

/**
 * Forgets the prepared change sets of an org: those a user prepared, or (without `userId`) all of
 * them. Disconnecting a connection removes what it left behind.
 */
export async function removeReviewsOf(orgId: string, userId?: string): Promise<void> {
  const all = await item.getValue();
  const mine = (key: string, review: StoredReview) =>
    key.startsWith(`${orgId}:`) &&
    (userId === undefined || review.changeSet.user.id.slice(0, 15) === userId.slice(0, 15));
  const kept = Object.fromEntries(Object.entries(all).filter(([k, r]) => !mine(k, r)));
  if (Object.keys(kept).length !== Object.keys(all).length) await item.setValue(kept);
}
