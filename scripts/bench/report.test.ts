import { describe, expect, it } from 'vitest';

import { formatCounts, formatRatio, NOT_BUILT, renderReport, table } from './report';
import { distribution } from './stats';
import { checkTargets } from './targets';
import type { BenchResult, RttRun, ViewSample } from './types';

const view = (readyMs: number, apiRequests: number): ViewSample => ({
  objectApiName: 'Account',
  recordId: '001000000000001AAA',
  headerMs: readyMs,
  readyMs,
  apiRequests,
  receivedRequests: apiRequests,
  routes: [],
});

const run = (rttMs: number, warmMs: number[], coldRequests = 2): RttRun => ({
  rttMs,
  coldViews: [view(2 * rttMs + 60, coldRequests)],
  warmViews: warmMs.map((ms) => view(ms, 1)),
  panelOpens: [{ documentMs: 5, headerMs: 120, readyMs: 130, upperBound: false }],
  workerRestarts: [{ startMs: 55, readyMs: 140, receivedRequests: 2, routes: [] }],
  search: { status: 'not-built', reason: 'no search' },
  write: { status: 'not-built', reason: 'no writes' },
  baseline: [{ objectApiName: 'Account', recordId: 'x', ms: 3 * rttMs + 20, apiRequests: 9 }],
});

const sizes = (panelGzip: number): BenchResult['sizes'] => [
  {
    name: 'background',
    files: [],
    raw: 190_000,
    gzip: 60_000,
    lazy: { raw: 0, gzip: 0, files: [] },
  },
  {
    name: 'sidepanel',
    files: [],
    raw: 330_000,
    gzip: panelGzip,
    lazy: { raw: 0, gzip: 0, files: [] },
  },
];

const result = (runs: RttRun[], panelGzip = 88_800): BenchResult => ({
  startedAt: '2026-12-03T20:00:00.000Z',
  durationMs: 300_000,
  machine: { cpus: 2, node: '20.20.2', chromium: '156.0', platform: 'linux' },
  sizes: sizes(panelGzip),
  heap: { navigations: 50, afterOpenBytes: 1_910_000, afterNavigationsBytes: 2_010_000 },
  runs,
});

describe('table', () => {
  it('renders a Markdown table with a separator row', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('formatCounts', () => {
  it('shows a single number when every sample agrees, else each count with its frequency', () => {
    expect(formatCounts([1, 1, 1])).toBe('1');
    expect(formatCounts([2, 3, 2])).toBe('2 (×2), 3 (×1)');
    expect(formatCounts([])).toBe('–');
  });
});

describe('formatRatio', () => {
  it('divides the median by the round-trip time, with no ratio at zero latency', () => {
    expect(formatRatio(distribution([195, 200, 205]), 150)).toBe('1.33 ×');
    expect(formatRatio(distribution([40]), 0)).toBe('–');
  });
});

describe('checkTargets', () => {
  it('meets the summary target when the warm median at 150 ms is within 1.3 × RTT + 50 ms', () => {
    const checks = checkTargets(result([run(150, [200, 240, 244])]));

    expect(checks.find((c) => c.name.startsWith('Summary visible'))?.met).toBe(true);
  });

  it('misses it above 245 ms, and misses the cold-view target at three requests', () => {
    const checks = checkTargets(result([run(150, [246, 250, 260], 3)]));

    expect(checks.find((c) => c.name.startsWith('Summary visible'))?.met).toBe(false);
    expect(checks.find((c) => c.name.includes('cold'))?.met).toBe(false);
  });

  it('reports unbuilt features as not measured, neither met nor missed', () => {
    const checks = checkTargets(result([run(0, [40])]));

    expect(checks.find((c) => c.name === 'API requests, search')?.met).toBeUndefined();
    expect(checks.find((c) => c.name.includes('approved write'))?.measured).toBe('not measured');
  });

  it('checks the panel bundle against 150 kB gzip', () => {
    expect(checkTargets(result([], 151_000)).find((c) => c.name === 'Panel bundle')?.met).toBe(
      false,
    );
    expect(checkTargets(result([], 88_800)).find((c) => c.name === 'Panel bundle')?.met).toBe(true);
  });
});

describe('renderReport', () => {
  it('prints every figure, with unbuilt features spelled out and missed targets in bold', () => {
    const r = result([run(0, [40, 42]), run(150, [300, 310], 3)]);

    const markdown = renderReport(r, checkTargets(r));

    expect(markdown).toContain(NOT_BUILT);
    expect(markdown).toContain('| 150 ms | warm | 2 | 305 ms |');
    expect(markdown).toContain('**no**');
    expect(markdown).toContain('| sidepanel | 0 | 330.0 kB | 88.8 kB |');
    expect(markdown).toContain('1.91 MB right after opening, 2.01 MB after 50 record views');
  });
});

describe('search and write figures', () => {
  const measured = (rttMs: number): RttRun => ({
    ...run(rttMs, [40]),
    search: {
      status: 'measured',
      samples: [
        { term: 'Acme', ms: 260, results: 4, apiRequests: 1 },
        { term: 'Rose', ms: 280, results: 1, apiRequests: 1 },
      ],
    },
    write: {
      status: 'measured',
      samples: [
        { ms: 40, writeRequests: 1, rereadRequests: 1 },
        { ms: 60, writeRequests: 2, rereadRequests: 1 },
      ],
    },
  });

  it('meets the search target at one request and misses the write target at two writes', () => {
    const checks = checkTargets(result([measured(0)]));

    expect(checks.find((c) => c.name === 'API requests, search')?.met).toBe(true);
    const write = checks.find((c) => c.name.includes('approved write'));
    expect(write?.met).toBe(false);
    expect(write?.measured).toBe('at most 2 + 1 (every run)');
  });

  it('shows each write as writes + re-reads, and the search and write times', () => {
    const r = result([measured(50)]);

    const markdown = renderReport(r, checkTargets(r));

    expect(markdown).toContain('| 1 + 1 (×1), 2 + 1 (×1) |');
    expect(markdown).toContain('| 50 ms | 2 | 270 ms |');
    expect(markdown).not.toContain(NOT_BUILT);
  });

  it('counts the summary when it showed, and the ready view when there was none', () => {
    const withSummary = { ...run(150, [100]), warmViews: [{ ...view(100, 1), summaryMs: 300 }] };

    const checks = checkTargets(result([withSummary]));

    expect(checks.find((c) => c.name.startsWith('Summary visible'))?.measured).toBe(
      '300 ms (p95 300 ms)',
    );
  });
});
