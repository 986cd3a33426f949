import type { Environment } from '../salesforce/record-context';
import { environmentFromHost } from './org-host';
import { normaliseId } from '../salesforce/ids';
import type { TokenGrant } from './token-validate';

/**
 * One signed-in Salesforce user in one org. Several can exist (a production and a sandbox, two
 * orgs); a tab is served only by the connection of its own org.
 */
export interface Connection {
  /** `orgId:userId`, both in the 18-character form. */
  key: string;
  orgId: string;
  userId: string;
  username: string;
  displayName: string;
  orgName: string;
  /** My Domain host (`acme.my.salesforce.com`), when the API host is one. */
  myDomain: string | undefined;
  /** Host of the token's `instance_url`; every API call goes here. */
  apiHost: string;
  environment: Environment;
  isSandbox: boolean;
  instanceName: string;
  /** Origin the refresh goes to: the host the user signed in through. */
  loginUrl: string;
  clientId: string;
  /** Epoch milliseconds. */
  connectedAt: number;
  lastUsedAt: number;
  /**
   * Formatting settings read when connecting. Absent on connections stored before Sofie read them
   * (and when Salesforce did not say): amounts then show without a currency, dates in the
   * browser's locale and zone, until the user connects again.
   */
  currencyIsoCode?: string;
  /** Salesforce locale (`en_US`), language (`de`) and time zone (`Europe/Berlin`) of the user. */
  locale?: string;
  language?: string;
  timeZone?: string;
}

export function connectionKey(orgId: string, userId: string): string {
  return `${normaliseId(orgId) ?? orgId}:${normaliseId(userId) ?? userId}`;
}

/** What the identity URL and the Organization row add to a token. */
export interface ConnectionDetails {
  username: string;
  displayName: string;
  orgName: string;
  isSandbox: boolean;
  instanceName: string;
  /** The org's corporate currency (`Organization.DefaultCurrencyIsoCode`). */
  currencyIsoCode?: string;
  locale?: string;
  language?: string;
  timeZone?: string;
}

export function buildConnection(
  grant: TokenGrant,
  details: ConnectionDetails,
  meta: { loginUrl: string; clientId: string; now: number },
): Connection {
  const hostEnvironment = environmentFromHost(grant.apiHost);
  const isPartition = hostEnvironment !== 'production' && hostEnvironment !== 'unknown';

  // The org row is the truth for sandbox or not; the host only names the kind of non-production org.
  let environment: Environment = details.isSandbox ? 'sandbox' : 'production';
  if (isPartition && (details.isSandbox || hostEnvironment === 'developer')) {
    environment = hostEnvironment;
  }

  return {
    key: connectionKey(grant.orgId, grant.userId),
    orgId: normaliseId(grant.orgId) ?? grant.orgId,
    userId: normaliseId(grant.userId) ?? grant.userId,
    username: details.username,
    displayName: details.displayName,
    orgName: details.orgName,
    myDomain: grant.myDomain,
    apiHost: grant.apiHost,
    environment,
    isSandbox: details.isSandbox,
    instanceName: details.instanceName,
    loginUrl: meta.loginUrl,
    clientId: meta.clientId,
    connectedAt: meta.now,
    lastUsedAt: meta.now,
    ...formatSettings(details),
  };
}

function formatSettings(details: ConnectionDetails): Partial<Connection> {
  const { currencyIsoCode, locale, language, timeZone } = details;
  const all = { currencyIsoCode, locale, language, timeZone };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

/** What the tab tells us about its org (from lib/salesforce/hosts and the page URL). */
export interface PageOrg {
  apiHost: string;
  myDomain: string | undefined;
  environment: Environment;
}

export type MismatchReason =
  'sandbox-tab-production-connection' | 'production-tab-sandbox-connection' | 'other-org';

export type ConnectionMatch =
  | { kind: 'match'; connection: Connection }
  | { kind: 'mismatch'; reason: MismatchReason; connections: Connection[] }
  | { kind: 'none' };

/** `acme` for `acme.my…` and `acme--uat.sandbox.my…`: the production name a sandbox copies. */
function baseName(myDomain: string | undefined): string | undefined {
  return myDomain?.split('.')[0]?.split('--')[0];
}

const isNonProduction = (environment: Environment) =>
  environment !== 'production' && environment !== 'unknown';

/**
 * The connection for a tab: same My Domain or same API host, most recently used first. Never
 * another org's: a near miss is reported so the panel can say why and offer to connect.
 */
export function findConnectionFor(page: PageOrg, connections: Connection[]): ConnectionMatch {
  if (connections.length === 0) return { kind: 'none' };

  const matches = connections.filter(
    (c) =>
      (page.myDomain !== undefined && c.myDomain === page.myDomain) || c.apiHost === page.apiHost,
  );
  const best = matches.sort((a, b) => b.lastUsedAt - a.lastUsedAt)[0];
  if (best) return { kind: 'match', connection: best };

  const pageBase = baseName(page.myDomain);
  const related = connections.filter((c) => pageBase && baseName(c.myDomain) === pageBase);
  const pool = related.length > 0 ? related : connections;

  let reason: MismatchReason = 'other-org';
  if (isNonProduction(page.environment) && pool.every((c) => !c.isSandbox)) {
    reason = 'sandbox-tab-production-connection';
  } else if (page.environment === 'production' && pool.every((c) => c.isSandbox)) {
    reason = 'production-tab-sandbox-connection';
  }

  return { kind: 'mismatch', reason, connections };
}
