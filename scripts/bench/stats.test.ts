import { describe, expect, it } from 'vitest';

import { distribution, percentile, rttRatio, tally } from './stats';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    const values = [10, 20, 30, 40];

    expect(percentile(values, 50)).toBe(25);
    expect(percentile(values, 95)).toBeCloseTo(38.5);
  });

  it('does not depend on the order of the values', () => {
    expect(percentile([5, 1, 3], 50)).toBe(3);
  });

  it('gives the only value of a single sample for every percentile', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
  });

  it('refuses an empty sample and a percentile outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe('distribution', () => {
  it('summarises count, median, p95 and range', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);

    expect(distribution(values)).toEqual({ n: 20, median: 10.5, p95: 19.05, min: 1, max: 20 });
  });

  it('is undefined for no values', () => {
    expect(distribution([])).toBeUndefined();
  });
});

describe('rttRatio', () => {
  it('divides by the round-trip time, and has no value at zero latency', () => {
    expect(rttRatio(195, 150)).toBeCloseTo(1.3);
    expect(rttRatio(20, 0)).toBeUndefined();
  });
});

describe('tally', () => {
  it('counts how often each request count was seen', () => {
    expect(tally([1, 1, 2, 1])).toEqual({ 1: 3, 2: 1 });
  });
});
