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
