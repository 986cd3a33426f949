/** Everything measured at one injected round-trip time, in a fresh browser profile. */
import type { RunningEmulator } from '../../test/emulator/server';
import type { EmulatorControl } from '../../test/emulator/control/client';
import { measureBaseline, type JsforceConnection } from './baseline';
import { measureSearch, measureWrite } from './features';
import { measureHeap } from './heap';
import { timedView } from './navigate';
import { measurePanelOpen } from './panel-open';
import type { ViewPlan } from './records';
import { measureWorkerRestart } from './service-worker';
import { openSession } from './session';
import type { HeapSample, RttRun } from './types';

export interface RttOptions {
  plan: ViewPlan;
  panelOpens: number;
  workerRestarts: number;
  baselineViews: number;
  /** Approved writes to measure, each on another opportunity. */
  writes: number;
  /** Record views before the heap is read; 0 skips the heap. */
  heapNavigations: number;
  progress: (line: string) => void;
}

export async function runAtRtt(
  emulator: RunningEmulator,
  control: EmulatorControl,
  jsforce: JsforceConnection,
  rttMs: number,
  options: RttOptions,
): Promise<{ run: RttRun; heap: HeapSample | undefined; chromium: string }> {
  const { plan, progress } = options;
  const settle = rttMs + 100;
  const s = await openSession(emulator.port, control);
  try {
    await control.setLatency(rttMs);
    const coldViews = [];
    for (const record of plan.cold) coldViews.push(await timedView(s, record, settle));
    progress(`${rttMs} ms: ${coldViews.length} cold views`);
    const warmViews = [];
    for (const record of plan.warm) warmViews.push(await timedView(s, record, settle));
    progress(`${rttMs} ms: ${warmViews.length} warm views`);

    const current = plan.warm.at(-1)!.recordId;
    const panelOpens = [];
    for (let i = 0; i < options.panelOpens; i++)
      panelOpens.push(await measurePanelOpen(s, current));
    const heap = options.heapNavigations
      ? await measureHeap(s, plan.warm, options.heapNavigations)
      : undefined;
    const last = options.heapNavigations
      ? plan.warm[(options.heapNavigations - 1) % plan.warm.length]!.recordId
      : current;
    const workerRestarts = [];
    for (let i = 0; i < options.workerRestarts; i++)
      workerRestarts.push(await measureWorkerRestart(s, last, settle));
    progress(`${rttMs} ms: panel opens, worker restarts${heap ? ', heap' : ''}`);

    const search = await measureSearch(s, settle);
    const opportunities = [...plan.cold, ...plan.warm].filter(
      (r, i, all) =>
        r.objectApiName === 'Opportunity' && all.findIndex((o) => o.recordId === r.recordId) === i,
    );
    const write = await measureWrite(s, opportunities, options.writes, settle);
    progress(`${rttMs} ms: searches, writes`);
    const baselineRecords = [...plan.cold, ...plan.warm].slice(0, options.baselineViews);
    const baseline = await measureBaseline(jsforce, control, baselineRecords);
    progress(`${rttMs} ms: ${baseline.length} baseline views`);

    const run = {
      rttMs,
      coldViews,
      warmViews,
      panelOpens,
      workerRestarts,
      search,
      write,
      baseline,
    };
    return { run, heap, chromium: s.chromium };
  } finally {
    await control.setLatency(0);
    await s.close();
  }
}
