import { t } from '@/lib/i18n';
import { findConnectionFor, type Connection } from '@/lib/auth/connections';
import { createLogger } from '@/lib/log/logger';
import { handle } from '@/lib/messaging/handlers';
import type { PanelSearchGroup, ProtocolMap } from '@/lib/messaging/protocol';
import { fail, ok, type Problem, type Result } from '@/lib/result';
import type { PageContext } from '@/lib/salesforce/page-context';
import {
  buildSearchRequest,
  DEFAULT_SEARCH_OBJECTS,
  groupSearchResults,
  searchObjectsWith,
  type SearchObject,
} from '@/lib/salesforce/search';
import type { SalesforceClient } from '@/lib/salesforce-client/client';
import type { SalesforceError } from '@/lib/salesforce-client/errors';
import type { TabTracker } from '@/lib/tabs/tab-tracker';

import type { Connections } from './connections';
import type { GlobalEntry } from './metadata-cache';
import { cacheScope, problemOf, type RecordLoader } from './record-loader';
import { getEffectiveSettings } from './settings';

const log = createLogger('search');

/** Hits per object: enough to pick from in a narrow panel, small enough to answer fast. */
export const SEARCH_LIMIT_PER_OBJECT = 5;

/**
 * The field naming a record of the standard objects an admin might add whose name field is not
 * `Name`; custom objects always have `Name`.
 */
const NAME_FIELDS: Readonly<Record<string, string>> = {
  Task: 'Subject',
  Event: 'Subject',
  Contract: 'ContractNumber',
  Order: 'OrderNumber',
  Solution: 'SolutionName',
  Idea: 'Title',
};

/** The configured objects the org lists as searchable and queryable; unknown names are skipped. */
export function configuredSearchObjects(
  names: readonly string[],
  available: ReadonlyMap<string, GlobalEntry>,
): SearchObject[] {
  return names.flatMap((name) => {
    const entry = available.get(name);
    if (!entry || entry.searchable === false) return [];
    const nameField = NAME_FIELDS[name];
    return [{ name, fields: [], ...(nameField && { nameField }) }];
  });
}

type SearchRequest = Parameters<ProtocolMap['panelSearch']>[0];
export type SearchAnswer = ReturnType<ProtocolMap['panelSearch']>;

/** What a search needs from the background, so the flow can be tested without a browser. */
export interface SearchEnvironment {
  page(windowId: number): PageContext | null | undefined;
  connections(): Promise<Connection[]>;
  isSignedIn(key: string): Promise<boolean>;
  client(connection: Connection): SalesforceClient;
  /** The custom objects the settings add to the search (`searchObjects`). */
  searchObjects(): Promise<readonly string[]>;
  /** The org's objects (cached describeGlobal). */
  objects(
    connection: Connection,
    client: SalesforceClient,
  ): Promise<Result<GlobalEntry[], SalesforceError>>;
}

export interface SearchDeps {
  connections: Connections;
  tracker: TabTracker;
  loader: RecordLoader;
}

export function registerSearchHandlers(extensionId: string, deps: SearchDeps): void {
  const environment: SearchEnvironment = {
    page: (windowId) => deps.tracker.current(windowId)?.context,
    connections: () => deps.connections.usable(),
    isSignedIn: (key) => deps.connections.isSignedIn(key),
    client: (connection) => deps.connections.client(connection),
    searchObjects: async () => (await getEffectiveSettings()).values.searchObjects ?? [],
    objects: async (connection, client) => {
      const meta = await deps.loader.metadata.get(
        client,
        cacheScope(connection),
        undefined,
        Date.now(),
      );
      return meta.ok ? ok(meta.value.global) : meta;
    },
  };

  handle(
    'panelSearch',
    ['extension-page'],
    (request) => searchForPanel(request, environment),
    extensionId,
  );
}

/**
 * Searches the org of the tab the panel follows, with that org's own connection and never
 * another's, in exactly one `parameterizedSearch` call (the describeGlobal it needs is cached).
 */
export async function searchForPanel(
  request: SearchRequest,
  environment: SearchEnvironment,
): Promise<SearchAnswer> {
  const { windowId, term, requestId } = request;
  const checked = buildSearchRequest(term, DEFAULT_SEARCH_OBJECTS, SEARCH_LIMIT_PER_OBJECT);
  if (!checked.ok) return fail(withRemedy(checked.problem));

  const page = environment.page(windowId);
  if (!page) {
    return fail({
      code: 'no-page',
      message: t('searchBg_noPage'),
      remedy: t('searchBg_noPageFix'),
    });
  }

  const match = findConnectionFor(page, await environment.connections());
  if (match.kind !== 'match') {
    return fail({
      code: 'not-connected',
      message: t('searchBg_notConnected'),
      remedy: t('searchBg_notConnectedFix'),
    });
  }

  const connection = match.connection;
  if (!(await environment.isSignedIn(connection.key))) {
    return fail({
      code: 'signed-out',
      message: t('searchBg_signedOut'),
      remedy: t('searchBg_signedOutFix'),
    });
  }

  const client = environment.client(connection);
  const global = await environment.objects(connection, client);
  if (!global.ok) return fail(problemOf(global.problem));

  const available = new Map(global.value.filter((o) => o.queryable).map((o) => [o.name, o]));
  const configured = configuredSearchObjects(await environment.searchObjects(), available);
  const objects = searchObjectsWith(configured).filter((o) => available.has(o.name));
  if (objects.length === 0) {
    return fail({
      code: 'unsupported',
      message: t('searchBg_noObjects'),
      remedy: t('searchBg_noObjectsFix'),
    });
  }

  const body = buildSearchRequest(term, objects, SEARCH_LIMIT_PER_OBJECT);
  if (!body.ok) return fail(withRemedy(body.problem));

  const answer = await client.parameterizedSearch<{ searchRecords?: unknown }>({ ...body.value });
  if (!answer.ok) {
    log.debug('search failed', answer.problem.errorCode);
    return fail(problemOf(answer.problem));
  }

  const groups: PanelSearchGroup[] = groupSearchResults(answer.value.searchRecords, objects).map(
    (group) => ({
      ...group,
      label: available.get(group.objectApiName)?.label ?? group.objectApiName,
    }),
  );
  return ok({ requestId, orgId: connection.orgId, groups });
}

/** Term problems are the user's to fix by typing: say so. */
function withRemedy(problem: Problem): Problem {
  return { ...problem, remedy: problem.remedy ?? t('searchBg_changeText') };
}
