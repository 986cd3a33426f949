/**
 * Service worker restart: Chrome stops an idle worker; the panel's port then closes and the panel
 * reconnects, which starts a new worker that must rebuild its state and show the record again.
 * Stopped here with DevTools' `ServiceWorker.stopAllWorkers` (works in Chromium 156).
 */
import { CdpTarget } from './cdp-target';
import { armExpression, NOW_EXPRESSION, READY_EXPRESSION, type ProbeMarks } from './probe';
import { takeApiRequests, watchWorkerRequests, workerUrl, type BenchSession } from './session';
import type { WorkerRestartSample } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The start time of the worker that replaced the stopped one. Chromium keeps the target id across
 * restarts, so a worker counts as new when its time origin is after the stop.
 */
async function newWorkerStart(s: BenchSession, url: string, stoppedAt: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { targetInfos } = await s.cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === url);
    if (target) {
      const worker = await CdpTarget.attach(s.cdp, target.targetId).catch(() => undefined);
      const start = await worker?.evaluate<number>('performance.timeOrigin').catch(() => undefined);
      await worker?.detach();
      if (start !== undefined && start > stoppedAt) return start;
    }

    await sleep(5);
  }

  throw new Error('No new service worker started within 10 s of stopping the old one');
}

export async function measureWorkerRestart(
  s: BenchSession,
  recordId: string,
  settleMs: number,
): Promise<WorkerRestartSample> {
  const url = workerUrl(s.ext.extensionId);
  await takeApiRequests(s);
  await s.panel.evaluate(armExpression(recordId, { afterGap: true }));
  await s.panel.command('ServiceWorker.enable');

  const stoppedAt = await s.panel.evaluate<number>(NOW_EXPRESSION);
  await s.panel.command('ServiceWorker.stopAllWorkers');
  const workerStart = await newWorkerStart(s, url, stoppedAt);

  const marks = await s.panel.poll<ProbeMarks>(READY_EXPRESSION, 20_000, 5);
  await sleep(settleMs);
  const { received } = await takeApiRequests(s);
  await watchWorkerRequests(s);
  return {
    startMs: workerStart - stoppedAt,
    readyMs: marks.ready! - stoppedAt,
    receivedRequests: received.length,
    routes: received,
  };
}
