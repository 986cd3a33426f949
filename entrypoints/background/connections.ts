import { browser } from 'wxt/browser';

import { loadConnectionDetails } from '@/lib/auth/connection-details';
import { connectionAllowed, type AllowList } from '@/lib/auth/connection-allowed';
import { createConnectionStore } from '@/lib/auth/connection-store';
import type { Connection } from '@/lib/auth/connections';
import { authProblem, type AuthProblem } from '@/lib/auth/problems';
import { createRefreshCoordinator } from '@/lib/auth/refresh-coordinator';
import { signIn } from '@/lib/auth/sign-in';
import { refreshAccessToken, revokeToken } from '@/lib/auth/token';
import type { OrgCheck } from '@/lib/auth/token-validate';
import { t } from '@/lib/i18n';
import { createLogger } from '@/lib/log/logger';
import type { ConnectionSummary } from '@/lib/panel-state';
import { fail, ok, type Result } from '@/lib/result';
import { clientForConnection } from '@/lib/salesforce-client/for-connection';
import type { SalesforceClient } from '@/lib/salesforce-client/client';
import { connectionOf } from '@/lib/settings/connection';
import type { SettingsProblem } from '@/lib/settings/problem';

import { getEffectiveSettings } from './settings';

const log = createLogger('connections');

export const REDIRECT_PATH = 'oauth2';

type Listener = () => void;
type Forgetter = (connection: Connection, remaining: Connection[]) => Promise<void>;

/**
 * Everything about signed-in orgs: sign-in, the stored connections and tokens (IndexedDB and
 * session storage of the extension, never reachable from a page or content script), refresh and
 * disconnect. The only holder of tokens; callers get API clients, never a token.
 */
export class Connections {
  readonly store = createConnectionStore();
  private readonly listeners = new Set<Listener>();
  private readonly forgetters: Forgetter[] = [];
  private readonly clients = new Map<string, SalesforceClient>();
  private readonly coordinator = createRefreshCoordinator({
    store: this.store,
    // The refreshed token is checked against the allow-list, so the list is read first.
    refresh: async (request) => {
      await this.refreshPolicy();
      return refreshAccessToken(request, fetch);
    },
    clientSecret: async () => connectionOf(await getEffectiveSettings()).clientSecret || undefined,
    checkOrg: (orgId, myDomain, apiHost) => this.checkOrgSync(orgId, myDomain, apiHost),
  });

  /** The admin's allow-list as last read; undefined (nothing allowed) until it has been read. */
  private allowList: AllowList | undefined;

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs on disconnect, before it returns, to remove what other parts kept for the connection. */
  onForget(forget: Forgetter): void {
    this.forgetters.push(forget);
  }

  async list(): Promise<Connection[]> {
    return this.store.listConnections();
  }

  /** The connections the current policy lets Sofie use; the rest stay stored but untouched. */
  async usable(): Promise<Connection[]> {
    const all = await this.list();
    await this.refreshPolicy();
    return all.filter((connection) => connectionAllowed(connection, this.allowList).ok);
  }

  /** Whether the current policy still allows this connection; fails closed when unread. */
  async allowed(connection: Connection): Promise<Result<void, SettingsProblem>> {
    await this.refreshPolicy();
    return connectionAllowed(connection, this.allowList);
  }

  /** Signs in through Salesforce's own pages; `apiHost` is the tab's org when known. */
  async connect(options: {
    apiHost?: string;
    loginHint?: string;
    prompt?: 'login';
  }): Promise<Result<Connection, AuthProblem>> {
    const effective = await getEffectiveSettings();
    const settings = connectionOf(effective);
    if (!settings.enabled) return fail(authProblem('not_connected'));
    if (!settings.clientId) {
      return fail({
        ...authProblem('invalid_client_id'),
        message: t('panelNotice_noClientId'),
        remedy: t('panelNotice_noClientIdRemedy'),
      });
    }

    this.allowList = effective.values;
    // The tab's own My Domain signs in to exactly that org, unless the admin fixed the login URL.
    const authBaseUrl =
      options.apiHost && effective.sources.authBaseUrl !== 'policy'
        ? `https://${options.apiHost}`
        : settings.authBaseUrl;

    const result = await signIn(
      {
        authBaseUrl,
        clientId: settings.clientId,
        ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
        redirectUri: browser.identity.getRedirectURL(REDIRECT_PATH),
        ...(options.prompt ? { prompt: options.prompt } : {}),
        ...(options.loginHint ? { loginHint: options.loginHint } : {}),
      },
      {
        launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
        fetchFn: fetch,
        store: this.store,
        loadDetails: (grant) => loadConnectionDetails(grant, fetch),
        checkOrg: (orgId, myDomain, apiHost) => this.checkOrgSync(orgId, myDomain, apiHost),
      },
    );

    if (result.ok) {
      log.info('connected', result.value.orgId);
      this.clients.delete(result.value.key);
      this.emit();
    }

    return result;
  }

  /** Revokes the refresh token at Salesforce (best effort) and forgets everything stored. */
  async disconnect(key: string): Promise<void> {
    const connection = await this.store.getConnection(key);
    const refreshToken = await this.store.getRefreshToken(key);
    if (connection && refreshToken) {
      const revoked = await revokeToken(
        { loginUrl: connection.loginUrl, token: refreshToken },
        fetch,
      );
      if (!revoked.ok)
        log.warn('revoking at Salesforce failed; removing locally anyway', revoked.problem.code);
    }

    await this.store.removeConnection(key);
    this.clients.delete(key);
    if (connection) {
      const remaining = await this.list();
      for (const forget of this.forgetters) {
        // The tokens are already gone; a cache that cannot be cleared must not undo that.
        await forget(connection, remaining).catch((error: unknown) => {
          log.warn('could not remove everything kept for the connection', error);
        });
      }
    }

    this.emit();
  }

  /** The API client of a connection; every call goes only to its validated API host. */
  client(connection: Connection): SalesforceClient {
    let client = this.clients.get(connection.key);
    if (!client) {
      client = clientForConnection(connection, {
        store: this.store,
        coordinator: this.coordinator,
        // Whoever picked this connection, no request leaves for an org the policy excludes.
        fetchFn: async (input, init) => {
          const allowed = await this.allowed(connection);
          if (!allowed.ok) throw new Error(allowed.problem.message);
          return fetch(input, init);
        },
      });
      this.clients.set(connection.key, client);
    }

    return client;
  }

  /** True while the connection still has a refresh token (a revoked one is forgotten). */
  async isSignedIn(key: string): Promise<boolean> {
    return (await this.store.getRefreshToken(key)) !== undefined;
  }

  async refreshPolicy(): Promise<void> {
    try {
      this.allowList = (await getEffectiveSettings()).values;
    } catch (error) {
      log.warn('the settings could not be read; no connection is used', error);
      this.allowList = undefined;
    }
  }

  private readonly checkOrgSync: OrgCheck = (orgId, _myDomain, apiHost) => {
    const allowed = connectionAllowed({ orgId, apiHost }, this.allowList);
    return allowed.ok
      ? ok(undefined)
      : fail({ ...authProblem('org_not_allowed'), message: allowed.problem.message });
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export function summarise(connection: Connection): ConnectionSummary {
  return {
    key: connection.key,
    orgId: connection.orgId,
    orgName: connection.orgName,
    username: connection.username,
    displayName: connection.displayName,
    myDomain: connection.myDomain,
    apiHost: connection.apiHost,
    environment: connection.environment,
    isSandbox: connection.isSandbox,
  };
}
