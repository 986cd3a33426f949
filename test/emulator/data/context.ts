/** Who asks, in which org and API version: what every read and write here is evaluated for. */
import type { EmulatedUser } from '../core/orgs';
import type { DataStore, StoredRecord } from './store';

export interface DataContext {
  store: DataStore;
  orgId: string;
  user: EmulatedUser;
  /** The API version of the request, e.g. `62.0`, for record URLs. */
  version: string;
}

/** A record the caller may read: present, not deleted and shared with them. */
export function readable(ctx: DataContext, id: string): StoredRecord | undefined {
  const record = ctx.store.get(ctx.orgId, id);
  if (!record || record.deleted || !ctx.store.canSee(ctx.orgId, ctx.user, record)) return undefined;
  return record;
}

export function recordUrl(ctx: DataContext, type: string, id: string): string {
  return `/services/data/v${ctx.version}/sobjects/${type}/${id}`;
}
