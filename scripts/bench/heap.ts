/** The panel's JavaScript heap, after a full garbage collection, before and after many views. */
import type { CdpTarget } from './cdp-target';
import { timedView } from './navigate';
import type { BenchSession } from './session';
import type { BenchRecord, HeapSample } from './types';

export async function usedHeapBytes(panel: CdpTarget): Promise<number> {
  await panel.command('HeapProfiler.collectGarbage');
  const { usedSize } = await panel.command<{ usedSize: number }>('Runtime.getHeapUsage');
  return usedSize;
}

/** Call on a freshly opened panel: it is measured, walked through `navigations` views, measured. */
export async function measureHeap(
  s: BenchSession,
  records: BenchRecord[],
  navigations: number,
): Promise<HeapSample> {
  const afterOpenBytes = await usedHeapBytes(s.panel);
  for (let i = 0; i < navigations; i++) await timedView(s, records[i % records.length]!, 0);
  return { navigations, afterOpenBytes, afterNavigationsBytes: await usedHeapBytes(s.panel) };
}
