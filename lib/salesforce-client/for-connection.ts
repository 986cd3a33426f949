import type { ConnectionStore } from '../auth/connection-store';
import type { Connection } from '../auth/connections';
import type { RefreshCoordinator } from '../auth/refresh-coordinator';
import type { FetchFn } from '../auth/token';
import { createSalesforceClient, type SalesforceClient } from './client';
import type { ApiUsage } from './limit-info';

/** The client for one stored connection, wired to its tokens and the shared refresh coordinator. */
export function clientForConnection(
  connection: Pick<Connection, 'key' | 'apiHost'>,
  deps: {
    store: Pick<ConnectionStore, 'getAccessToken'>;
    coordinator: RefreshCoordinator;
    fetchFn: FetchFn;
    apiVersion?: string;
    onApiUsage?: (usage: ApiUsage) => void;
  },
): SalesforceClient {
  return createSalesforceClient({
    apiHost: connection.apiHost,
    fetchFn: deps.fetchFn,
    getAccessToken: async () => (await deps.store.getAccessToken(connection.key))?.token,
    refresh: (failedToken) => deps.coordinator.refresh(connection.key, failedToken),
    ...(deps.apiVersion ? { apiVersion: deps.apiVersion } : {}),
    ...(deps.onApiUsage ? { onApiUsage: deps.onApiUsage } : {}),
  });
}
