/**
 * Record visibility. Admin and read-only profiles see every record; the sales profile sees all
 * but private records (admin-owned accounts not shared with them) and whatever hangs off those
 * accounts, unless they own it themselves.
 */
import type { EmulatedUser } from '../core/orgs';
import type { StoredRecord } from './store';

const PARENT_FIELDS = ['AccountId', 'Account__c', 'Project__c', 'WhatId'];

export function isVisible(
  user: EmulatedUser,
  record: StoredRecord,
  lookup: (id: string) => StoredRecord | undefined,
  depth = 0,
): boolean {
  if (user.profile !== 'sales') return true;
  if (record.fields.OwnerId === user.id) return true;
  if (record.private) return false;
  if (depth > 3) return true;
  for (const field of PARENT_FIELDS) {
    const parentId = record.fields[field];
    if (typeof parentId !== 'string') continue;
    const parent = lookup(parentId);
    if (parent && !isVisible(user, parent, lookup, depth + 1)) return false;
  }
  return true;
}
