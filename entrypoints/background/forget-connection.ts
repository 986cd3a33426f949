import type { Connection } from '@/lib/auth/connections';

import { removeReviewsOf } from './change-set-store';
import { forgetConversationsOf } from './chat';
import type { MetadataCache } from './metadata-cache';
import { cacheScope } from './record-loader';

/**
 * Everything Sofie kept for a disconnected connection, beyond its tokens: the change sets its user
 * prepared, and, when no other connection of the org remains, the org's conversations, change sets
 * and describe cache. Another user of the same org keeps what is the org's.
 */
export async function forgetConnectionData(
  connection: Pick<Connection, 'key' | 'orgId' | 'userId'>,
  remaining: readonly Pick<Connection, 'orgId'>[],
  deps: { metadata: Pick<MetadataCache, 'clearOrg'> },
): Promise<void> {
  const orgStays = remaining.some((c) => c.orgId === connection.orgId);
  if (orgStays) {
    // Describes are cached per user (field-level security), so this user's go too.
    await Promise.all([
      removeReviewsOf(connection.orgId, connection.userId),
      deps.metadata.clearOrg(cacheScope(connection)),
    ]);
    return;
  }

  await Promise.all([
    removeReviewsOf(connection.orgId),
    forgetConversationsOf(connection.orgId),
    deps.metadata.clearOrg(connection.orgId),
  ]);
}
