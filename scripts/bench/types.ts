/** The shape of a benchmark run, as written to bench-results/latest.json. */
import type { EntrySize } from './sizes';

export interface BenchRecord {
  objectApiName: string;
  recordId: string;
}

/** One record view in the panel after the tab's URL changed. */
export interface ViewSample extends BenchRecord {
  /** From the URL change to the record header in the panel. */
  headerMs: number;
  /** From the URL change to the record view reaching `data-status=ready`. */
  readyMs: number;
  /** From the URL change to the summary section of the record in the panel. */
  summaryMs?: number;
  /** API requests (`/services/data/...`) the service worker sent for the view. */
  apiRequests: number;
  /** The same as the emulator logged them (includes Chromium's resends on reset connections). */
  receivedRequests: number;
  routes: string[];
}

export interface PanelOpenSample {
  /** From the click on the launcher to the panel document starting. */
  documentMs: number;
  /** From the click to the record header in the panel. */
  headerMs: number;
  readyMs: number;
  /** The header was already there when the probe got in: headerMs is an upper bound. */
  upperBound: boolean;
}

export interface WorkerRestartSample {
  /** From stopping the service worker to the new one starting (woken by the panel's port). */
  startMs: number;
  /** From stopping it to the panel showing the followed record, ready, again. */
  readyMs: number;
  /** As the emulator logged them: the new worker's first requests precede any DevTools attach. */
  receivedRequests: number;
  routes: string[];
}

export interface BaselineSample extends BenchRecord {
  ms: number;
  apiRequests: number;
}

/** A figure of a feature that may not exist yet in this build. */
export type FeatureMeasure<T> =
  { status: 'measured'; samples: T[] } | { status: 'not-built'; reason: string };

export interface SearchSample {
  term: string;
  /** From the last keystroke to the results list, including the search box's debounce. */
  ms: number;
  results: number;
  apiRequests: number;
}

export interface WriteSample {
  /** From the click on Approve to the success notice with the re-read values. */
  ms: number;
  /** Requests of the write itself. */
  writeRequests: number;
  /** Requests to read the record back after it. */
  rereadRequests: number;
}

export interface RttRun {
  rttMs: number;
  coldViews: ViewSample[];
  warmViews: ViewSample[];
  panelOpens: PanelOpenSample[];
  workerRestarts: WorkerRestartSample[];
  search: FeatureMeasure<SearchSample>;
  write: FeatureMeasure<WriteSample>;
  baseline: BaselineSample[];
}

export interface HeapSample {
  navigations: number;
  /** JS heap of the panel right after it opened (after a garbage collection). */
  afterOpenBytes: number;
  /** The same after `navigations` record views. */
  afterNavigationsBytes: number;
}

export interface BenchResult {
  startedAt: string;
  durationMs: number;
  machine: { cpus: number; node: string; chromium: string; platform: string };
  sizes: EntrySize[];
  heap: HeapSample | undefined;
  runs: RttRun[];
}
