/** One timed record view: the tab's URL changes the way Lightning changes it, the panel follows. */
import { armExpression, READY_EXPRESSION, SUMMARY_EXPRESSION, type ProbeMarks } from './probe';
import { takeApiRequests, type BenchSession } from './session';
import type { BenchRecord, ViewSample } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const recordPath = (r: BenchRecord) => `/lightning/r/${r.objectApiName}/${r.recordId}/view`;

/**
 * Clicks an in-app link in the emulated Lightning page: its script pushes the new URL to the
 * history (what the extension sees) and then fetches the page fragment, as Lightning does.
 * Returns the moment of the click on the browser's shared clock.
 */
export function clickInAppLink(s: BenchSession, path: string): Promise<number> {
  return s.page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    link.setAttribute('data-spa', '');
    document.querySelector('main')?.append(link);
    const started = performance.timeOrigin + performance.now();
    link.click();
    link.remove();
    return started;
  }, path);
}

/**
 * Navigates to a record and waits for the panel to show it ready. `settleMs` waits for trailing
 * requests before counting what the view cost.
 */
export async function timedView(
  s: BenchSession,
  record: BenchRecord,
  settleMs: number,
): Promise<ViewSample> {
  await takeApiRequests(s);
  await s.panel.evaluate(armExpression(record.recordId));
  const started = await clickInAppLink(s, recordPath(record));
  const ready = await s.panel.poll<ProbeMarks>(READY_EXPRESSION, 20_000, 5);
  // The summary is built with the record; a view without one leaves the figure out.
  const marks = await s.panel.poll<ProbeMarks>(SUMMARY_EXPRESSION, 2_000, 5).catch(() => ready);
  await sleep(settleMs);
  const { sent, received } = await takeApiRequests(s);

  return {
    ...record,
    headerMs: (marks.header ?? marks.ready!) - started,
    readyMs: marks.ready! - started,
    ...(marks.summary === null ? {} : { summaryMs: marks.summary - started }),
    apiRequests: sent.length,
    receivedRequests: received.length,
    routes: sent,
  };
}
