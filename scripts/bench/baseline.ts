/**
 * The baseline: the same record view done the obvious way with jsforce from Node, one call per
 * need (describe, retrieve, one query per related list), against the same emulator and latency.
 * Only jsforce's HTTP transport is swapped (see test/emulator/testing/jsforce-loader.ts).
 */
import { relatedListsFor } from '../../lib/salesforce/related';
import type { EmulatorControl } from '../../test/emulator/control/client';
import { loadJsforce } from '../../test/emulator/testing/jsforce-loader';
import { signIn } from '../../test/emulator/testing/sign-in';
import type { RunningEmulator } from '../../test/emulator/server';
import type { BaselineSample, BenchRecord } from './types';

/** The API version Sofie's background uses (entrypoints/background/record-loader.ts). */
const API_VERSION = '62.0';

type Jsforce = ReturnType<typeof loadJsforce>;
export type JsforceConnection = InstanceType<Jsforce['Connection']>;

export async function connectJsforce(
  emulator: RunningEmulator,
  username: string,
): Promise<JsforceConnection> {
  const token = await signIn(emulator, { username });
  const { Connection } = loadJsforce(emulator.port);
  return new Connection({
    instanceUrl: token.instance_url,
    accessToken: token.access_token,
    version: API_VERSION,
  });
}

/** The SOQL of one related list of a record, as a hand-written client would send it. */
export function relatedQueries(objectApiName: string, recordId: string): string[] {
  return relatedListsFor(objectApiName, true).map(
    (list) =>
      `SELECT ${list.fields.join(', ')} FROM ${list.objectApiName} ` +
      `WHERE ${list.where.replaceAll(':id', recordId)} ORDER BY ${list.orderBy} LIMIT ${list.limit}`,
  );
}

/** Describe, then the record, then every related list in parallel. */
export async function obviousView(conn: JsforceConnection, record: BenchRecord): Promise<void> {
  await conn.describe(record.objectApiName);
  await conn.sobject(record.objectApiName).retrieve(record.recordId);
  await Promise.all(
    relatedQueries(record.objectApiName, record.recordId).map((q) => conn.query(q)),
  );
}

export async function measureBaseline(
  conn: JsforceConnection,
  control: EmulatorControl,
  records: BenchRecord[],
): Promise<BaselineSample[]> {
  const samples: BaselineSample[] = [];
  for (const record of records) {
    const { last } = await control.log({ since: Number.MAX_SAFE_INTEGER });
    const started = performance.now();
    await obviousView(conn, record);
    const ms = performance.now() - started;
    const { entries } = await control.log({ since: last, kind: 'api' });
    samples.push({ ...record, ms, apiRequests: entries.length });
  }

  return samples;
}
