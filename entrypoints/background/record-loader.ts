import type { Connection } from '@/lib/auth/connections';
import { t } from '@/lib/i18n';
import { createLogger } from '@/lib/log/logger';
import { fail, ok, type Problem, type Result } from '@/lib/result';
import type { PageContext } from '@/lib/salesforce/page-context';
import type { OrgInfo, RecordContext, UserInfo } from '@/lib/salesforce/record-context';
import {
  parseRecordLoad,
  planRecordLoad,
  type LoadedRecordContext,
} from '@/lib/salesforce/record-load';
import { relatedListsFor } from '@/lib/salesforce/related';
import {
  needsRecordTypeValues,
  withRecordTypeValues,
} from '@/lib/salesforce/record-type-picklists';
import type { RecordLoadProblem } from '@/lib/salesforce/record-load-parse';
import type { SalesforceClient } from '@/lib/salesforce-client/client';
import type { SalesforceError } from '@/lib/salesforce-client/errors';

import type { Connections } from './connections';
import { MetadataCache } from './metadata-cache';

const log = createLogger('records');

export const API_VERSION = '62.0';

/**
 * Loads one record view: the describe from the cache (one composite request when it is not there
 * yet) and then the record, its counts and related items in ONE composite request.
 */
export class RecordLoader {
  readonly metadata = new MetadataCache();

  constructor(private readonly connections: Connections) {}

  async load(
    connection: Connection,
    page: PageContext,
    now: Date,
  ): Promise<Result<RecordContext, Problem>> {
    const recordId = page.recordId;
    if (!recordId) return fail({ code: 'unsupported', message: t('recordLoad_noRecord') });
    const client = this.connections.client(connection);

    let objectApiName = page.objectApiName;
    let meta = await this.metadata.get(
      client,
      cacheScope(connection),
      objectApiName,
      now.getTime(),
    );
    if (!meta.ok) return fail(problemOf(meta.problem));
    if (!objectApiName) {
      objectApiName = page.keyPrefix
        ? await this.metadata.objectForPrefix(
            client,
            cacheScope(connection),
            page.keyPrefix,
            meta.value.global,
            now.getTime(),
          )
        : undefined;
      if (!objectApiName)
        return fail({
          code: 'unsupported',
          message: t('recordLoad_unknownObject'),
        });
      meta = await this.metadata.get(client, cacheScope(connection), objectApiName, now.getTime());
      if (!meta.ok) return fail(problemOf(meta.problem));
    }

    const object = meta.value.object;
    const listed = meta.value.global.find((g) => g.name === objectApiName);
    if (!object || !listed?.queryable) {
      return fail({
        code: 'unsupported',
        message: t('recordLoad_objectNotApi', objectApiName),
      });
    }

    const available = new Set(meta.value.global.filter((g) => g.queryable).map((g) => g.name));
    const plan = planRecordLoad({
      object,
      recordId,
      apiVersion: API_VERSION,
      relatedLists: relatedListsFor(object.name, available.has('Task')),
      available: (name) => available.has(name),
    });

    const answer = await client.composite(plan.body.compositeRequest, { allOrNone: false });
    if (!answer.ok) return fail(problemOf(answer.problem));
    await this.connections.store.touchConnection(connection.key, now.getTime());

    const parsed = parseRecordLoad(
      answer.value,
      plan,
      orgOf(connection),
      userOf(connection),
      object,
      now,
    );
    if (!parsed.ok) {
      if (parsed.problem.code !== 'not-found') return fail(parsed.problem);
      return fail(
        (await this.wasDeleted(client, object.name, recordId)) ? deleted() : parsed.problem,
      );
    }
    const context = await this.withKnownRecordType(
      client,
      cacheScope(connection),
      parsed.value,
      now,
    );
    if (parsed.value.notes.length)
      log.debug(
        'record view notes',
        parsed.value.notes.map((n) => n.reason),
      );
    return ok(context);
  }

  /**
   * The record's context with its record type's picklist values, fetched when a change to `fields`
   * needs them and they are not known yet (one UI API request per org, object and record type).
   */
  async withRecordTypePicklists(
    connection: Connection,
    context: RecordContext,
    fields: readonly string[],
    now: Date,
  ): Promise<RecordContext> {
    const recordTypeId = context.record.recordTypeId;
    if (!recordTypeId || !needsRecordTypeValues(context.object, recordTypeId, fields))
      return context;

    const values = await this.metadata.recordTypeValues(
      this.connections.client(connection),
      cacheScope(connection),
      context.object.name,
      recordTypeId,
      { now: now.getTime(), fetch: true },
    );
    if (!values) return context;
    return { ...context, object: withRecordTypeValues(context.object, recordTypeId, values) };
  }

  /** A record type seen before narrows its picklists from the cache, without another request. */
  private async withKnownRecordType(
    client: SalesforceClient,
    scope: string,
    context: LoadedRecordContext,
    now: Date,
  ): Promise<LoadedRecordContext> {
    const recordTypeId = context.record.recordTypeId;
    if (!recordTypeId) return context;

    const values = await this.metadata.recordTypeValues(
      client,
      scope,
      context.object.name,
      recordTypeId,
      { now: now.getTime(), fetch: false },
    );
    if (!values) return context;
    return { ...context, object: withRecordTypeValues(context.object, recordTypeId, values) };
  }

  /**
   * A read of a record in the recycle bin answers 404 like one the user cannot see; only queryAll
   * tells them apart. It runs on that failure only, so a normal view stays one request.
   */
  private async wasDeleted(
    client: SalesforceClient,
    objectApiName: string,
    recordId: string,
  ): Promise<boolean> {
    const soql = `SELECT Id FROM ${objectApiName} WHERE Id = '${recordId}' AND IsDeleted = true`;
    const answer = await client.request<{ totalSize?: number }>(
      'GET',
      `queryAll?q=${encodeURIComponent(soql)}`,
    );
    return answer.ok && (answer.value.body.totalSize ?? 0) > 0;
  }
}

const deleted = (): RecordLoadProblem => ({
  code: 'deleted',
  errorCode: 'ENTITY_IS_DELETED',
  message: t('recordLoad_deleted'),
  remedy: t('recordLoad_deletedFix'),
});

function orgOf(connection: Connection): OrgInfo {
  return {
    id: connection.orgId,
    name: connection.orgName,
    myDomain: connection.myDomain,
    apiHost: connection.apiHost,
    isSandbox: connection.isSandbox,
    environment: connection.environment,
    currencyIsoCode: connection.currencyIsoCode,
  };
}

function userOf(connection: Connection): UserInfo {
  return {
    id: connection.userId,
    username: connection.username,
    displayName: connection.displayName,
    locale: connection.locale,
    timeZone: connection.timeZone,
  };
}

/** Salesforce's error in the words the panel shows, keyed so each state has its own design. */
/**
 * Whose describes a cache entry holds: the connection's org and user, because a describe follows
 * the user's field-level security (another user of the same org may see and edit other fields).
 */
export function cacheScope(connection: Pick<Connection, 'key'>): string {
  return connection.key;
}

export function problemOf(error: SalesforceError): Problem {
  if (error.errorCode === 'REQUEST_LIMIT_EXCEEDED')
    return { code: 'limit', message: error.message, remedy: error.remedy };
  if (error.kind === 'network')
    return { code: 'offline', message: error.message, remedy: error.remedy };
  if (error.kind === 'auth')
    return { code: 'signed-out', message: error.message, remedy: error.remedy };
  return { code: error.errorCode, message: error.message, remedy: error.remedy };
}
