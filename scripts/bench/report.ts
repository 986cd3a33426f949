/** The Markdown report of a run: targets first, then every figure, then how it was measured. */
import { SEARCH_DEBOUNCE_MS } from '../../components/panel/search/search-scheduler';
import { distribution, rttRatio, tally, type Distribution } from './stats';
import { summaryMs, type TargetCheck } from './targets';
import type { BenchResult, FeatureMeasure, RttRun } from './types';

export const NOT_BUILT = 'not measured yet (feature not built)';

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (value: number | undefined) =>
  value === undefined ? '–' : `${Math.round(value)} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

/** `1` when every view cost one request, else `1 (×35), 2 (×1)`. */
export function formatCounts(values: number[]): string {
  if (!values.length) return '–';
  const entries = Object.entries(tally(values));
  if (entries.length === 1) return entries[0]![0];
  return entries.map(([count, times]) => `${count} (×${times})`).join(', ');
}

export function formatRatio(d: Distribution | undefined, rttMs: number): string {
  const ratio = d ? rttRatio(d.median, rttMs) : undefined;
  return ratio === undefined ? '–' : `${ratio.toFixed(2)} ×`;
}

const met = (m: boolean | undefined) => (m === undefined ? 'not measured' : m ? 'yes' : '**no**');

function featureCounts<T>(f: FeatureMeasure<T>, count: (s: T) => number): string {
  return f.status === 'measured' ? formatCounts(f.samples.map(count)) : NOT_BUILT;
}

/** `1 + 1` when every sample agrees, else `1 + 1 (×4), 2 + 1 (×1)`. */
function tallyText(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (counts.size === 1) return values[0]!;
  return [...counts].map(([v, n]) => `${v} (×${n})`).join(', ');
}

function featureTimes<T extends { ms: number }>(f: FeatureMeasure<T>): string[] {
  if (f.status !== 'measured') return ['–', NOT_BUILT, '–'];
  const d = distribution(f.samples.map((s) => s.ms));
  return [String(f.samples.length), ms(d?.median), ms(d?.p95)];
}

function featureTable(runs: RttRun[]): string {
  return table(
    ['RTT', 'searches', 'search median', 'search p95', 'writes', 'write median', 'write p95'],
    runs.map((r) => [ms(r.rttMs), ...featureTimes(r.search), ...featureTimes(r.write)]),
  );
}

function requestsTable(runs: RttRun[]): string {
  return table(
    [
      'RTT',
      'cold view',
      'warm view',
      'emulator saw (cold / warm)',
      'search',
      'approved write + re-read',
      'baseline (jsforce)',
    ],
    runs.map((r) => [
      ms(r.rttMs),
      formatCounts(r.coldViews.map((v) => v.apiRequests)),
      formatCounts(r.warmViews.map((v) => v.apiRequests)),
      `${formatCounts(r.coldViews.map((v) => v.receivedRequests))} / ${formatCounts(r.warmViews.map((v) => v.receivedRequests))}`,
      featureCounts(r.search, (s) => s.apiRequests),
      r.write.status === 'measured'
        ? tallyText(r.write.samples.map((w) => `${w.writeRequests} + ${w.rereadRequests}`))
        : NOT_BUILT,
      formatCounts(r.baseline.map((b) => b.apiRequests)),
    ]),
  );
}

function timingTable(runs: RttRun[]): string {
  const rows = runs.flatMap((r) =>
    (
      [
        ['cold', r.coldViews],
        ['warm', r.warmViews],
      ] as const
    ).map(([kind, views]) => {
      const header = distribution(views.map((v) => v.headerMs));
      const summary = distribution(views.map(summaryMs));
      return [
        ms(r.rttMs),
        kind,
        String(views.length),
        ms(header?.median),
        ms(header?.p95),
        ms(summary?.median),
        ms(summary?.p95),
        formatRatio(summary, r.rttMs),
      ];
    }),
  );
  return table(
    [
      'RTT',
      'view',
      'n',
      'header median',
      'header p95',
      'summary median',
      'summary p95',
      'summary ÷ RTT',
    ],
    rows,
  );
}

function baselineTable(runs: RttRun[]): string {
  return table(
    ['RTT', 'n', 'Sofie warm view (summary median)', 'jsforce baseline median', 'baseline p95'],
    runs.map((r) => {
      const base = distribution(r.baseline.map((b) => b.ms));
      return [
        ms(r.rttMs),
        String(r.baseline.length),
        ms(distribution(r.warmViews.map(summaryMs))?.median),
        ms(base?.median),
        ms(base?.p95),
      ];
    }),
  );
}

function openTable(runs: RttRun[]): string {
  return table(
    [
      'RTT',
      'panel open → header (median, max)',
      'panel open → ready (median)',
      'worker start after stop (median)',
      'worker stop → record ready (median)',
      'requests after restart (emulator log)',
    ],
    runs.map((r) => {
      const header = distribution(r.panelOpens.map((o) => o.headerMs));
      const bound = r.panelOpens.some((o) => o.upperBound) ? '≤ ' : '';
      return [
        ms(r.rttMs),
        header ? `${bound}${ms(header.median)}, ${ms(header.max)}` : '–',
        ms(distribution(r.panelOpens.map((o) => o.readyMs))?.median),
        ms(distribution(r.workerRestarts.map((w) => w.startMs))?.median),
        ms(distribution(r.workerRestarts.map((w) => w.readyMs))?.median),
        formatCounts(r.workerRestarts.map((w) => w.receivedRequests)),
      ];
    }),
  );
}

function sizeTable(result: BenchResult): string {
  return table(
    ['entry point', 'files', 'raw', 'gzip'],
    result.sizes.map((e) => [e.name, String(e.files.length), kb(e.raw), kb(e.gzip)]),
  );
}

export function renderReport(result: BenchResult, checks: TargetCheck[]): string {
  const { machine, heap } = result;
  const sections = [
    '# Sofie benchmark',
    `Run ${result.startedAt} in ${(result.durationMs / 1000).toFixed(0)} s on ${machine.cpus} CPUs, ` +
      `${machine.platform}, Node ${machine.node}, Chromium ${machine.chromium} (headless).`,
    '## Targets',
    table(
      ['target', 'goal', 'measured', 'met'],
      checks.map((c) => [c.name, c.goal, c.measured, met(c.met)]),
    ),
    '## API requests per action',
    requestsTable(result.runs),
    '## Tab URL change → panel',
    timingTable(result.runs),
    '## Search and approved writes in the panel',
    featureTable(result.runs),
    '## The obvious way (jsforce: describe, retrieve, one query per related list)',
    baselineTable(result.runs),
    '## Opening the panel, restarting the service worker',
    openTable(result.runs),
    '## Bundle sizes (everything an entry point loads at start; gzip -9 per file)',
    sizeTable(result),
    '## Panel memory',
    heap
      ? `JS heap after GC: ${mb(heap.afterOpenBytes)} right after opening, ` +
        `${mb(heap.afterNavigationsBytes)} after ${heap.navigations} record views.`
      : 'not measured',
    '## How it is measured',
    [
      '- RTT is the emulator’s injected latency: one full round trip added to every HTTP request ' +
        '(a single delay before the answer). Connection setup is not delayed.',
      '- "Summary" is the summary section of the new record in the panel with its view ready ' +
        '(a view without a summary counts when it is ready); "header" is `#record-name` of the ' +
        'new record. Times run from ' +
        'the click on an in-app link in the emulated Lightning page (history.pushState) to the ' +
        'DOM change in the panel, on the browser’s shared clock.',
      '- Cold: first view of each object in a fresh profile (describe not cached). Warm: other ' +
        'records of already-described objects.',
      '- Panel open: from the click on the launcher; "≤" marks medians that include upper ' +
        'bounds (the header was already there when the probe attached).',
      '- Worker restart: DevTools `ServiceWorker.stopAllWorkers`; the panel reconnects after ' +
        '50 ms and so wakes the new worker.',
      '- API requests are those the service worker sent (DevTools Network on its target). The ' +
        'emulator’s log can show one more: when it closes an idle keep-alive connection just as ' +
        'the worker reuses it, Chromium resends the request. After a worker restart only the ' +
        'emulator’s log is available (the new worker sends before DevTools can attach).',
      '- Search: the term is typed into the panel’s search box in one input event; the time runs ' +
        `to the results list, so it includes the box’s ${SEARCH_DEBOUNCE_MS} ms debounce.`,
      '- Approved write: an instruction prepares a Next Step change on an opportunity, the ' +
        'reviewer accepts the row and approves; the time runs from the click on Approve to the ' +
        'success notice, which comes after the write and the re-read of the record.',
      '- Baseline: jsforce in Node against the same emulator and latency; no UI.',
    ].join('\n'),
  ];
  return `${sections.join('\n\n')}\n`;
}
