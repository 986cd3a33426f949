/**
 * Time from opening the panel (a click on the launcher) to its first useful content: the header
 * of the record the tab shows. The probe is registered for the panel's new document as soon as
 * its target appears, so it usually sees the header arrive; when it came too late, the sample is
 * flagged as an upper bound.
 */
import { CdpTarget } from './cdp-target';
import { armExpression, PROBE_SOURCE, READY_EXPRESSION, type ProbeMarks } from './probe';
import { findPanelTarget, installProbe, type BenchSession } from './session';
import type { PanelOpenSample } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function closePanel(s: BenchSession): Promise<void> {
  const { targetId } = s.panel;
  await s.panel.detach();
  await s.cdp.send('Target.closeTarget', { targetId });
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { targetInfos } = await s.cdp.send('Target.getTargets');
    if (!targetInfos.some((t) => t.targetId === targetId)) return;
    await sleep(20);
  }

  throw new Error('The side panel did not close');
}

/** Clicks the launcher; the time is taken in the page when the click event starts. */
async function clickLauncher(s: BenchSession): Promise<() => Promise<number>> {
  await s.page.evaluate(() => {
    const w = window as unknown as { __sofieBenchClick?: number };
    delete w.__sofieBenchClick;
    window.addEventListener(
      'click',
      () => (w.__sofieBenchClick = performance.timeOrigin + performance.now()),
      { capture: true, once: true },
    );
  });
  await s.page.locator('#sofie-launcher-host').locator('button').click();
  return () =>
    s.page.evaluate(() => (window as unknown as { __sofieBenchClick: number }).__sofieBenchClick);
}

export async function measurePanelOpen(
  s: BenchSession,
  recordId: string,
): Promise<PanelOpenSample> {
  await closePanel(s);
  const clickedAt = await clickLauncher(s);
  const target = await findPanelTarget(s);
  const panel = await CdpTarget.attach(s.cdp, target.targetId);
  s.panel = panel;

  const early = `${PROBE_SOURCE};${armExpression(recordId)}`;
  await panel.command('Page.addScriptToEvaluateOnNewDocument', { source: early });
  const armedLate = await panel.evaluate<boolean>(
    `(() => { if (globalThis.__sofieBench) return false; ${early}; return true; })()`,
  );
  await installProbe(panel);

  const marks = await panel.poll<ProbeMarks>(READY_EXPRESSION, 20_000, 5);
  const documentStart = await panel.evaluate<number>('performance.timeOrigin');
  const started = await clickedAt();
  return {
    documentMs: documentStart - started,
    headerMs: (marks.header ?? marks.ready!) - started,
    readyMs: marks.ready! - started,
    upperBound: armedLate && marks.headerAtArm,
  };
}
