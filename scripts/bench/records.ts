/** Which records the benchmark views, and in what order. */
import type { JsforceConnection } from './baseline';
import type { BenchRecord } from './types';

/** Objects with their own related lists in Sofie, plus a custom one. */
export const BENCH_OBJECTS = [
  'Account',
  'Contact',
  'Opportunity',
  'Case',
  'Lead',
  'Project__c',
  'Quality_Issue__c',
];

export async function findRecords(
  conn: JsforceConnection,
  perObject: number,
): Promise<Map<string, BenchRecord[]>> {
  const out = new Map<string, BenchRecord[]>();
  for (const objectApiName of BENCH_OBJECTS) {
    const result = await conn.query<{ Id: string }>(
      `SELECT Id FROM ${objectApiName} ORDER BY Id LIMIT ${perObject}`,
    );
    out.set(
      objectApiName,
      result.records.map((r) => ({ objectApiName, recordId: r.Id })),
    );
  }

  return out;
}

export interface ViewPlan {
  /** The first record of each object: its describe is not cached yet. */
  cold: BenchRecord[];
  /** At least `warmCount` views across objects, round-robin; records repeat only when needed. */
  warm: BenchRecord[];
}

export function planViews(byObject: Map<string, BenchRecord[]>, warmCount: number): ViewPlan {
  const lists = [...byObject.values()].filter((list) => list.length > 0);
  const cold = lists.map((list) => list[0]!);
  const rest = lists.map((list) => (list.length > 1 ? list.slice(1) : list));
  const distinct: BenchRecord[] = [];
  const longest = Math.max(0, ...rest.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of rest) if (list[i]) distinct.push(list[i]!);

  const warm: BenchRecord[] = [];
  while (distinct.length && warm.length < warmCount) warm.push(...distinct);
  return { cold, warm: distinct.length > warmCount ? distinct : warm.slice(0, warmCount) };
}
