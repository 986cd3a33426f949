/**
 * A small observer installed in the side panel: it notes, on the browser's shared wall clock
 * (`performance.timeOrigin + performance.now()`, comparable across pages of one browser), when the
 * record view of an expected record first shows its header and when it reaches `ready`. The times
 * are DOM commit times (MutationObserver), a frame or so before the pixels are painted.
 */
export interface ProbeMarks {
  /** The record the probe waits for. */
  recordId: string | null;
  header: number | null;
  ready: number | null;
  /** When the record's summary section is in the DOM with the view ready. */
  summary: number | null;
  /** True when the header was already there when the probe was armed (time is then an upper bound). */
  headerAtArm: boolean;
}

/** Source evaluated in the panel (directly, and on every new document when possible). */
export const PROBE_SOURCE = `(() => {
  if (globalThis.__sofieBench) return;
  const now = () => performance.timeOrigin + performance.now();
  const probe = {
    recordId: null, header: null, ready: null, summary: null, headerAtArm: false,
    needsGap: false, gapSeen: false,
  };
  const view = () => document.querySelector(
    probe.recordId
      ? '[data-state=record][data-record-id="' + probe.recordId + '"]'
      : '[data-state=record]');
  const check = () => {
    const v = view();
    const header = v ? v.querySelector('#record-name') : null;
    const ready = v && v.getAttribute('data-status') === 'ready';
    if (probe.needsGap && !probe.gapSeen) {
      if (ready && header) return;
      probe.gapSeen = true;
    }
    if (probe.header === null && header) probe.header = now();
    if (probe.ready === null && ready && header) probe.ready = now();
    if (probe.summary === null && probe.ready !== null && v.querySelector('[data-section=summary]'))
      probe.summary = now();
  };
  probe.arm = (recordId, options) => {
    probe.recordId = recordId;
    probe.header = null;
    probe.ready = null;
    probe.summary = null;
    probe.needsGap = Boolean(options && options.afterGap);
    probe.gapSeen = false;
    check();
    probe.headerAtArm = probe.header !== null;
  };
  probe.marks = () => ({
    recordId: probe.recordId, header: probe.header, ready: probe.ready, summary: probe.summary,
    headerAtArm: probe.headerAtArm,
  });
  globalThis.__sofieBench = probe;
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['data-status', 'data-record-id', 'data-state', 'id'],
  });
  check();
})()`;

/**
 * Arms the probe for a record; with `afterGap`, `ready` only counts once the view has left the
 * ready state first (a restarted service worker re-sends the same record).
 */
export function armExpression(recordId: string | null, options: { afterGap?: boolean } = {}) {
  return `(globalThis.__sofieBench.arm(${JSON.stringify(recordId)}, ${JSON.stringify(options)}), true)`;
}

export const MARKS_EXPRESSION = 'globalThis.__sofieBench.marks()';

/** The marks once the view is ready, or null while it is not. */
export const READY_EXPRESSION = `(() => { const m = globalThis.__sofieBench?.marks(); return m && m.ready !== null ? m : null; })()`;

/** The marks once the summary is shown, or null while it is not. */
export const SUMMARY_EXPRESSION = `(() => { const m = globalThis.__sofieBench?.marks(); return m && m.summary !== null ? m : null; })()`;

/** Now on the shared wall clock, in a page (for the moment a navigation or click starts). */
export const NOW_EXPRESSION = 'performance.timeOrigin + performance.now()';
