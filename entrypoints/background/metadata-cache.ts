import { openDB, type IDBPDatabase } from 'idb';

import { t } from '@/lib/i18n';
import { compactLayoutFields } from '@/lib/salesforce/compact-layout';
import { slimDescribe, type ObjectMeta } from '@/lib/salesforce/describe';
import { objectForKeyPrefix, type GlobalDescribeEntry } from '@/lib/salesforce/ids';
import {
  parsePicklistCollection,
  recordTypePicklistPath,
  type RecordTypeValues,
} from '@/lib/salesforce/record-type-picklists';
import type { CompositeSubrequest, SalesforceClient } from '@/lib/salesforce-client/client';
import { fail, ok, type Result } from '@/lib/result';
import type { SalesforceError } from '@/lib/salesforce-client/errors';

/** Describes change rarely: reuse them across sessions, and revalidate cheaply once a day. */
const REVALIDATE_AFTER_MS = 24 * 60 * 60 * 1000;
/** An unknown key prefix asks again at most this often, so a stray id cannot cost a call a view. */
const GLOBAL_RECHECK_AFTER_MS = 60 * 1000;

interface Cached<T> {
  value: T;
  fetchedAt: number;
}

export type GlobalEntry = GlobalDescribeEntry & {
  queryable: boolean;
  label: string;
  /** Absent in entries cached before it was kept: treat as searchable. */
  searchable?: boolean;
};

export interface OrgMetadata {
  global: GlobalEntry[];
  object: ObjectMeta | undefined;
}

/**
 * Per org: describeGlobal and object describes, in memory and in the extension's IndexedDB. A cold
 * view fetches what is missing in ONE composite request; a warm view fetches nothing.
 */
export class MetadataCache {
  private db: Promise<IDBPDatabase> | undefined;
  private readonly memory = new Map<string, Cached<unknown>>();

  async get(
    client: SalesforceClient,
    orgId: string,
    objectApiName: string | undefined,
    now: number,
  ): Promise<Result<OrgMetadata, SalesforceError>> {
    const globalKey = `${orgId}:*`;
    const objectKey = objectApiName ? `${orgId}:${objectApiName}` : undefined;
    const global = await this.read<GlobalEntry[]>(globalKey);
    const object = objectKey ? await this.read<ObjectMeta>(objectKey) : undefined;

    const wanted: CompositeSubrequest[] = [];
    if (!global)
      wanted.push({ method: 'GET', url: `${client.basePath}sobjects`, referenceId: 'global' });
    if (objectApiName && !object) {
      wanted.push({
        method: 'GET',
        url: `${client.basePath}sobjects/${objectApiName}/describe`,
        referenceId: 'describe',
      });
      // In the same request, so the key fields follow the admin's layout at no extra cost.
      wanted.push({
        method: 'GET',
        url: `${client.basePath}sobjects/${objectApiName}/describe/compactLayouts/primary`,
        referenceId: 'compact',
      });
    }

    const fresh = { global: global?.value, object: object?.value };
    if (wanted.length) {
      const answer = await client.composite(wanted, { allOrNone: false });
      if (!answer.ok) return answer;
      const parts = answer.value.compositeResponse.filter((p) => p.httpStatusCode === 200);
      const compact = compactLayoutFields(parts.find((p) => p.referenceId === 'compact')?.body);
      for (const part of parts) {
        if (part.referenceId === 'global') {
          fresh.global = slimGlobal(part.body);
          await this.write(globalKey, fresh.global, now);
        } else if (part.referenceId === 'describe' && objectKey) {
          const described = slimDescribe(part.body as Parameters<typeof slimDescribe>[0]);
          fresh.object = compact ? { ...described, compactFields: compact } : described;
          await this.write(objectKey, fresh.object, now);
        }
      }
    }

    if (!fresh.global) return fail(notAvailable());
    if (objectKey && object && now - object.fetchedAt > REVALIDATE_AFTER_MS) {
      void this.revalidate(client, objectKey, objectApiName!, object, now);
    }

    return ok({ global: fresh.global, object: fresh.object });
  }

