/**
 * Search and approved writes, measured through the panel as a person uses them: what each costs
 * in API requests and how long it takes to show its answer.
 */
import { clickInAppLink, recordPath } from './navigate';
import { armExpression, READY_EXPRESSION } from './probe';
import { takeApiRequests, type BenchSession } from './session';
import type { BenchRecord, FeatureMeasure, SearchSample, WriteSample } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SEARCH_INPUT = '.sofie-search input[role=combobox]';
const js = (value: unknown) => JSON.stringify(value);

/** Names of the demo org's records (docs/demo-org.md), each found by one search. */
export const SEARCH_TERMS = ['Acme', 'Rose', 'Widgets', 'Vandelay', 'Renewal'];

const now = (s: BenchSession) => s.panel.evaluate<number>('performance.now()');

async function typeSearch(s: BenchSession, term: string): Promise<number> {
  await s.panel.evaluate(
    `(() => { const i = document.querySelector(${js(SEARCH_INPUT)}); i.focus(); i.select(); })()`,
  );
  await s.panel.command('Input.insertText', { text: term });
  return now(s);
}

async function searchOnce(s: BenchSession, term: string, settleMs: number): Promise<SearchSample> {
  await takeApiRequests(s);
  const typedAt = await typeSearch(s, term);
  const shownAt = await s.panel.poll<number>(
    `document.querySelector(${js(SEARCH_INPUT)}).value === ${js(term)} &&
     document.querySelector('[data-search-phase=done]') ? performance.now() : null`,
    20_000,
    5,
  );
  await sleep(settleMs);
  const { sent } = await takeApiRequests(s);
  const results = await s.panel.evaluate<number>(
    `document.querySelectorAll('.sofie-search [role=option]').length`,
  );
  return { term, ms: shownAt - typedAt, results, apiRequests: sent.length };
}

/** One search per term from the record the panel shows, the list closed after each. */
export async function measureSearch(
  s: BenchSession,
  settleMs: number,
): Promise<FeatureMeasure<SearchSample>> {
  const found = await s.panel.evaluate<boolean>(`!!document.querySelector(${js(SEARCH_INPUT)})`);
  if (!found) return { status: 'not-built', reason: 'the panel shows no search box' };

  const samples: SearchSample[] = [];
  for (const term of SEARCH_TERMS) samples.push(await searchOnce(s, term, settleMs));
  await typeSearch(s, '');
  return { status: 'measured', samples };
}

async function click(s: BenchSession, selector: string): Promise<void> {
  await s.panel.poll(
    `(() => { const b = document.querySelector(${js(selector)});
      return b && !b.disabled ? (b.click(), true) : null; })()`,
    20_000,
    5,
  );
}

async function prepareNextStep(s: BenchSession, text: string): Promise<void> {
  await s.panel.poll(
    `(() => {
      const input = document.querySelector('#sofie-instruction');
      if (!input) return null;
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
      setter.call(input, ${js(`next step to ${text}`)});
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    })()`,
  );
  await click(s, '[data-action=prepare-instruction]');
  await click(s, '[data-field=NextStep] [data-action=accept]');
  await s.panel.poll(
    `document.querySelector('[data-field=NextStep][data-decision=accepted]') ? true : null`,
  );
}

/** Requests that change data, as opposed to the reads that follow them. */
const isWrite = (route: string) => !route.startsWith('GET ') && !route.includes('/composite');

const WRITTEN = `/written/.test(document.querySelector('[data-notice=shown]')?.textContent ?? '') &&
  !document.querySelector('[data-action=approve]')`;
const REFUSED = `!!document.querySelector('.sofie-review-alert [data-problem]')`;

/** One approved write, or undefined when Salesforce refused it (a locked record, a rule). */
async function writeOnce(
  s: BenchSession,
  record: BenchRecord,
  label: string,
  settleMs: number,
): Promise<WriteSample | undefined> {
  await s.panel.evaluate(armExpression(record.recordId));
  await clickInAppLink(s, recordPath(record));
  await s.panel.poll(READY_EXPRESSION, 20_000, 5);
  await prepareNextStep(s, label);
  await sleep(settleMs);
  await takeApiRequests(s);

  const approvedAt = await now(s);
  await click(s, '[data-action=approve]');
  const outcome = await s.panel.poll<{ at: number; written: boolean }>(
    `(${WRITTEN}) ? { at: performance.now(), written: true }
      : (${REFUSED}) ? { at: performance.now(), written: false } : null`,
    20_000,
    5,
  );
  await sleep(settleMs);
  const { sent } = await takeApiRequests(s);
  if (!outcome.written) {
    await click(s, '[data-action=discard]');
    return undefined;
  }

  const writes = sent.filter(isWrite).length;
  return {
    ms: outcome.at - approvedAt,
    writeRequests: writes,
    rereadRequests: sent.length - writes,
  };
}

/**
 * `count` approved writes of one Next Step change each, on the first opportunities given that
 * accept one (the demo org has an approval-locked one), timed from the click on Approve to the
 * panel showing the value read back from Salesforce.
 */
export async function measureWrite(
  s: BenchSession,
  records: BenchRecord[],
  count: number,
  settleMs: number,
): Promise<FeatureMeasure<WriteSample>> {
  const samples: WriteSample[] = [];
  for (const [i, record] of records.entries()) {
    if (samples.length >= count) break;
    const sample = await writeOnce(s, record, `Bench call ${Date.now()}-${i}`, settleMs);
    if (sample) samples.push(sample);
  }

  if (!samples.length) return { status: 'not-built', reason: 'no opportunity accepted a write' };
  return { status: 'measured', samples };
}
