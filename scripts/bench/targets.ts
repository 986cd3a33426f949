/** The targets, checked against a run. Reported, never asserted. */
import { distribution } from './stats';
import type { EntrySize } from './sizes';
import type { BenchResult, RttRun, ViewSample } from './types';

export interface TargetCheck {
  name: string;
  goal: string;
  measured: string;
  /** undefined when the figure could not be measured. */
  met: boolean | undefined;
}

export const SUMMARY_RTT_MS = 150;
export const PANEL_GZIP_LIMIT = 150_000;
export const BACKGROUND_GZIP_LIMIT = 250_000;

/** When the summary showed; a view with no summary section counts when it was ready. */
export const summaryMs = (v: ViewSample) => v.summaryMs ?? v.readyMs;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function worst(runs: RttRun[], pick: (r: RttRun) => number[]): number | undefined {
  const all = runs.flatMap(pick);
  return all.length ? Math.max(...all) : undefined;
}

function requestCheck(name: string, goal: string, limit: number, max: number | undefined) {
  return {
    name,
    goal,
    measured: max === undefined ? 'not measured' : `at most ${max} (every run)`,
    met: max === undefined ? undefined : max <= limit,
  };
}

function writeCheck(runs: RttRun[]): TargetCheck {
  const samples = runs.flatMap((r) => (r.write.status === 'measured' ? r.write.samples : []));
  const name = 'API requests, approved write (+ re-read)';
  const goal = '1 + ≤ 1';
  if (!samples.length) return { name, goal, measured: 'not measured', met: undefined };
  const writes = Math.max(...samples.map((s) => s.writeRequests));
  const rereads = Math.max(...samples.map((s) => s.rereadRequests));
  return {
    name,
    goal,
    measured: `at most ${writes} + ${rereads} (every run)`,
    met: writes <= 1 && rereads <= 1,
  };
}

function sizeCheck(name: string, entry: EntrySize | undefined, limit: number): TargetCheck {
  return {
    name,
    goal: `< ${kb(limit)} gzip`,
    measured: entry ? `${kb(entry.gzip)} gzip` : 'not built',
    met: entry ? entry.gzip < limit : undefined,
  };
}

export function checkTargets(result: Pick<BenchResult, 'runs' | 'sizes'>): TargetCheck[] {
  const { runs, sizes } = result;
  const checks: TargetCheck[] = [
    requestCheck(
      'API requests, warm record view',
      '1',
      1,
      worst(runs, (r) => r.warmViews.map((v) => v.apiRequests)),
    ),
    requestCheck(
      'API requests, cold record view (first of an object)',
      '≤ 2',
      2,
      worst(runs, (r) => r.coldViews.map((v) => v.apiRequests)),
    ),
    requestCheck(
      'API requests, search',
      '1',
      1,
      worst(runs, (r) =>
        r.search.status === 'measured' ? r.search.samples.map((s) => s.apiRequests) : [],
      ),
    ),
    writeCheck(runs),
  ];

  const run = runs.find((r) => r.rttMs === SUMMARY_RTT_MS);
  const ready = distribution(run?.warmViews.map(summaryMs) ?? []);
  const limit = 1.3 * SUMMARY_RTT_MS + 50;
  checks.push({
    name: `Summary visible, warm view at ${SUMMARY_RTT_MS} ms RTT (median)`,
    goal: `≤ 1.3 × RTT + 50 ms = ${limit} ms`,
    measured: ready
      ? `${Math.round(ready.median)} ms (p95 ${Math.round(ready.p95)} ms)`
      : 'not measured',
    met: ready ? ready.median <= limit : undefined,
  });

  checks.push(
    sizeCheck(
      'Panel bundle',
      sizes.find((e) => e.name === 'sidepanel'),
      PANEL_GZIP_LIMIT,
    ),
    sizeCheck(
      'Background bundle',
      sizes.find((e) => e.name === 'background'),
      BACKGROUND_GZIP_LIMIT,
    ),
  );
  return checks;
}
