import { describe, expect, it } from 'vitest';

import { planViews } from './records';
import type { BenchRecord } from './types';

const records = (object: string, n: number): BenchRecord[] =>
  Array.from({ length: n }, (_, i) => ({ objectApiName: object, recordId: `${object}-${i}` }));

describe('planViews', () => {
  it('views the first record of each object cold, then the others round-robin', () => {
    const plan = planViews(
      new Map([
        ['Account', records('Account', 3)],
        ['Contact', records('Contact', 2)],
      ]),
      3,
    );

    expect(plan.cold.map((r) => r.recordId)).toEqual(['Account-0', 'Contact-0']);
    expect(plan.warm.map((r) => r.recordId)).toEqual(['Account-1', 'Contact-1', 'Account-2']);
  });

  it('repeats records only when there are fewer than the views asked for', () => {
    const plan = planViews(new Map([['Lead', records('Lead', 3)]]), 5);

    expect(plan.warm.map((r) => r.recordId)).toEqual([
      'Lead-1',
      'Lead-2',
      'Lead-1',
      'Lead-2',
      'Lead-1',
    ]);
  });
});
