import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { ANCHORS } from '../emulator/data/seed';
import { useBrowser } from './harness/fixture';
import { followLink, waitForRecord } from './harness/record-pages';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

const ACCOUNT = recordUrl(ACME.lightning, 'Account', ACME.account);

describe('a record hidden by sharing says whose access Sofie uses', () => {
  const t = useBrowser();
  let page: Page;
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ page, panel } = await openRecordPanel(t, ACCOUNT, { connectAs: 'sales@acme.example' }));
  });

  it('shows the access message with the user and org, and a way to open the record in Salesforce', async () => {
    await followLink(page, 'Account', ANCHORS.privateAccount);
    await panel.waitFor('document.querySelector("[data-status=problem] [data-problem]")', 20_000);

    const text = await panel.text();
    expect(text).toContain(
      "The connected user (sales@acme.example in Acme) cannot see this record. Sofie acts only with that user's access.",
    );
    expect(text).not.toContain('Vandelay');
    expect(text).not.toContain('Acme Corporation');
    const link = await panel.evaluate<{ href: string; target: string }>(
      `(() => { const a = document.querySelector('[data-problem] a'); return { href: a.href, target: a.target }; })()`,
    );
    expect(link).toEqual({
      href: recordUrl(ACME.lightning, 'Account', ANCHORS.privateAccount),
      target: '_blank',
    });
  });
});

describe('a record view costs one API request once its object is known', () => {
  const t = useBrowser();
  let page: Page;
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ page, panel } = await openRecordPanel(t, ACCOUNT, { connectAs: 'admin@acme.example' }));
  });

  /** The API requests the emulator answered while `navigate` ran and the panel got ready. */
  async function apiRequestsFor(navigate: () => Promise<void>) {
    const emulator = control(t);
    const mark = (await emulator.log()).last;
    await navigate();
    return (await emulator.log({ since: mark, kind: 'api' })).entries;
  }

  it('loads a second account with exactly one request', async () => {
    const requests = await apiRequestsFor(async () => {
      const name = await followLink(page, 'Account', ANCHORS.privateAccount);
      await waitForRecord(panel, ANCHORS.privateAccount, name);
    });

    expect(requests.map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /services/data/v62.0/composite',
    ]);
  });

  it('shows the key fields of the account’s compact layout', async () => {
    const shown = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('.sofie-field-pair')].map((p) => p.dataset.field)`,
    );

    expect(shown).toEqual(['Type', 'Industry', 'Phone', 'BillingCity', 'Website']);
  });

  it('loads the first case (an object not seen yet) with at most two', async () => {
    const requests = await apiRequestsFor(async () => {
      const name = await followLink(page, 'Case', ANCHORS.case);
      await waitForRecord(panel, ANCHORS.case, name);
    });

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.length).toBeLessThanOrEqual(2);
  });
});
