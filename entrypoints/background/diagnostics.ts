import { browser } from 'wxt/browser';

import { buildAuthorizeUrl } from '@/lib/auth/authorize';
import type { Connection } from '@/lib/auth/connections';
import {
  formatDiagnostics,
  runDiagnostics,
  type CheckResult,
  type DiagnosticsDeps,
  type DiagnosticsSettings,
} from '@/lib/auth/diagnostics';
import { createPkcePair, createState } from '@/lib/auth/pkce';
import { preflightAuthorizeUrl, probeAuthHost } from '@/lib/auth/preflight';
import { createLogger } from '@/lib/log/logger';
import { handle } from '@/lib/messaging/handlers';
import type { ConnectionTestReport } from '@/lib/messaging/protocol';
import { fail, ok } from '@/lib/result';
import { connectionOf } from '@/lib/settings/connection';

import { REDIRECT_PATH, type Connections } from './connections';
import { getEffectiveSettings } from './settings';

const log = createLogger('diagnostics');

/**
 * The options page's connection test: the checks of lib/auth/diagnostics with the real network
 * steps. Sign-in is the same as Connect, so a test that passes leaves a working connection.
 */
export function registerDiagnosticsHandlers(
  extensionId: string,
  deps: { connections: Connections },
): void {
  let progress: CheckResult[] = [];
  let running: Promise<ConnectionTestReport> | undefined;

  handle(
    'optionsTestConnection',
    ['extension-page'],
    () => {
      // A second click while a test runs joins it rather than opening a second sign-in window.
      running ??= (async () => {
        progress = [];
        try {
          return await testConnection(deps.connections, (r) => progress.push(r));
        } finally {
          running = undefined;
        }
      })();
      return running;
    },
    extensionId,
  );

  handle('optionsTestProgress', ['extension-page'], () => [...progress], extensionId);
}

async function testConnection(
  connections: Connections,
  onResult: (result: CheckResult) => void,
): Promise<ConnectionTestReport> {
  const effective = await getEffectiveSettings();
  const settings = connectionOf(effective);
  const checked: DiagnosticsSettings = {
    authBaseUrl: settings.authBaseUrl,
    clientId: settings.clientId,
    redirectUri: browser.identity.getRedirectURL(REDIRECT_PATH),
    ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
  };

  let connection: Connection | undefined;
  const client = () => {
    if (!connection) throw new Error('The API checks run only after a sign-in');
    return connections.client(connection);
  };

  const deps: DiagnosticsDeps = {
    settings: checked,
    policyProblems: effective.problems,
    probeAuthHost: (url) => probeAuthHost(url, fetch),
    diagnoseAuthorize: async () => {
      const pkce = await createPkcePair();
      const url = buildAuthorizeUrl({
        authBaseUrl: checked.authBaseUrl,
        clientId: checked.clientId,
        redirectUri: checked.redirectUri,
        state: createState(),
        codeChallenge: pkce.challenge,
      });
      return preflightAuthorizeUrl(
        url,
        { redirectUri: checked.redirectUri, authBaseUrl: checked.authBaseUrl },
        fetch,
      );
    },
    signIn: async () => {
      const result = await connections.connect({});
      if (!result.ok) return fail(result.problem);
      connection = result.value;
      return ok({
        orgId: connection.orgId,
        orgName: connection.orgName,
        isSandbox: connection.isSandbox,
        apiHost: connection.apiHost,
      });
    },
    checkRestApi: async () => {
      const answer = await client().request('GET', '');
      return answer.ok ? ok(undefined) : fail(answer.problem);
    },
    describeObject: async (name) => {
      const described = await client().describe(name);
      if (!described.ok) return fail(described.problem);
      return ok({
        queryable: described.value.queryable === true,
        updateable: described.value.updateable === true,
      });
    },
    limits: async () => {
      const limits = await client().limits();
      return limits.ok ? ok(limits.value) : fail(limits.problem);
    },
  };

  const results = await runDiagnostics(deps, onResult);
  const secrets = [settings.clientSecret];
  if (connection) {
    secrets.push((await connections.store.getAccessToken(connection.key))?.token ?? '');
    secrets.push((await connections.store.getRefreshToken(connection.key)) ?? '');
  }

  const header = [
    `Sofie for Salesforce ${browser.runtime.getManifest().version}`,
    `Browser: ${navigator.userAgent}`,
    `Time: ${new Date().toISOString()}`,
    `Auth base URL: ${checked.authBaseUrl}`,
    `Client ID: ${checked.clientId || '(not set)'}`,
    `Callback URL: ${checked.redirectUri}`,
    '',
  ];
  log.info(
    'connection test finished',
    results.map((r) => `${r.id}=${r.status}`),
  );
  return { results, supportText: formatDiagnostics(results, { secrets, header }) };
}