  /**
   * The object of a key prefix. A prefix the cached describeGlobal does not know (an object
   * created since it was fetched) revalidates it once, conditionally, before giving up.
   */
  async objectForPrefix(
    client: SalesforceClient,
    orgId: string,
    keyPrefix: string,
    global: GlobalEntry[],
    now: number,
  ): Promise<string | undefined> {
    const known = objectForKeyPrefix(keyPrefix, global);
    if (known) return known;

    const key = `${orgId}:*`;
    const cached = await this.read<GlobalEntry[]>(key);
    if (!cached || now - cached.fetchedAt < GLOBAL_RECHECK_AFTER_MS) return undefined;

    const answer = await client.request('GET', 'sobjects', undefined, {
      'If-Modified-Since': new Date(cached.fetchedAt).toUTCString(),
    });
    if (!answer.ok) return undefined;
    const fresh = answer.value.status === 304 ? cached.value : slimGlobal(answer.value.body);
    await this.write(key, fresh, now);
    return objectForKeyPrefix(keyPrefix, fresh);
  }

  /**
   * The picklist values a record type offers, per field (UI API). Only `fetch` asks Salesforce,
   * once per org, object and record type; otherwise what is cached, so a record view stays one
   * request.
   */
  async recordTypeValues(
    client: SalesforceClient,
    orgId: string,
    objectApiName: string,
    recordTypeId: string,
    options: { now: number; fetch: boolean },
  ): Promise<RecordTypeValues | undefined> {
    const key = `${orgId}:${objectApiName}#recordType:${recordTypeId}`;
    const cached = await this.read<RecordTypeValues>(key);
    if (cached || !options.fetch) return cached?.value;

    const path = recordTypePicklistPath(objectApiName, recordTypeId);
    if (!path) return undefined;
    const answer = await client.request('GET', path);
    if (!answer.ok || answer.value.status !== 200) return undefined;
    const values = parsePicklistCollection(answer.value.body);
    if (values) await this.write(key, values, options.now);
    return values;
  }

  /** Conditional GET: a 304 keeps the cached describe and only updates its age. */
  private async revalidate(
    client: SalesforceClient,
    key: string,
    objectApiName: string,
    cached: Cached<ObjectMeta>,
    now: number,
  ): Promise<void> {
    const answer = await client.request('GET', `sobjects/${objectApiName}/describe`, undefined, {
      'If-Modified-Since': new Date(cached.fetchedAt).toUTCString(),
    });
    if (!answer.ok) return;
    // The compact layout is kept from the first fetch: a changed describe rarely changes it.
    const value: ObjectMeta =
      answer.value.status === 304
        ? cached.value
        : {
            ...slimDescribe(answer.value.body as Parameters<typeof slimDescribe>[0]),
            ...(cached.value.compactFields && { compactFields: cached.value.compactFields }),
          };
    await this.write(key, value, now);
  }

  /** Forgets every entry whose scope starts with `orgId` (an org id, or a connection's key). */
  async clearOrg(orgId: string): Promise<void> {
    for (const key of [...this.memory.keys()])
      if (key.startsWith(`${orgId}:`)) this.memory.delete(key);
    const db = await this.open();
    const keys = await db.getAllKeys('metadata', IDBKeyRange.bound(`${orgId}:`, `${orgId}:\uffff`));
    await Promise.all(keys.map((k) => db.delete('metadata', k)));
  }

  private async read<T>(key: string): Promise<Cached<T> | undefined> {
    const inMemory = this.memory.get(key) as Cached<T> | undefined;
    if (inMemory) return inMemory;
    const stored = (await (await this.open()).get('metadata', key)) as Cached<T> | undefined;
    if (stored) this.memory.set(key, stored);
    return stored;
  }

  private async write<T>(key: string, value: T, now: number): Promise<void> {
    const entry: Cached<T> = { value, fetchedAt: now };
    this.memory.set(key, entry);
    await (await this.open()).put('metadata', entry, key);
  }

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB('sofie-cache', 1, {
      upgrade(db) {
        db.createObjectStore('metadata');
      },
    });
    return this.db;
  }
}

function slimGlobal(body: unknown): GlobalEntry[] {
  const sobjects =
    (
      body as {
        sobjects?: {
          name: string;
          keyPrefix: string | null;
          queryable?: boolean;
          searchable?: boolean;
          label?: string;
        }[];
      }
    ).sobjects ?? [];
  return sobjects.map((s) => ({
    name: s.name,
    keyPrefix: s.keyPrefix,
    queryable: s.queryable ?? true,
    searchable: s.searchable ?? true,
    label: s.label ?? s.name,
  }));
}

function notAvailable(): SalesforceError {
  return {
    kind: 'api',
    code: 'NOT_FOUND',
    errorCode: 'NOT_FOUND',
    status: 404,
    fields: [],
    message: t('recordLoad_describeFailed'),
    remedy: t('recordLoad_describeFailedRemedy'),
  };
}
