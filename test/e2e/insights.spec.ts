import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { endOfMonth, localDate } from '../../lib/insights/dates';
import { useBrowser } from './harness/fixture';
import { closePanel, restartServiceWorker } from './harness/panel-target';
import { decideRow, discard, prepareInstruction } from './harness/review';
import type { SidePanel } from './harness/side-panel';
import {
  ACME,
  configure,
  control,
  emulatorRecord,
  openRecordPanel,
  recordUrl,
} from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);
const TASK = '00T000000000001EAA';
/** The demo users' time zone (docs/demo-org.md): "today" and "next month" are theirs. */
const USER_TIME_ZONE = 'Europe/Berlin';

const PROBABILITY_INSTRUCTION = 'set probability to 50 and next step to Call Rose';
const VALIDITY = (field: string) =>
  `document.querySelector("li[data-field=${field}]")?.dataset.valid`;
const KEY_FIELD = (field: string) =>
  `!!document.querySelector("[aria-label] .sofie-field-pair[data-field=${field}]")`;

const REVIEW_READY = (field: string, decision: string) =>
  `document.querySelector("[data-status=ready] li[data-field=${field}][data-decision=${decision}]")`;

const ROWS = `[...document.querySelectorAll('li[data-field]')].map((li) => ({
  field: li.dataset.field,
  decision: li.dataset.decision,
  proposed: li.querySelector('[data-value=proposed] dd')?.textContent.trim(),
}))`;

interface Row {
  field: string;
  decision: string;
  proposed: string;
}

function formatDay(isoDate: string): string {
  const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

function opportunityPage(t: ReturnType<typeof useBrowser>): Page {
  const page = t.ext.context.pages().find((p) => p.url().includes(ACME.opportunity));
  if (!page) throw new Error('The opportunity page is not open');
  return page;
}

async function writesSince(t: ReturnType<typeof useBrowser>, mark: number): Promise<string[]> {
  const { entries } = await control(t).log({ since: mark, kind: 'api' });
  return entries
    .filter((e) => e.method !== 'GET' && !e.path.endsWith('/composite'))
    .map((e) => `${e.method} ${e.path}`);
}

describe('summaries and suggested updates', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  afterEach(async () => {
    const open = await panel.evaluate<boolean>('!!document.querySelector("[data-action=discard]")');
    if (open) await discard(panel);
  });

  it('the overdue fact’s evidence highlights the close date it cites', async () => {
    await panel.click('[data-lens=project]');
    const evidence = `[data-lens-panel=project] [data-evidence-field=CloseDate]`;
    await panel.waitFor(`document.querySelector(${JSON.stringify(evidence)})`);

    await panel.click(evidence);

    await panel.waitFor(
      'document.querySelector("[data-field=CloseDate].sofie-highlight")?.getBoundingClientRect().height > 0',
    );
    const highlighted = await panel.evaluate<string>(
      'document.querySelector(".sofie-highlight").textContent',
    );
    expect(highlighted).toMatch(/close date/i);
  });

  it('the suggestion’s evidence on the next task opens that task in the tab', async () => {
    const page = t.ext.context.pages().find((p) => p.url().includes(ACME.opportunity))!;
    const link = `[data-suggestion=CloseDate] [data-record-link="${TASK}"]`;
    await panel.waitFor(`document.querySelector(${JSON.stringify(link)})`);

    await panel.click(link);

    await expect.poll(() => page.url()).toContain(`/lightning/r/Task/${TASK}/view`);
    await panel.waitFor(`document.querySelector("[data-record-id='${TASK}'][data-status=ready]")`);
    await page.goto(OPPORTUNITY);
    await panel.waitFor(
      `document.querySelector("[data-record-id='${ACME.opportunity}'][data-status=ready]")`,
    );
  });

  it('a typed instruction becomes exactly its change set, and nothing is written yet', async () => {
    const { now } = await control(t).clock();
    const today = localDate(new Date(now), USER_TIME_ZONE);
    const endOfNextMonth = endOfMonth(today, 1);
    const before = await emulatorRecord(t, 'Opportunity', ACME.opportunity);
    const mark = (await control(t).log()).last;

    await prepareInstruction(
      panel,
      'set stage to Negotiation/Review and close date to end of next month',
    );

    expect(await panel.evaluate<Row[]>(ROWS)).toEqual([
      { field: 'StageName', decision: 'pending', proposed: 'Negotiation/Review' },
      { field: 'CloseDate', decision: 'pending', proposed: formatDay(endOfNextMonth) },
    ]);
    const stored = await t.ext.serviceWorker.evaluate(async () => {
      const { changeSets } = await chrome.storage.local.get('changeSets');
      return Object.values(changeSets as Record<string, { changeSet: { changes: unknown[] } }>);
    });
    expect(stored.map((r) => r.changeSet.changes)).toEqual([
      [
        expect.objectContaining({ field: 'StageName', proposedValue: 'Negotiation/Review' }),
        expect.objectContaining({ field: 'CloseDate', proposedValue: endOfNextMonth }),
      ],
    ]);
    expect(await writesSince(t, mark)).toEqual([]);
    expect(await emulatorRecord(t, 'Opportunity', ACME.opportunity)).toEqual(before);
    // The record's other sections are not doubled when the review screen replaces the summary.
    expect(
      await panel.evaluate<number>('document.querySelectorAll("[data-section=chat]").length'),
    ).toBe(1);
  });
  it('offers the admin a change to Probability, a field the admin may edit', async () => {
    await prepareInstruction(panel, PROBABILITY_INSTRUCTION);

    expect(await panel.evaluate<string | undefined>(VALIDITY('Probability'))).toBe('true');
  });

  it('a prepared change set and its decisions come back after the panel is closed and reopened', async () => {
    await prepareInstruction(panel, 'next step to Call Rose and amount to 52000');
    await decideRow(panel, 'NextStep', 'accept');
    await decideRow(panel, 'Amount', 'reject');
    const rows = await panel.evaluate<Row[]>(ROWS);

    await closePanel(t);
    panel = await t.ext.openPanelFromLauncher(opportunityPage(t));
    await panel.waitFor(REVIEW_READY('Amount', 'rejected'));
    expect(await panel.evaluate<Row[]>(ROWS)).toEqual(rows);
    expect(rows.map((r) => r.decision)).toEqual(['accepted', 'rejected']);
  });

  it('the review stays on screen while the record refreshes under it', async () => {
    await prepareInstruction(panel, 'next step to Call Rose');
    await panel.evaluate(`(() => {
      window.sofieReviewGone = false;
      new MutationObserver(() => {
        if (!document.querySelector('li[data-field=NextStep]')) window.sofieReviewGone = true;
      }).observe(document.body, { childList: true, subtree: true });
      return true;
    })()`);
    const mark = (await control(t).log()).last;

    // Any settings change reloads the record of every open panel.
    await configure(t, { verboseLogging: true });
    await expect
      .poll(async () => (await control(t).log({ since: mark, kind: 'api' })).entries.length)
      .toBeGreaterThan(0);
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")');

    expect(await panel.evaluate<boolean>('window.sofieReviewGone')).toBe(false);
  });

  it('the prepared change set also survives the service worker being stopped', async () => {
    await prepareInstruction(panel, 'next step to Send the contract');
    await decideRow(panel, 'NextStep', 'accept');
    const rows = await panel.evaluate<Row[]>(ROWS);

    await restartServiceWorker(t, panel);
    await panel.waitFor(REVIEW_READY('NextStep', 'accepted'));
    expect(await panel.evaluate<Row[]>(ROWS)).toEqual(rows);
    await closePanel(t);
    panel = await t.ext.openPanelFromLauncher(opportunityPage(t));
    await panel.waitFor(REVIEW_READY('NextStep', 'accepted'));

    expect(await panel.evaluate<Row[]>(ROWS)).toEqual(rows);
  });
});

