import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { ANCHORS } from '../emulator/data/seed';
import { useBrowser } from './harness/fixture';
import { pageHeading, pushState, waitForPageRecord, waitForRecord } from './harness/record-pages';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

const ACCOUNT = recordUrl(ACME.lightning, 'Account', ACME.account);
/** A short link whose key prefix no object of the demo org has. */
const UNKNOWN_KIND = '/lightning/r/a0x000000000001AAA/view';

/** What the panel shows once a record failed: the problem's kind, its words and its buttons. */
interface ShownProblem {
  kind: string | undefined;
  text: string;
  recordNameShown: boolean;
  actions: string[];
}

async function shownProblem(panel: SidePanel): Promise<ShownProblem> {
  return panel.evaluate<ShownProblem>(`(() => {
    const problem = document.querySelector('[data-state=record][data-status=problem] [data-problem]');
    return {
      kind: problem?.dataset.problem,
      text: document.querySelector('[data-state=record]')?.textContent ?? '',
      recordNameShown: !!document.querySelector('#record-name'),
      actions: [...(problem?.querySelectorAll('button, a') ?? [])].map((e) => e.textContent),
    };
  })()`);
}

async function waitForProblem(panel: SidePanel, id: string, kind: string): Promise<void> {
  await panel.waitFor(
    `document.querySelector('[data-state=record][data-status=problem][data-record-id="${id}"] [data-problem=${kind}]')`,
    20_000,
  );
}

/** Moves the tab to a record the way Lightning does, and reads the name the page shows. */
async function visit(page: Page, objectApiName: string, id: string): Promise<string> {
  await pushState(page, `/lightning/r/${objectApiName}/${id}/view`);
  await waitForPageRecord(page, id);
  return pageHeading(page);
}

describe('a record that cannot be shown says why, and shows nothing of the last one', () => {
  const t = useBrowser();
  let page: Page;
  let panel: SidePanel;
  let accountName: string;

  beforeAll(async () => {
    await configure(t, {});
    ({ page, panel } = await openRecordPanel(t, ACCOUNT, { connectAs: 'admin@acme.example' }));
    accountName = await pageHeading(page);
  });

  afterEach(async () => {
    await control(t).clearFaults();
    await control(t).setUsage('acme', { max: 15000, used: 0 });
  });

  it('says a record deleted since it was last seen is deleted, and offers the Recycle Bin', async () => {
    const contactName = await visit(page, 'Contact', ACME.contact);
    await waitForRecord(panel, ACME.contact, contactName);
    await visit(page, 'Account', ACME.account);
    await waitForRecord(panel, ACME.account, accountName);
    await control(t).deleteRecord('acme', 'Contact', ACME.contact);

    await pushState(page, `/lightning/r/Contact/${ACME.contact}/view`);
    await waitForProblem(panel, ACME.contact, 'deleted');

    const shown = await shownProblem(panel);
    expect(shown.text).toContain('This record was deleted');
    expect(shown.text).toContain('restore it from the Recycle Bin');
    expect(shown.text).not.toContain(contactName);
    expect(shown.text).not.toContain(accountName);
    expect(shown.recordNameShown).toBe(false);
    expect(shown.actions).toEqual(['Open the Recycle Bin']);
  });

  it('says the daily API limit is used up, and loads the record once it is not', async () => {
    const name = await visit(page, 'Opportunity', ACME.opportunity);
    await waitForRecord(panel, ACME.opportunity, name);
    await control(t).setUsage('acme', { max: 1000, used: 1000 });

    await visit(page, 'Case', ANCHORS.case);
    await waitForProblem(panel, ANCHORS.case, 'limit');

    const shown = await shownProblem(panel);
    expect(shown.text).toContain("The org's daily API limit is used up");
    expect(shown.text).toContain('Try again later');
    expect(shown.text).not.toContain(name);
    expect(shown.recordNameShown).toBe(false);
    expect(shown.actions).toEqual(['Try again', 'Open in Salesforce']);

    await control(t).setUsage('acme', { max: 15000, used: 0 });
    await panel.click('[data-problem=limit] [data-action=retry]');
    await waitForRecord(panel, ANCHORS.case, await pageHeading(page));
  });

  it('says Salesforce cannot be reached when the connection drops, and recovers on retry', async () => {
    const caseName = await pageHeading(page);
    await control(t).addFault({ path: '/composite$', drop: 'before', times: 0 });

    const name = await visit(page, 'Opportunity', ACME.opportunity);
    await waitForProblem(panel, ACME.opportunity, 'offline');

    const shown = await shownProblem(panel);
    expect(shown.text).toContain('Salesforce cannot be reached');
    expect(shown.text).toContain('Check your connection');
    expect(shown.text).not.toContain(caseName);
    expect(shown.text).not.toContain(name);
    expect(shown.recordNameShown).toBe(false);

    await control(t).clearFaults();
    await panel.click('[data-problem=offline] [data-action=retry]');
    await waitForRecord(panel, ACME.opportunity, name);
  });

  it('says Sofie cannot show a kind of record the org does not list', async () => {
    const opportunityName = await pageHeading(page);

    await pushState(page, UNKNOWN_KIND);
    await waitForProblem(panel, 'a0x000000000001AAA', 'unsupported');

    const shown = await shownProblem(panel);
    expect(shown.text).toContain('Sofie cannot show this kind of record');
    expect(shown.text).toContain('Open it in Salesforce instead');
    expect(shown.text).not.toContain(opportunityName);
    expect(shown.recordNameShown).toBe(false);
    expect(shown.actions).toEqual(['Open in Salesforce']);
  });
});
