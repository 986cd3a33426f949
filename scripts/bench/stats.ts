/** Summary statistics of timings. */
export interface Distribution {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks, the same definition
 * as spreadsheets' PERCENTILE.INC, so a reader can check a figure by hand.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 100) throw new Error(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const weight = rank - low;
  return sorted[low]! + (sorted[high]! - sorted[low]!) * weight;
}

export function distribution(values: readonly number[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  return {
    n: values.length,
    median: percentile(values, 50),
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** How many times the round-trip time a duration is; undefined without a round trip. */
export function rttRatio(ms: number, rttMs: number): number | undefined {
  return rttMs > 0 ? ms / rttMs : undefined;
}

/** The distinct counts seen and how often, e.g. `{ 1: 35, 2: 1 }`. */
export function tally(values: readonly number[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