describe('a field the sales user cannot edit is never offered to them', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'sales@acme.example' }));
  });

  it('suggests only fields the sales user may edit', async () => {
    await panel.waitFor('document.querySelector("[data-suggestion]")');

    const suggested = await panel.evaluate<string[]>(
      '[...document.querySelectorAll("[data-suggestion]")].map((li) => li.dataset.suggestion)',
    );
    expect(suggested).toEqual(['CloseDate', 'NextStep']);
    const task = await emulatorRecord(t, 'Task', TASK);
    expect(
      await panel.evaluate<string>(
        'document.querySelector("[data-suggestion=CloseDate] label").textContent',
      ),
    ).toBe(`Close Date: ${formatDay(String(task.ActivityDate))}`);
    expect(await panel.evaluate<boolean>(KEY_FIELD('Probability'))).toBe(true);
  });

  it('asked for Probability, shows why it cannot be written and never lets it be accepted', async () => {
    const mark = (await control(t).log()).last;

    await prepareInstruction(panel, PROBABILITY_INSTRUCTION);
    await panel.click('[data-action=accept-all]');
    await panel.waitFor(
      'document.querySelector("li[data-field=NextStep][data-decision=accepted]")',
    );

    expect(await panel.evaluate<string | undefined>(VALIDITY('Probability'))).toBe('false');
    expect(
      await panel.evaluate<string>(
        'document.querySelector("li[data-field=Probability] [data-invalid]").textContent',
      ),
    ).toMatch(/cannot edit Probability/);
    expect(
      await panel.evaluate<boolean>(
        'document.querySelector("li[data-field=Probability] [data-action=accept]").disabled',
      ),
    ).toBe(true);
    expect(
      await panel.evaluate<string>(
        'document.querySelector("li[data-field=Probability]").dataset.decision',
      ),
    ).toBe('pending');
    expect(await writesSince(t, mark)).toEqual([]);
  });
});
