/**
 * `npm run bench`: how fast and frugal Sofie is, in headless Chromium against the emulator, at
 * 0, 50 and 150 ms of injected round-trip time, side by side with the obvious jsforce client.
 * Writes bench-results/latest.json and latest.md (and a dated copy in bench-results/raw/) and
 * prints the Markdown. Options: --no-build reuses .output; --quick takes fewer samples.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';

import { EmulatorControl } from '../test/emulator/control/client';
import { startEmulator } from '../test/emulator/server';
import { connectJsforce } from './bench/baseline';
import { findRecords, planViews } from './bench/records';
import { renderReport } from './bench/report';
import { runAtRtt } from './bench/run-rtt';
import { readEntrySizes } from './bench/sizes';
import { checkTargets } from './bench/targets';
import type { BenchResult, HeapSample, RttRun } from './bench/types';
import { BENCH_USER } from './bench/session';

const RTTS = [0, 50, 150];
const OUT = 'bench-results';
const TIME_LIMIT_MS = 9.5 * 60_000;
const quick = process.argv.includes('--quick');

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${TIME_LIMIT_MS / 60_000} minutes; giving up.`);
  process.exit(2);
}, TIME_LIMIT_MS);
watchdog.unref();

const began = Date.now();
const progress = (line: string) =>
  console.error(`bench [${((Date.now() - began) / 1000).toFixed(0)} s] ${line}`);

if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const sizes = readEntrySizes('.output/chrome-mv3');

const emulator = await startEmulator();
const control = new EmulatorControl(emulator.controlUrl);
const runs: RttRun[] = [];
let heap: HeapSample | undefined;
let chromium = '';
try {
  const jsforce = await connectJsforce(emulator, BENCH_USER);
  const plan = planViews(await findRecords(jsforce, 7), quick ? 6 : 30);
  for (const rttMs of RTTS) {
    const result = await runAtRtt(emulator, control, jsforce, rttMs, {
      plan,
      panelOpens: quick ? 2 : 5,
      workerRestarts: quick ? 1 : 3,
      baselineViews: quick ? 4 : 14,
      writes: quick ? 1 : 3,
      heapNavigations: rttMs === 0 ? 50 : 0,
      progress,
    });
    runs.push(result.run);
    heap ??= result.heap;
    chromium = result.chromium;
  }
} finally {
  await emulator.close();
}

const result: BenchResult = {
  startedAt: new Date(began).toISOString(),
  durationMs: Date.now() - began,
  machine: {
    cpus: cpus().length,
    node: process.versions.node,
    chromium,
    platform: `${platform()} ${release()}`,
  },
  sizes,
  heap,
  runs,
};
const markdown = renderReport(result, checkTargets(result));
await mkdir(`${OUT}/raw`, { recursive: true });
const json = `${JSON.stringify(result, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 2)}\n`;
await writeFile(`${OUT}/latest.json`, json);
await writeFile(`${OUT}/latest.md`, markdown);
await writeFile(`${OUT}/raw/${result.startedAt.replace(/[:.]/g, '-')}.json`, json);
console.log(markdown);
progress(`done; results in ${OUT}/latest.json and ${OUT}/latest.md`);
clearTimeout(watchdog);
