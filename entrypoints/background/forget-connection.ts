import type { Connection } from '@/lib/auth/connections';

import { removeReviewsOf } from './change-set-store';
import { forgetConversationsOf } from './chat';
import type { MetadataCache } from './metadata-cache';

/**
 * Everything Sofie kept for a disconnected connection, beyond its tokens: the change sets its user
 * prepared, and, when no other connection of the org remains, the org's conversations, change sets
 * and describe cache. Another user of the same org keeps what is the org's.
 */
export async function forgetConnectionData(
  connection: Pick<Connection, 'orgId' | 'userId'>,
  remaining: readonly Pick<Connection, 'orgId'>[],
  deps: { metadata: Pick<MetadataCache, 'clearOrg'> },
): Promise<void> {
  const orgStays = remaining.some((c) => c.orgId === connection.orgId);
  if (orgStays) return removeReviewsOf(connection.orgId, connection.userId);

  await Promise.all([
    removeReviewsOf(connection.orgId),
    forgetConversationsOf(connection.orgId),
    deps.metadata.clearOrg(connection.orgId),
  ]);
}
